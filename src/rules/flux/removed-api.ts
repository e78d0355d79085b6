// HelmRelease API versions of Falco releases, judged by the Flux the repository runs (resolve/flux.ts) or, where it
// does not say, by current Flux. Facts and sources: src/knowledge/flux.ts.
import { FLUX_MIGRATE_SINCE, HELM_OPERATOR_API, HELMRELEASE_APIS, NEWEST_FLUX, serving } from '../../knowledge/flux.js';
import { entryAt } from '../../model/values.js';
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'flux/removed-api',
    title: 'A HelmRelease apiVersion that the Flux in use no longer serves, or deprecates',
    severity: 'error',
    fixable: false,
    references: ['https://github.com/fluxcd/helm-controller/blob/main/CHANGELOG.md', 'https://github.com/fluxcd/flux2/pull/5473'],
  },
  (ctx) => {
    const seen = new Set<object>();
    for (const r of ctx.releases) {
      const { release, api } = r;
      if (!api || seen.has(release.object)) continue;
      seen.add(release.object);
      const span = entryAt(release.object.root, ['apiVersion'])?.value.span ?? release.object.anchor;
      const uses = `${release.title} uses ${release.apiVersion}`;
      const lifecycle = HELMRELEASE_APIS[release.apiVersion];
      const runs = api.flux ? `this repository runs ${api.flux.label}` : undefined;
      switch (api.serving) {
        case 'never':
          if (release.apiVersion !== HELM_OPERATOR_API) continue;
          ctx.report({
            span,
            message: `${uses}, which belongs to Flux v1's Helm Operator and was never served by Flux v2's helm-controller: the release is not reconciled; move to helm.toolkit.fluxcd.io/v2 (spec.chart becomes spec.chart.spec with a HelmRepository sourceRef)`,
          });
          break;
        case 'removed':
          ctx.report({
            span,
            message: runs
              ? `${uses}, which Flux ${lifecycle!.removedIn} removed (helm-controller ${lifecycle!.removedInController}), and ${runs}: the cluster rejects the release and it is no longer reconciled; change apiVersion to ${lifecycle!.successor}`
              : `${uses}, which Flux ${lifecycle!.removedIn} removed (helm-controller ${lifecycle!.removedInController}): a cluster on Flux ${lifecycle!.removedIn} or newer (the newest is ${NEWEST_FLUX}) rejects it and the release is no longer reconciled; move to ${lifecycle!.successor} and run \`flux migrate\` for objects already stored in the cluster (helmvet found no statement of the Flux version in this repository)`,
          });
          break;
        case 'deprecated':
          ctx.report({
            span,
            severity: 'warning',
            message: `${uses}, deprecated since Flux ${lifecycle!.deprecatedIn} and removed in Flux ${lifecycle!.removedIn}; ${runs ? `${runs}, which still serves it` : 'the Flux in use still serves it'}, but the upgrade to Flux ${lifecycle!.removedIn} stops reconciling this release: change apiVersion to ${lifecycle!.successor}, and before upgrading Flux run \`flux migrate\` (flux CLI ${FLUX_MIGRATE_SINCE} or newer) to move the objects the cluster stores`,
          });
          break;
        case 'not-yet': {
          const served = Object.keys(HELMRELEASE_APIS).find((a) => serving(a, api.flux?.version) === 'current');
          ctx.report({
            span,
            message: `${uses}, which Flux ${lifecycle!.since} introduced, and ${runs ?? 'the Flux in use is older'}: the cluster does not know this API, so the release is not applied; use ${served ?? 'the apiVersion that Flux serves'}, or upgrade Flux first`,
          });
          break;
        }
        case 'current':
          break;
      }
    }
  },
);
