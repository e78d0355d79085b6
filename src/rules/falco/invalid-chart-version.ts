// A version constraint that is not valid, or that no published falco chart satisfies: the release cannot install.
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'falco/invalid-chart-version',
    title: 'A falco chart version constraint that is invalid or matches no published version',
    severity: 'error',
    fixable: false,
    references: ['https://github.com/Masterminds/semver#checking-version-constraints', 'https://fluxcd.io/flux/components/source/helmcharts/#version'],
  },
  (ctx) => {
    for (const r of ctx.releases) {
      if (r.status === 'invalid') {
        ctx.report({ span: r.span, message: `"${r.constraint}" is not a valid version constraint: ${r.error ?? 'syntax error'}; Flux and Argo CD reject it, so the release does not install` });
      } else if (r.status === 'no-match') {
        ctx.report({ span: r.span, message: `"${r.constraint}" matches no published falco chart version (they run from 1.1.8 to ${ctx.knowledge.newest.version}), so the release cannot install; pick a published version` });
      }
    }
  },
);
