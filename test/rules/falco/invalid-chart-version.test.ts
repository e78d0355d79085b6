import { argoApplication, helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const release = (version: string | undefined) => ({ 'a.yaml': helmRelease(version) });
// A HelmRelease whose chart is an OCIRepository: its ref.tag is a literal tag, not a range.
const ociTag = (tag: string) => ({
  'oci.yaml': `apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: falco\nspec:\n  url: oci://ghcr.io/falcosecurity/charts/falco\n  ref:\n    tag: ${tag}\n`,
  'hr.yaml':
    'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: falco\nspec:\n  chartRef:\n    kind: OCIRepository\n    name: falco\n',
});

testRule('falco/invalid-chart-version', {
  valid: [
    { name: 'a published version, 9.1.0', files: release('9.1.0') },
    { name: 'a range that admits published versions, "9.x"', files: release('"9.x"') },
    { name: 'no version: the newest', files: release(undefined) },
    {
      name: 'a version newer than helmvet knows, 10.0.0 (falco/unknown-chart-version says so)',
      files: release('10.0.0'),
    },
    { name: 'a variable, ${FALCO_VERSION}, helmvet cannot read', files: release('"${FALCO_VERSION}"') },
    { name: 'an OCIRepository tag that is published, 9.1.0', files: ociTag('9.1.0') },
  ],
  invalid: [
    {
      name: 'a HelmRelease version "latest", which is no constraint',
      files: release('latest'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 22,
          severity: 'error',
          messageId: 'invalid',
          data: {
            constraint: 'latest',
            error:
              'invalid version constraint "latest": alternative 1 ("latest") at offset 0 is not a list of comparisons such as ">=1.2.3 <2"',
          },
        },
      ],
    },
    {
      name: 'an Argo CD targetRevision 9.1.0.1, a version of four parts',
      files: { 'app.yaml': argoApplication('falco/values.yaml', '9.1.0.1'), 'falco/values.yaml': 'tty: true\n' },
      errors: [
        {
          file: 'app.yaml',
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 30,
          severity: 'error',
          messageId: 'invalid',
          data: {
            constraint: '9.1.0.1',
            error:
              'invalid version constraint "9.1.0.1": alternative 1 ("9.1.0.1") at offset 0 is not a list of comparisons such as ">=1.2.3 <2"',
          },
        },
      ],
    },
    {
      name: 'the unpublished 4.99.0, older than the newest',
      files: release('4.99.0'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 22,
          severity: 'error',
          messageId: 'noMatch',
          data: { constraint: '4.99.0', oldest: '1.1.8', newest: '9.2.0' },
        },
      ],
    },
    {
      name: 'a range below every published version, "<0.1.0"',
      files: release('"<0.1.0"'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 24,
          severity: 'error',
          messageId: 'noMatch',
          data: { constraint: '<0.1.0', oldest: '1.1.8', newest: '9.2.0' },
        },
      ],
    },
    {
      name: 'an OCIRepository tag "9.x", which is a literal tag and no range',
      files: ociTag('"9.x"'),
      errors: [
        {
          file: 'oci.yaml',
          line: 8,
          column: 10,
          endLine: 8,
          endColumn: 15,
          severity: 'error',
          messageId: 'noMatch',
          data: { constraint: '9.x', oldest: '1.1.8', newest: '9.2.0' },
        },
      ],
    },
  ],
});
