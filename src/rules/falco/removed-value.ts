// Values keys the chart version in use no longer has: a chart 1.x key on 2.x, collectors.docker on 7.x,
// falco.rules_file on 4.7.1 and later. Explained with the key history and the migration table.
import { createRule } from '../create-rule.js';
import { reportValueKeys } from '../falco-values.js';

export default createRule(
  {
    id: 'falco/removed-value',
    title: 'A values key the chart version in use has removed',
    severity: 'warning',
    fixable: true,
    references: [
      'https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md',
      'https://github.com/falcosecurity/charts/blob/falco-2.0.0/falco/CHANGELOG.md',
      'https://github.com/falcosecurity/charts/commit/dcc98894fe3538c295d91d01403cb90ae8e2f925',
    ],
  },
  (ctx) => reportValueKeys(ctx, 'removed'),
);
