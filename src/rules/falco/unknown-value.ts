// Values keys the chart version in use does not know and never had: typos, keys of later versions, keys of no
// version. Free-form subtrees (Falco's config below its first level, sub-charts, Kubernetes structs) are not judged.
import { createRule } from '../create-rule.js';
import { reportValueKeys } from '../falco-values.js';

export default createRule(
  {
    id: 'falco/unknown-value',
    title: 'A values key the chart version in use does not know',
    severity: 'warning',
    fixable: false,
    references: ['https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/values.yaml', 'https://github.com/falcosecurity/falco/blob/0.44.1/userspace/falco/config_json_schema.h'],
  },
  (ctx) => reportValueKeys(ctx, 'unknown'),
);
