// A chart version newer than helmvet's index: said plainly, never guessed.
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'falco/unknown-chart-version',
    title: 'A falco chart version helmvet does not know',
    severity: 'info',
    fixable: false,
    references: ['https://github.com/falcosecurity/charts/blob/master/charts/falco/CHANGELOG.md'],
  },
  (ctx) => {
    const newest = ctx.knowledge.newest.version;
    for (const r of ctx.releases) {
      if (r.status === 'unknown-version') {
        ctx.report({
          span: r.span,
          message: `"${r.constraint}" admits no chart version helmvet knows: it is newer than helmvet's index (newest known ${newest}, ${ctx.knowledge.date}), so helmvet cannot check what it installs; update helmvet`,
        });
      }
    }
  },
);
