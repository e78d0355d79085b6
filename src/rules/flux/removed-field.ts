// HelmRelease fields that the v2 API removed: the API server prunes them, so what they configured is lost.
// Source: fluxcd/helm-controller CHANGELOG.md, 1.0.0 (2024-05-08): "Deprecated fields have been removed from the
// HelmRelease API: .spec.chart.spec.valuesFile replaced by .spec.chart.spec.valuesFiles,
// .spec.postRenderers.kustomize.patchesJson6902 / patchesStrategicMerge replaced by .spec.postRenderers.kustomize.patches".
import { entryAt, valueAt } from '../../model/values.js';
import { createRule, message } from '../create-rule.js';

export default createRule(
  {
    id: 'flux/removed-field',
    title: 'A HelmRelease field that the v2 API removed',
    severity: 'error',
    fixable: false,
    references: ['https://github.com/fluxcd/helm-controller/blob/main/CHANGELOG.md#100'],
    messages: {
      valuesFile: message<Record<string, never>>({
        title: () => 'spec.chart.spec.valuesFile was removed in helm.toolkit.fluxcd.io/v2',
        why: () => 'the API server drops it, so that values file is not used',
        help: () => 'write it as `valuesFiles: [<file>]`',
      }),
      postRendererPatches: message<{ field: string }>({
        title: (d) => `postRenderers kustomize.${d.field} was removed in helm.toolkit.fluxcd.io/v2`,
        why: () => 'the API server drops it, so those patches are not applied',
        help: () => 'write them under kustomize.patches',
      }),
    },
  },
  (ctx) => {
    const seen = new Set<object>();
    for (const { release } of ctx.releases) {
      if (release.apiVersion !== 'helm.toolkit.fluxcd.io/v2' || seen.has(release.object)) continue;
      seen.add(release.object);
      const root = release.object.root;
      const valuesFile = entryAt(root, ['spec', 'chart', 'spec', 'valuesFile']);
      if (valuesFile) ctx.report({ span: valuesFile.keySpan, messageId: 'valuesFile', data: {} });
      const postRenderers = valueAt(root, ['spec', 'postRenderers']);
      for (const item of postRenderers?.kind === 'seq' ? postRenderers.items : []) {
        for (const field of ['patchesJson6902', 'patchesStrategicMerge']) {
          const e = entryAt(item, ['kustomize', field]);
          if (e) ctx.report({ span: e.keySpan, messageId: 'postRendererPatches', data: { field } });
        }
      }
    }
  },
);
