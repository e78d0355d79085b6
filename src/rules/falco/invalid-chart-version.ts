// A version constraint that is not valid, or that no published falco chart satisfies: the release cannot install.
import { createRule, message } from '../create-rule.js';

export default createRule(
  {
    id: 'falco/invalid-chart-version',
    title: 'A falco chart version constraint that is invalid or matches no published version',
    severity: 'error',
    fixable: false,
    references: [
      'https://github.com/Masterminds/semver#checking-version-constraints',
      'https://fluxcd.io/flux/components/source/helmcharts/#version',
    ],
    messages: {
      invalid: message<{ constraint: string; error: string }>({
        title: (d) => `"${d.constraint}" is not a valid version constraint`,
        why: (d) => `${d.error}: Flux and Argo CD reject it, so the release does not install`,
        help: () => 'write a Masterminds semver constraint, e.g. "9.1.0" or ">=9.0.0 <10.0.0"',
      }),
      noMatch: message<{ constraint: string; oldest: string; newest: string }>({
        title: (d) => `"${d.constraint}" matches no published falco chart version`,
        why: (d) => `the published versions run from ${d.oldest} to ${d.newest}, so the release cannot install`,
        help: () => 'pick a published version',
      }),
    },
  },
  (ctx) => {
    for (const r of ctx.releases) {
      if (r.status === 'invalid') {
        ctx.report({
          span: r.span,
          messageId: 'invalid',
          data: { constraint: r.constraint, error: r.error ?? 'syntax error' },
        });
      } else if (r.status === 'no-match') {
        ctx.report({
          span: r.span,
          messageId: 'noMatch',
          data: {
            constraint: r.constraint,
            oldest: ctx.knowledge.charts[0]!.version,
            newest: ctx.knowledge.newest.version,
          },
        });
      }
    }
  },
);
