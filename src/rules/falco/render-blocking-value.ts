// Keys whose mere presence makes the chart refuse to render (chart 9.x: driver.ebpf, driver.gvisor, falco.grpc,
// falco.grpc_output), whatever they hold.
import { createRule } from '../create-rule.js';
import { reportValueKeys } from '../falco-values.js';

export default createRule(
  {
    id: 'falco/render-blocking-value',
    title: 'A values key whose presence makes the chart fail to render',
    severity: 'error',
    fixable: true,
    references: ['https://github.com/falcosecurity/falco/commit/23a1f6d9a042655e9b84431c2912f9c30ed72286', 'https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md'],
  },
  (ctx) => reportValueKeys(ctx, 'render-blocking'),
);
