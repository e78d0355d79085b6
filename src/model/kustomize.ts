// Kustomize helmCharts: chart, version and values (valuesFile, additionalValuesFiles, valuesInline, in that order).
import { dirname } from 'node:path';
import type { FileStore } from '../load/store.js';
import { valuesFileLayer } from './files.js';
import { owning, type LayerSink } from './layers.js';
import { apiGroup } from './objects.js';
import type { K8sObject, Release, ValuesLayer } from './types.js';
import { versionRef } from './version-ref.js';
import { mergeValues, scalarAt, stringAt, valueAt, type VNode } from './values.js';

export const isKustomization = (o: K8sObject) =>
  o.kind === 'Kustomization' && apiGroup(o.apiVersion) === 'kustomize.config.k8s.io';

export function kustomizeReleases(objects: readonly K8sObject[], store: FileStore, sink: LayerSink): Release[] {
  const releases: Release[] = [];
  for (const k of objects) {
    if (!isKustomization(k)) continue;
    const charts = valueAt(k.root, ['helmCharts']);
    const dir = dirname(k.file.absPath);
    for (const entry of charts?.kind === 'seq' ? charts.items : []) {
      const nameNode = scalarAt(entry, ['name']);
      if (!nameNode || typeof nameNode.value !== 'string') continue;
      const repo = stringAt(entry, ['repo']);
      const layers: ValuesLayer[] = [];
      owning(sink, k, () => {
        const file = scalarAt(entry, ['valuesFile']);
        if (file && typeof file.value === 'string') {
          const layer = valuesFileLayer(store, dir, file.value, file.span, sink);
          if (layer) layers.push(layer);
        }
        const more = valueAt(entry, ['additionalValuesFiles']);
        for (const f of more?.kind === 'seq' ? more.items : []) {
          if (f.kind !== 'scalar' || typeof f.value !== 'string') continue;
          const layer = valuesFileLayer(store, dir, f.value, f.span, sink);
          if (layer) layers.push(layer);
        }
      });
      const inline = valueAt(entry, ['valuesInline']);
      if (inline?.kind === 'map') layers.push({ label: 'valuesInline', values: inline, file: k.file });
      const versionNode = scalarAt(entry, ['version']);
      releases.push({
        tool: 'kustomize',
        title: `helmCharts ${nameNode.value}${stringAt(entry, ['releaseName']) ? ` (release ${stringAt(entry, ['releaseName'])})` : ''}`,
        apiVersion: k.apiVersion,
        object: k,
        chart: {
          name: nameNode.value,
          span: nameNode.span,
          repoUrl: repo,
          sourceKind: repo ? (repo.startsWith('oci://') ? 'oci' : 'helm') : 'unknown',
        },
        version: versionRef(versionNode, nameNode.span, 'version'),
        layers,
        values: layers.reduce<VNode | undefined>((acc, l) => mergeValues(acc, l.values), undefined),
      });
    }
  }
  return releases;
}
