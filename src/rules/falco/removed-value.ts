// Values keys the chart version in use no longer has: a chart 1.x key on 2.x, collectors.docker on 7.x,
// falco.rules_file on 4.7.1 and later. Explained with the key history and the migration table (resolve/values.ts).
import { createRule, message } from '../create-rule.js';
import {
  code,
  didYouMean,
  falcoShort,
  migrateClause,
  replacementFix,
  replacementText,
  reportValueKeys,
  type ProblemData,
  sayingDerivedKeys,
} from '../falco-values.js';

type Removed = ProblemData<'removed'>;

const origin = (d: Removed) =>
  d.onlyV1
    ? 'is a chart 1.x key (removed in chart 2.0.0)'
    : `was removed in chart ${d.removedIn}${d.backIn ? ` (and is back in ${d.backIn})` : ''}`;

function effect(d: Removed): string {
  switch (d.effect) {
    case 'startup-failure':
      return `${d.target} also sets ${code('falco.rules_files')}, and ${falcoShort(d.falco)} refuses to start when both keys are set ("both 'rules_files' and 'rules_file' keys set")`;
    case 'overwritten':
      return `${d.target} writes Falco's metrics settings from the top-level ${code('metrics')} block: ${code('falco.metrics')} passes through only while ${code('metrics.enabled')} is false, and is overwritten once it is true`;
    case 'falco-config':
      return `${d.target} writes it into falco.yaml, where ${falcoShort(d.falco)} does not read it`;
    case 'ignored':
      return `${d.target} silently ignores it${d.breaks ? `, so ${d.breaks}` : ''}`;
  }
}

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
    messages: sayingDerivedKeys({
      removed: message<Removed>({
        title: (d) => `${code(d.path)} ${origin(d)}`,
        why: effect,
        help: (d) =>
          `${d.replacement ? replacementText(d.replacement) : didYouMean(d.suggestions) || 'Delete it.'} ${migrateClause(d.mechanical)}`,
      }),
    }),
  },
  (ctx) =>
    reportValueKeys(ctx, 'removed', (p) =>
      p.data.variant === 'removed' ? replacementFix(p.data.replacement, p.data.path, p.data.suggestions) : '',
    ),
);
