// Argo CD Applications: Helm sources (`source` and `sources`), targetRevision, and values in Argo CD's order.
import type { FileStore } from '../load/store.js';
import { parseEmbedded } from './embedded.js';
import { valuesFileLayer } from './files.js';
import { splitTargetPath } from './flux.js';
import { layerOf, owning, type LayerSink } from './layers.js';
import { apiGroup } from './objects.js';
import type { ChartRef, K8sObject, Release, ValuesLayer, VersionRef } from './types.js';
import { versionRef } from './version-ref.js';
import { entryAt, mergeValues, scalarAt, setPath, stringAt, valueAt, type VNode } from './values.js';

const ARGO_GROUP = 'argoproj.io';

const versionOf = (source: VNode, anchor: ChartRef['span'], kind: VersionRef['kind']) =>
  versionRef(scalarAt(source, ['targetRevision']), anchor, 'targetRevision', kind);

/** A Helm repository URL without a scheme is an OCI registry to Argo CD. */
const helmSourceKind = (url: string | undefined): ChartRef['sourceKind'] =>
  !url ? 'unknown' : url.startsWith('oci://') || !/^[a-z]+:\/\//.test(url) ? 'oci' : 'helm';

function layersOf(
  app: K8sObject,
  source: VNode,
  refs: ReadonlySet<string>,
  store: FileStore,
  sink: LayerSink,
): ValuesLayer[] {
  const layers: ValuesLayer[] = [];
  // A config management plugin renders the source itself, with values it takes from its env and parameters
  // (HELM_VALUES, HELM_ARGS): Argo CD ignores `helm:` then, and helmvet runs no plugins.
  const pluginEntry = entryAt(source, ['plugin']);
  const plugin = pluginEntry?.value;
  if (pluginEntry && plugin) {
    const env = valueAt(plugin, ['env']);
    const names = (env?.kind === 'seq' ? env.items : [])
      .map((e) => stringAt(e, ['name']))
      .filter((n): n is string => !!n);
    const name = stringAt(plugin, ['name']);
    sink.unresolved.push({ span: pluginEntry.keySpan, why: { reason: 'plugin', name: name ?? null, env: names } });
    return layers;
  }
  const helm = valueAt(source, ['helm']);
  const files = valueAt(helm, ['valueFiles']);
  for (const item of files?.kind === 'seq' ? files.items : []) {
    if (item.kind !== 'scalar' || typeof item.value !== 'string') continue;
    const m = /^\$([^/]+)\/(.*)$/.exec(item.value);
    if (m && refs.has(m[1] ?? '')) {
      // `$values/...` names a file at the root of the ref source, taken to be this repository.
      const layer = valuesFileLayer(store, undefined, m[2] ?? '', item.span, sink, item.value);
      if (layer) layers.push(layer);
    } else if (stringAt(source, ['path'])) {
      const layer = valuesFileLayer(
        store,
        store.fromRoot(stringAt(source, ['path']) ?? '.'),
        item.value,
        item.span,
        sink,
        item.value,
      );
      if (layer) layers.push(layer);
    } else {
      sink.unresolved.push({ span: item.span, why: { reason: 'in-chart-package', path: item.value } });
    }
  }
  const inline = valueAt(helm, ['values']);
  if (inline?.kind === 'scalar' && typeof inline.value === 'string') {
    const parsed = parseEmbedded(inline.value, inline, app.file);
    const layer = layerOf('helm.values', parsed, sink, inline.span, true);
    if (layer) layers.push(layer);
  } else if (inline?.kind === 'map') {
    layers.push({ label: 'helm.values', values: inline, file: app.file });
  }
  const object = valueAt(helm, ['valuesObject']);
  if (object?.kind === 'map') layers.push({ label: 'helm.valuesObject', values: object, file: app.file });
  const parameters = valueAt(helm, ['parameters']);
  for (const p of parameters?.kind === 'seq' ? parameters.items : []) {
    const name = stringAt(p, ['name']);
    const value = scalarAt(p, ['value']);
    if (!name || !value || name.includes('[')) continue;
    layers.push({
      label: `helm.parameters ${name}`,
      values: setPath(undefined, splitTargetPath(name), value, value.span),
      file: app.file,
    });
  }
  return layers;
}

export function argoReleases(objects: readonly K8sObject[], store: FileStore, sink: LayerSink): Release[] {
  const releases: Release[] = [];
  for (const app of objects) {
    if (app.kind !== 'Application' || apiGroup(app.apiVersion) !== ARGO_GROUP) continue;
    const single = valueAt(app.root, ['spec', 'source']);
    const multiple = valueAt(app.root, ['spec', 'sources']);
    const sources = multiple?.kind === 'seq' ? multiple.items : single ? [single] : [];
    const refs = new Set(sources.map((s) => stringAt(s, ['ref'])).filter((r): r is string => !!r));
    for (const source of sources) {
      const chartNode = scalarAt(source, ['chart']);
      const path = stringAt(source, ['path']);
      const repoUrl = stringAt(source, ['repoURL']);
      let chart: ChartRef;
      let version: VersionRef;
      if (chartNode && typeof chartNode.value === 'string') {
        chart = { name: chartNode.value, span: chartNode.span, repoUrl, sourceKind: helmSourceKind(repoUrl) };
        version = versionOf(source, chartNode.span, 'constraint');
      } else if (path !== undefined && !stringAt(source, ['ref'])) {
        const pathNode = scalarAt(source, ['path']);
        const span = pathNode?.span ?? app.anchor;
        chart = { name: undefined, span, repoUrl, sourceKind: 'git', path };
        version = versionOf(source, span, 'git');
      } else continue;
      const layers = owning(sink, app, () => layersOf(app, source, refs, store, sink));
      const values = layers.reduce<VNode | undefined>((acc, l) => mergeValues(acc, l.values), undefined);
      releases.push({
        tool: 'argocd',
        title: `Application ${app.namespace ? `${app.namespace}/` : ''}${app.name ?? '(unnamed)'}`,
        apiVersion: app.apiVersion,
        object: app,
        chart,
        version,
        layers,
        values,
      });
    }
  }
  return releases;
}
