// Flux: HelmRelease (v2beta1, v2beta2, v2 and the removed helm.fluxcd.io/v1), its chart source and valuesFrom.
import type { Span } from '../findings.js';
import { nearest, type DataObject } from './data.js';
import { layerOf, owning, type LayerSink } from './layers.js';
import { apiGroup } from './objects.js';
import type { ChartRef, K8sObject, Release, ValuesLayer, VersionRef } from './types.js';
import { versionRef } from './version-ref.js';
import { entryAt, mergeValues, scalarAt, setPath, stringAt, valueAt, type VNode, type VScalar } from './values.js';

export const FLUX_HELM_GROUP = 'helm.toolkit.fluxcd.io';
export const FLUX_V1_GROUP = 'helm.fluxcd.io';
const SOURCE_GROUP = 'source.toolkit.fluxcd.io';

const isSource = (o: K8sObject, kind: string) => o.kind === kind && apiGroup(o.apiVersion) === SOURCE_GROUP;

function findSource(
  objects: readonly K8sObject[],
  kind: string,
  name: string | undefined,
  namespace: string | undefined,
  from: K8sObject,
) {
  if (!name) return undefined;
  const candidates = objects.filter((o) => isSource(o, kind) && o.name === name);
  return nearest(candidates, from.file, namespace);
}

function chartFromHelmRepository(repo: K8sObject | undefined, chartName: string | undefined, span: Span): ChartRef {
  const url = stringAt(repo?.root, ['spec', 'url']);
  const oci = stringAt(repo?.root, ['spec', 'type']) === 'oci' || url?.startsWith('oci://');
  return { name: chartName, span, repoUrl: url, sourceKind: repo ? (oci ? 'oci' : 'helm') : 'unknown' };
}

/** A release whose chart source is missing is only worth a word when it may be Falco. */
const mayBeFalco = (hr: K8sObject) => /falco/i.test(hr.name ?? '');

interface Chosen {
  chart: ChartRef;
  version: VersionRef;
}

