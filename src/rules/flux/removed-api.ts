// HelmRelease API versions current Flux no longer serves.
// Sources: fluxcd/helm-controller CHANGELOG.md: 1.4.0 (2025-09-25) "The v2beta1 APIs were removed", 1.5.0
// (2026-02-20) "The v2beta2 APIs were removed"; helm.fluxcd.io/v1 belongs to Flux v1's Helm Operator, which
// helm-controller never served.
import { entryAt } from '../../model/values.js';
import { createRule } from '../create-rule.js';

const REMOVED: Readonly<Record<string, string>> = {
  'helm.toolkit.fluxcd.io/v2beta1': 'was removed in helm-controller 1.4.0',
  'helm.toolkit.fluxcd.io/v2beta2': 'was removed in helm-controller 1.5.0',
  'helm.fluxcd.io/v1': "belongs to Flux v1's Helm Operator, never served by Flux v2's helm-controller",
};

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
      const why = REMOVED[release.apiVersion];
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
