import { argoApplication, helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const release = (version: string | undefined) => ({ 'a.yaml': helmRelease(version) });
// A HelmRelease whose chart is an OCIRepository: its ref.tag is a literal tag, not a range.
const ociTag = (tag: string) => ({
  'oci.yaml': `apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: falco\nspec:\n  url: oci://ghcr.io/falcosecurity/charts/falco\n  ref:\n    tag: ${tag}\n`,
  'hr.yaml':
    'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: falco\nspec:\n  chartRef:\n    kind: OCIRepository\n    name: falco\n',
});

testRule('falco/unknown-chart-version', {
  valid: [
    { name: 'a known version, 9.1.0', files: release('9.1.0') },
    { name: 'a range open above that admits known versions, "9.x"', files: release('"9.x"') },
    { name: 'no version: the newest known', files: release(undefined) },
    {
      name: 'the unpublished 4.99.0, older than the newest (falco/invalid-chart-version says so)',
      files: release('4.99.0'),
    },
    { name: 'an invalid constraint, "latest" (falco/invalid-chart-version says so)', files: release('latest') },
    { name: 'a variable, ${FALCO_VERSION}, helmvet cannot read', files: release('"${FALCO_VERSION}"') },
    { name: 'an OCIRepository tag that is known, 9.1.0', files: ociTag('9.1.0') },
  ],
  invalid: [
    {
      name: 'a HelmRelease pinned to 10.0.0, newer than the index',
      files: release('10.0.0'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 22,
          severity: 'info',
          messageId: 'newer',
          data: { constraint: '10.0.0', newest: '9.2.0', date: '2026-09-22' },
        },
      ],
    },
    {
      name: 'a HelmRelease range ">=9.3.0", all of it newer than the index',
      files: release('">=9.3.0"'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 25,
          severity: 'info',
          messageId: 'newer',
          data: { constraint: '>=9.3.0', newest: '9.2.0', date: '2026-09-22' },
        },
      ],
    },
    {
      name: 'an OCIRepository tag 9.3.0',
      files: ociTag('9.3.0'),
      errors: [
        {
          file: 'oci.yaml',
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 15,
          severity: 'info',
          messageId: 'newer',
          data: { constraint: '9.3.0', newest: '9.2.0', date: '2026-09-22' },
        },
      ],
    },
    {
      name: 'an Argo CD targetRevision 9.3.0',
      files: { 'app.yaml': argoApplication('falco/values.yaml', '9.3.0'), 'falco/values.yaml': 'tty: true\n' },
      errors: [
        {
          file: 'app.yaml',
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 28,
          severity: 'info',
          messageId: 'newer',
          data: { constraint: '9.3.0', newest: '9.2.0', date: '2026-09-22' },
        },
      ],
    },
  ],
});
