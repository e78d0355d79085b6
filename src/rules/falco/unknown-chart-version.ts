// A chart version newer than helmvet's index: said plainly, never guessed.
import { createRule, message } from '../create-rule.js';

export default createRule(
  {
    id: 'falco/unknown-chart-version',
    title: 'A falco chart version helmvet does not know',
    severity: 'info',
    fixable: false,
    references: ['https://github.com/falcosecurity/charts/blob/master/charts/falco/CHANGELOG.md'],
    messages: {
      newer: message<{ constraint: string; newest: string; date: string }>({
        title: (d) => `"${d.constraint}" admits no chart version helmvet knows`,
        why: (d) =>
          `it is newer than helmvet's index (newest known ${d.newest}, ${d.date}), so helmvet cannot check what it installs`,
        help: () =>
          'run `helmvet knowledge update` to learn the newer charts from falcosecurity/charts, or update helmvet',
      }),
    },
  },
  (ctx) => {
    const newest = ctx.knowledge.newest.version;
    for (const r of ctx.releases) {
      if (r.status === 'unknown-version') {
        ctx.report({
          span: r.span,
          messageId: 'newer',
          data: { constraint: r.constraint, newest, date: ctx.knowledge.date },
        });
      }
    }
  },
);
