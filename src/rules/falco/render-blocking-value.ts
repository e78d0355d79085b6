// Keys whose mere presence makes the chart refuse to render (chart 9.x: driver.ebpf, driver.gvisor, falco.grpc,
// falco.grpc_output), whatever they hold.
import { createRule, message } from '../create-rule.js';
import {
  code,
  migrateClause,
  replacementText,
  reportValueKeys,
  type ProblemData,
  sayingDerivedKeys,
} from '../falco-values.js';

const guard = (path: string) =>
  `its removed-configuration guard fails on the key's mere presence, whatever it holds ("The following chart configuration is no longer supported: ${path}")`;

export default createRule(
  {
    id: 'falco/render-blocking-value',
    title: 'A values key whose presence makes the chart fail to render',
    severity: 'error',
    fixable: true,
    references: [
      'https://github.com/falcosecurity/falco/commit/23a1f6d9a042655e9b84431c2912f9c30ed72286',
      'https://github.com/falcosecurity/charts/blob/falco-9.1.0/charts/falco/BREAKING-CHANGES.md',
    ],
    messages: sayingDerivedKeys({
      'render-blocking': message<ProblemData<'render-blocking'>>({
        title: (d) => `${code(d.path)} makes ${d.target} fail to render`,
        why: (d) => guard(d.path),
        help: (d) =>
          `${d.replacement ? replacementText(d.replacement) : 'Delete it.'}${d.inUse ? ' It is enabled here: decide what replaces it first.' : ''} ${migrateClause(d.mechanical)}`,
      }),
      'render-null': message<ProblemData<'render-null'>>({
        title: (d) => `${code(d.path)} is set to null, and ${d.target} fails to render when the key is present`,
        why: (d) =>
          `${guard(d.path)}; whether Helm drops a null key the chart does not define before the check depends on the Helm version (helm#6900)`,
        help: () => 'delete it',
      }),
    }),
  },
  (ctx) => reportValueKeys(ctx, 'render-blocking', (p) => `delete ${p.path.join('.')}`),
);
