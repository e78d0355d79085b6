import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const release = (version: string | undefined) => ({ 'a.yaml': helmRelease(version) });
// An Argo CD Application of the falco chart from the charts git repository, with no targetRevision.
const app =
  'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://github.com/falcosecurity/charts.git\n    path: charts/falco\n';

testRule('falco/open-version-range', {
  valid: [
    { name: '"9.x", bounded to a major', files: release('"9.x"') },
    { name: '"~9.1"', files: release('"~9.1"') },
    { name: '">=8.0.0 <9.0.0"', files: release('">=8.0.0 <9.0.0"') },
    { name: 'the exact pin 9.1.0', files: release('9.1.0') },
    { name: '"^9.0.0"', files: release('"^9.0.0"') },
    {
      name: 'a chart from git at the tag falco-4.2.0',
      files: { 'app.yaml': `${app}    targetRevision: falco-4.2.0\n` },
    },
  ],
  invalid: [
    {
      name: 'a lower bound only: ">=4.0.0"',
      files: release('">=4.0.0"'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 25,
          severity: 'warning',
          messageId: 'anyMajor',
          data: {
            release: 'HelmRelease falco/falco',
            constraint: '>=4.0.0',
            field: 'spec.chart.spec.version',
            major: 9,
          },
        },
      ],
    },
    {
      name: '"*"',
      files: release('"*"'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 19,
          severity: 'warning',
          messageId: 'anyMajor',
          data: { release: 'HelmRelease falco/falco', constraint: '*', field: 'spec.chart.spec.version', major: 9 },
        },
      ],
    },
    {
      name: 'no version at all',
      files: release(undefined),
      errors: [
        {
          file: 'a.yaml',
          line: 17,
          column: 14,
          endLine: 17,
          endColumn: 19,
          severity: 'warning',
          messageId: 'anyMajor',
          data: { release: 'HelmRelease falco/falco', constraint: null, field: 'spec.chart.spec.version', major: 9 },
        },
      ],
    },
    {
      name: 'a chart from the default branch of its git repository',
      files: { 'app.yaml': app },
      errors: [
        {
          file: 'app.yaml',
          line: 8,
          column: 11,
          endLine: 8,
          endColumn: 23,
          severity: 'warning',
          messageId: 'branch',
          data: {
            release: 'Application falco',
            branch: null,
            repository: 'https://github.com/falcosecurity/charts.git',
          },
        },
      ],
    },
  ],
});