/** spec.chart.spec (v2) or spec.chartRef: which chart, from where, at which version. */
function chartOf(hr: K8sObject, objects: readonly K8sObject[], sink: LayerSink): Chosen {
  const spec = hr.root;
  const chartSpec = valueAt(spec, ['spec', 'chart', 'spec']);
  if (chartSpec) {
    const nameNode = scalarAt(chartSpec, ['chart']);
    const anchor = nameNode?.span ?? hr.anchor;
    const sourceKind = stringAt(chartSpec, ['sourceRef', 'kind']);
    const sourceName = stringAt(chartSpec, ['sourceRef', 'name']);
    const sourceNs = stringAt(chartSpec, ['sourceRef', 'namespace']) ?? hr.namespace;
    const version = versionRef(scalarAt(chartSpec, ['version']), anchor, 'spec.chart.spec.version');
    if (sourceKind === 'GitRepository' || sourceKind === 'Bucket') {
      const repo = findSource(objects, sourceKind, sourceName, sourceNs, hr);
      return {
        chart: {
          name: undefined,
          span: anchor,
          repoUrl: stringAt(repo?.root, ['spec', 'url']),
          sourceKind: 'git',
          path: stringAt(chartSpec, ['chart']),
        },
        version: { ...version, kind: 'git' },
      };
    }
    const repo = findSource(objects, 'HelmRepository', sourceName, sourceNs, hr);
    if (!repo && sourceName && stringAt(chartSpec, ['chart']) === 'falco') {
      sink.unresolved.push({
        span: scalarAt(chartSpec, ['sourceRef', 'name'])?.span ?? anchor,
        why: { reason: 'assumed-falco-repository', name: `${sourceNs ? `${sourceNs}/` : ''}${sourceName}` },
      });
    }
    return { chart: chartFromHelmRepository(repo, stringAt(chartSpec, ['chart']), anchor), version };
  }
  const refKind = stringAt(spec, ['spec', 'chartRef', 'kind']);
  const refName = stringAt(spec, ['spec', 'chartRef', 'name']);
  const refNs = stringAt(spec, ['spec', 'chartRef', 'namespace']) ?? hr.namespace;
  const refSpan = scalarAt(spec, ['spec', 'chartRef', 'name'])?.span ?? hr.anchor;
  if (refKind === 'OCIRepository') {
    const oci = findSource(objects, 'OCIRepository', refName, refNs, hr);
    if (!oci) {
      if (mayBeFalco(hr))
        sink.unresolved.push({
          falco: true,
          span: refSpan,
          why: { reason: 'chart-unknown', kind: 'OCIRepository', name: `${refNs ? `${refNs}/` : ''}${refName ?? ''}` },
        });
      return {
        chart: { name: undefined, span: refSpan, repoUrl: undefined, sourceKind: 'unknown' },
        version: versionRef(undefined, refSpan, 'spec.chartRef'),
      };
    }
    const url = stringAt(oci.root, ['spec', 'url']);
    const name = url?.replace(/\/+$/, '').split('/').pop();
    const urlSpan = scalarAt(oci.root, ['spec', 'url'])?.span ?? oci.anchor;
    const semver = scalarAt(oci.root, ['spec', 'ref', 'semver']);
    const tag = scalarAt(oci.root, ['spec', 'ref', 'tag']);
    const chart: ChartRef = {
      name,
      span: urlSpan,
      repoUrl: url?.slice(0, url.length - (name?.length ?? 0)).replace(/\/$/, ''),
      sourceKind: 'oci',
    };
    if (semver) return { chart, version: versionRef(semver, urlSpan, 'spec.ref.semver') };
    if (tag) return { chart, version: versionRef(tag, urlSpan, 'spec.ref.tag') };
    // No ref: Flux pulls the `latest` tag, which the falco chart does not publish.
    return {
      chart,
      version: {
        raw: 'latest',
        node: undefined,
        anchor: entryAt(oci.root, ['spec'])?.keySpan ?? oci.anchor,
        field: 'spec.ref',
        kind: 'git',
      },
    };
  }
  if (refKind === 'HelmChart') {
    const hc = findSource(objects, 'HelmChart', refName, refNs, hr);
    if (!hc) {
      if (mayBeFalco(hr))
        sink.unresolved.push({
          falco: true,
          span: refSpan,
          why: { reason: 'chart-unknown', kind: 'HelmChart', name: `${refNs ? `${refNs}/` : ''}${refName ?? ''}` },
        });
      return {
        chart: { name: undefined, span: refSpan, repoUrl: undefined, sourceKind: 'unknown' },
        version: versionRef(undefined, refSpan, 'spec.chartRef'),
      };
    }
    const nameNode = scalarAt(hc.root, ['spec', 'chart']);
    const anchor = nameNode?.span ?? hc.anchor;
    const repo = findSource(
      objects,
      'HelmRepository',
      stringAt(hc.root, ['spec', 'sourceRef', 'name']),
      stringAt(hc.root, ['spec', 'sourceRef', 'namespace']) ?? hc.namespace,
      hc,
    );
    return {
      chart: chartFromHelmRepository(repo, stringAt(hc.root, ['spec', 'chart']), anchor),
      version: versionRef(scalarAt(hc.root, ['spec', 'version']), anchor, 'spec.version'),
    };
  }
  return {
    chart: { name: undefined, span: hr.anchor, repoUrl: undefined, sourceKind: 'unknown' },
    version: versionRef(undefined, hr.anchor, 'spec.chart'),
  };
}

/** Flux v1 (helm.fluxcd.io/v1): spec.chart.repository, name and version. */
function chartOfV1(hr: K8sObject): Chosen {
  const chart = valueAt(hr.root, ['spec', 'chart']);
  const nameNode = scalarAt(chart, ['name']);
  const anchor = nameNode?.span ?? hr.anchor;
  const git = stringAt(chart, ['git']);
  if (git)
    return {
      chart: { name: undefined, span: anchor, repoUrl: git, sourceKind: 'git', path: stringAt(chart, ['path']) },
      version: versionRef(undefined, anchor, 'spec.chart.ref', 'git'),
    };
  return {
    chart: {
      name: stringAt(chart, ['name']),
      span: anchor,
      repoUrl: stringAt(chart, ['repository']),
      sourceKind: 'helm',
    },
    version: versionRef(scalarAt(chart, ['version']), anchor, 'spec.chart.version'),
  };
}

