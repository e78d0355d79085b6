// Tuning advice: a CPU limit below the chart's 1000m default.
// Sources: falcosecurity/charts#199 (chart 1.7.7 raised the limit from 200m to 1000m: "a too low value can produce
// syscall drops"); the default of 1000m holds from 1.7.7 to 9.1.0 (../shared/reference/falco-facts.md §8); a container
// plugin busy loop pegs about one core, i.e. that whole limit (falco#3630).
import { scalarAt, type VScalar } from '../../model/values.js';
import { createRule, message } from '../create-rule.js';

/** Kubernetes CPU quantity in millicores: `500m`, `0.5`, `1`. */
export function millicores(q: VScalar): number | undefined {
  const s = String(q.value).trim();
  const m = /^(\d+(?:\.\d+)?)(m?)$/.exec(s);
  if (!m) return undefined;
  return m[2] ? Number(m[1]) : Number(m[1]) * 1000;
}

export default createRule(
  {
    id: 'falco/cpu-limit',
    title: 'A Falco CPU limit low enough to drop syscall events',
    severity: 'info',
    fixable: false,
    references: [
      'https://github.com/falcosecurity/charts/pull/199',
      'https://github.com/falcosecurity/falco/issues/3630',
    ],
    messages: {
      low: message<{ limit: string; millicores: number }>({
        title: (d) => `a CPU limit of ${d.limit} throttles Falco under load`,
        why: () =>
          'a throttled Falco drops syscall events; the chart raised its default from 200m to 1000m for this (charts#199)',
        help: () =>
          'keep 1000m or more, and if Falco sits at its limit check for the container plugin busy loop (falco#3630) before raising it',
      }),
    },
  },
  (ctx) => {
    for (const r of ctx.releases) {
      const limit = scalarAt(r.release.values, ['resources', 'limits', 'cpu']);
      const m = limit && millicores(limit);
      if (!limit || m === undefined || m >= 1000) continue;
      ctx.report({ span: limit.span, messageId: 'low', data: { limit: String(limit.value), millicores: m } });
    }
  },
);
