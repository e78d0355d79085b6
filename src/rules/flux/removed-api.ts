// HelmRelease API versions of Falco releases, judged by the Flux the repository runs (resolve/flux.ts) or, where it
// does not say, by current Flux. Facts and sources: src/knowledge/flux.ts.
import { FLUX_MIGRATE_SINCE, HELM_OPERATOR_API, HELMRELEASE_APIS, NEWEST_FLUX, serving } from '../../knowledge/flux.js';
import { entryAt } from '../../model/values.js';
import { createRule, message } from '../create-rule.js';

type Api = { release: string; apiVersion: string; runs: string | null };
const uses = (d: Api) => `${d.release} uses ${d.apiVersion}`;

export default createRule(
  {
    id: 'flux/removed-api',
    title: 'A HelmRelease apiVersion that the Flux in use no longer serves, or deprecates',
    severity: 'error',
    fixable: false,
    references: [
      'https://github.com/fluxcd/helm-controller/blob/main/CHANGELOG.md',
      'https://github.com/fluxcd/flux2/pull/5473',
    ],
    reads: [
      { read: 'falco-releases', when: 'old-helmrelease-api' },
      { read: 'flux-pins', when: 'flux-falco-release' },
    ],
    messages: {
      helmOperator: message<Api>({
        title: (d) => `${uses(d)}, the API of Flux v1's Helm Operator`,
        why: () => "Flux v2's helm-controller never served it: the release is not reconciled",
        help: () =>
          'move to helm.toolkit.fluxcd.io/v2 (spec.chart becomes spec.chart.spec with a HelmRepository sourceRef)',
      }),
      removed: message<Api & { removedIn: string; controller: string; successor: string; newest: string }>({
        title: (d) => `${uses(d)}, which Flux ${d.removedIn} removed`,
        why: (d) =>
          d.runs
            ? `this repository runs ${d.runs}: helm-controller ${d.controller} and newer reject it, so the release is no longer reconciled`
            : `a cluster on Flux ${d.removedIn} or newer (helm-controller ${d.controller}; the newest is ${d.newest}) rejects it and the release is no longer reconciled; helmvet found no statement of the Flux version in this repository`,
        help: (d) =>
          d.runs
            ? `change apiVersion to ${d.successor}`
            : `move to ${d.successor} and run \`flux migrate\` for objects already stored in the cluster`,
      }),
      deprecated: message<Api & { deprecatedIn: string; removedIn: string; successor: string; migrateSince: string }>({
        title: (d) => `${uses(d)}, deprecated since Flux ${d.deprecatedIn}`,
        why: (d) =>
          `${d.runs ? `this repository runs ${d.runs}, which still serves it` : 'the Flux in use still serves it'}, but the upgrade to Flux ${d.removedIn} stops reconciling this release`,
        help: (d) =>
          `change apiVersion to ${d.successor}, and before upgrading Flux run \`flux migrate\` (flux CLI ${d.migrateSince} or newer) to move the objects the cluster stores`,
      }),
      notYet: message<Api & { since: string; served: string | null }>({
        title: (d) => `${uses(d)}, which Flux ${d.since} introduced`,
        why: (d) =>
          `${d.runs ? `this repository runs ${d.runs}` : 'the Flux in use is older'}: the cluster does not know this API, so the release is not applied`,
        help: (d) => `use ${d.served ?? 'the apiVersion that Flux serves'}, or upgrade Flux first`,
      }),
    },
  },
  (ctx) => {
    const seen = new Set<object>();
    for (const r of ctx.releases) {
      const { release, api } = r;
      if (!api || seen.has(release.object)) continue;
      seen.add(release.object);
      const span = entryAt(release.object.root, ['apiVersion'])?.value.span ?? release.object.anchor;
      const base: Api = { release: release.title, apiVersion: release.apiVersion, runs: api.flux?.label ?? null };
      const lifecycle = HELMRELEASE_APIS[release.apiVersion];
      switch (api.serving) {
        case 'never':
          if (release.apiVersion === HELM_OPERATOR_API) ctx.report({ span, messageId: 'helmOperator', data: base });
          break;
        case 'removed':
          ctx.report({
            span,
            messageId: 'removed',
            data: {
              ...base,
              removedIn: lifecycle!.removedIn!,
              controller: lifecycle!.removedInController!,
              successor: lifecycle!.successor,
              newest: NEWEST_FLUX,
            },
          });
          break;
        case 'deprecated':
          ctx.report({
            span,
            severity: 'warning',
            messageId: 'deprecated',
            data: {
              ...base,
              deprecatedIn: lifecycle!.deprecatedIn!,
              removedIn: lifecycle!.removedIn!,
              successor: lifecycle!.successor,
              migrateSince: FLUX_MIGRATE_SINCE,
            },
          });
          break;
        case 'not-yet':
          ctx.report({
            span,
            messageId: 'notYet',
            data: {
              ...base,
              since: lifecycle!.since,
              served: Object.keys(HELMRELEASE_APIS).find((a) => serving(a, api.flux?.version) === 'current') ?? null,
            },
          });
          break;
        case 'current':
          break;
      }
    }
  },
);