/** Splits a Flux targetPath on dots that are not escaped. */
export const splitTargetPath = (path: string) => path.split(/(?<!\\)\./).map((p) => p.replace(/\\\./g, '.'));

function scalarFromText(text: string, span: Span): VScalar {
  const t = text.trim();
  const value =
    t === 'true' ? true : t === 'false' ? false : /^-?\d+$/.test(t) ? Number(t) : t.replace(/^(['"])(.*)\1$/, '$2');
  return { kind: 'scalar', value, source: t, span };
}

function valuesFrom(
  hr: K8sObject,
  data: readonly DataObject[],
  sink: LayerSink,
): { layers: ValuesLayer[]; merged: VNode | undefined } {
  const layers: ValuesLayer[] = [];
  let merged: VNode | undefined;
  const refs = valueAt(hr.root, ['spec', 'valuesFrom']);
  for (const ref of refs?.kind === 'seq' ? refs.items : []) {
    const kind = stringAt(ref, ['kind']);
    const name = stringAt(ref, ['name']);
    if ((kind !== 'ConfigMap' && kind !== 'Secret') || !name) continue;
    const key = stringAt(ref, ['valuesKey']) ?? 'values.yaml';
    const targetPath = stringAt(ref, ['targetPath']);
    const optional = scalarAt(ref, ['optional'])?.value === true;
    const where = scalarAt(ref, ['name'])?.span ?? ref.span;
    const label = `${kind} ${name} key ${key}`;
    const target = nearest(
      data.filter((d) => d.kind === kind && d.name === name),
      hr.file,
      hr.namespace,
    );
    const entry = target?.entries.get(key);
    if (!target || !entry) {
      sink.unresolved.push({
        span: where,
        why: !target
          ? { reason: 'missing-source', kind, name, optional }
          : { reason: 'missing-key', kind, name, key, optional },
      });
      continue;
    }
    if (targetPath) {
      const scalar = entry.scalar();
      if (!scalar) continue;
      const value = scalarFromText(scalar.text, scalar.span);
      merged = setPath(merged, splitTargetPath(targetPath), value, scalar.span);
      layers.push({
        label: `${label} at ${targetPath}`,
        values: setPath(undefined, splitTargetPath(targetPath), value, scalar.span),
        file: scalar.span.file,
      });
      continue;
    }
    const parsed = entry.documents();
    if (!parsed) {
      sink.unresolved.push({ span: entry.span, why: { reason: 'unreadable-entry', label } });
      continue;
    }
    const layer = layerOf(label, parsed, sink, entry.span, parsed.at.file === entry.span.file);
    if (layer) {
      layers.push(layer);
      merged = mergeValues(merged, layer.values);
    }
  }
  return { layers, merged };
}

export function fluxReleases(objects: readonly K8sObject[], data: readonly DataObject[], sink: LayerSink): Release[] {
  const releases: Release[] = [];
  for (const hr of objects) {
    const group = apiGroup(hr.apiVersion);
    if (hr.kind !== 'HelmRelease' || (group !== FLUX_HELM_GROUP && group !== FLUX_V1_GROUP)) continue;
    const { chart, version } = owning(sink, hr, () =>
      group === FLUX_V1_GROUP ? chartOfV1(hr) : chartOf(hr, objects, sink),
    );
    const from = owning(sink, hr, () =>
      group === FLUX_V1_GROUP ? { layers: [], merged: undefined } : valuesFrom(hr, data, sink),
    );
    const layers = [...from.layers];
    let values = from.merged;
    const inline = valueAt(hr.root, ['spec', 'values']);
    if (inline?.kind === 'map') {
      layers.push({ label: 'spec.values', values: inline, file: hr.file });
      values = mergeValues(values, inline);
    }
    releases.push({
      tool: 'flux',
      title: `HelmRelease ${hr.namespace ? `${hr.namespace}/` : ''}${hr.name ?? '(unnamed)'}`,
      apiVersion: hr.apiVersion,
      object: hr,
      chart,
      version,
      layers,
      values,
    });
  }
  return releases;
}
