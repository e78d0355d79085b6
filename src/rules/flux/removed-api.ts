// HelmRelease API versions current Flux no longer serves (facts and sources in src/knowledge/flux.ts).
import { REMOVED_HELMRELEASE_APIS } from '../../knowledge/flux.js';
import { entryAt } from '../../model/values.js';
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'flux/removed-api',
    title: 'A HelmRelease apiVersion that current Flux no longer serves',
    severity: 'error',
    fixable: false,
    references: ['https://github.com/fluxcd/helm-controller/blob/main/CHANGELOG.md', 'https://github.com/fluxcd/flux2/pull/5473'],
  },
  (ctx) => {
    const seen = new Set<object>();
    for (const { release } of ctx.releases) {
      const why = REMOVED_HELMRELEASE_APIS[release.apiVersion];
      if (release.tool !== 'flux' || !why || seen.has(release.object)) continue;
      seen.add(release.object);
      const span = entryAt(release.object.root, ['apiVersion'])?.value.span ?? release.object.anchor;
      ctx.report({
        span,
        message: `${release.title} uses ${release.apiVersion}, which ${why}: a cluster on current Flux rejects it and the release is no longer reconciled; move to helm.toolkit.fluxcd.io/v2${release.apiVersion.startsWith('helm.fluxcd.io') ? ' (spec.chart becomes spec.chart.spec with a HelmRepository sourceRef)' : ' and run `flux migrate` for objects already stored in the cluster'}`,
      });
    }
  },
);
