// Which tool reads each file of the repository, and as what: a kustomization lists it as a resource or a patch, a
// generator copies it into a ConfigMap or Secret, a release reads it as Helm values. What a generic rule says about a
// file (that it does not parse, that a key is written twice) depends on the tool that reads it.
import { basename, dirname, resolve } from 'node:path';
import type { Span } from '../findings.js';
import type { SourceFile } from '../load/source.js';
import { isKustomization } from './kustomize.js';
import type { K8sObject, Release } from './types.js';
import { valueAt, type VNode } from './values.js';

export type Consumer =
  /** kustomize parses it as Kubernetes objects (`resources`, `crds`, `components`, `bases`). */
  | { tool: 'kustomize'; as: 'resource'; by: K8sObject; span: Span }
  /** kustomize applies it as a patch: `patchesStrategicMerge`, `patchesJson6902`, or `patches` (either, by its content). */
  | { tool: 'kustomize'; as: 'patch'; by: K8sObject; span: Span; strategy: 'strategic' | 'json6902' | 'either' }
  /** kustomize copies its text into a ConfigMap or Secret (`configMapGenerator` / `secretGenerator` `files`), unparsed. */
  | { tool: 'kustomize'; as: 'generator'; by: K8sObject; span: Span; name: string; kind: 'ConfigMap' | 'Secret' }
  /** kustomize merges it with `valuesInline` before Helm sees it (`helmCharts` `valuesFile`; `valuesMerge` override or merge). */
  | { tool: 'kustomize'; as: 'values'; by: K8sObject; span: Span; chart: string; merge: 'override' | 'merge' }
  /** Helm reads it as values: of a release, or of a chart kustomize renders. */
  | { tool: 'helm'; as: 'values'; title: string };

/** The names kustomize looks for in a directory. */
export const KUSTOMIZATION_FILES: ReadonlySet<string> = new Set([
  'kustomization.yaml',
  'kustomization.yml',
  'Kustomization',
]);

export const isKustomizationFile = (absPath: string) => KUSTOMIZATION_FILES.has(basename(absPath));

const isRemote = (path: string) =>
  /^[a-z][a-z0-9+.-]*:\/\//i.test(path) ||
  /^(?:github\.com|gitlab\.com|bitbucket\.org)\//.test(path) ||
  path.startsWith('git@');

const stringOf = (node: VNode | undefined) =>
  node?.kind === 'scalar' && typeof node.value === 'string' && node.value !== '' ? node.value : undefined;

function* pathsIn(list: VNode | undefined, field?: string): Generator<{ path: string; span: Span }> {
  for (const item of list?.kind === 'seq' ? list.items : []) {
    const node = field ? valueAt(item, [field]) : item;
    const path = stringOf(node);
    if (path && node && !isRemote(path)) yield { path, span: node.span };
  }
}

export class Consumers {
  private readonly byFile = new Map<string, Consumer[]>();

  /** `readBy`: the values files each release object read (model/layers.ts), usable or not. */
  constructor(
    objects: readonly K8sObject[],
    releases: readonly Release[],
    readBy: ReadonlyMap<K8sObject, readonly SourceFile[]>,
  ) {
    for (const k of objects) if (isKustomization(k)) this.kustomization(k);
    for (const release of releases) {
      if (release.tool === 'kustomize') continue;
      for (const file of readBy.get(release.object) ?? [])
        if (file !== release.object.file) this.add(file.absPath, { tool: 'helm', as: 'values', title: release.title });
    }
  }

  /** The tools that read a file, in the order the repository names them; empty when helmvet cannot tell. */
  of(absPath: string): readonly Consumer[] {
    return this.byFile.get(absPath) ?? [];
  }

  private add(absPath: string, c: Consumer) {
    const list = this.byFile.get(absPath);
    if (!list) this.byFile.set(absPath, [c]);
    else if (
      !list.some(
        (x) =>
          x.tool === c.tool &&
          x.as === c.as &&
          (x.tool === 'helm' ? x.title === (c as typeof x).title : x.by === (c as typeof x).by),
      )
    )
      list.push(c);
  }

  private kustomization(k: K8sObject) {
    const at = (path: string) => resolve(dirname(k.file.absPath), path);
    for (const field of ['resources', 'crds', 'components', 'bases']) {
      for (const { path, span } of pathsIn(valueAt(k.root, [field])))
        this.add(at(path), { tool: 'kustomize', as: 'resource', by: k, span });
    }
    const patches = [
      ['patchesStrategicMerge', undefined, 'strategic'],
      ['patchesJson6902', 'path', 'json6902'],
      ['patches', 'path', 'either'],
    ] as const;
    for (const [field, key, strategy] of patches) {
      for (const { path, span } of pathsIn(valueAt(k.root, [field]), key))
        this.add(at(path), { tool: 'kustomize', as: 'patch', by: k, span, strategy });
    }
    for (const [field, kind] of [
      ['configMapGenerator', 'ConfigMap'],
      ['secretGenerator', 'Secret'],
    ] as const) {
      const generators = valueAt(k.root, [field]);
      for (const gen of generators?.kind === 'seq' ? generators.items : []) {
        const name = stringOf(valueAt(gen, ['name'])) ?? '(unnamed)';
        for (const { path, span } of pathsIn(valueAt(gen, ['files']))) {
          const eq = path.indexOf('=');
          this.add(at(eq >= 0 ? path.slice(eq + 1) : path), {
            tool: 'kustomize',
            as: 'generator',
            by: k,
            span,
            name,
            kind,
          });
        }
      }
    }
    // helmCharts: kustomize merges valuesFile with valuesInline itself (api/internal/builtins HelmChartInflationGenerator),
    // and passes valuesFile alone, and every additionalValuesFiles entry, to Helm unparsed.
    const charts = valueAt(k.root, ['helmCharts']);
    for (const chart of charts?.kind === 'seq' ? charts.items : []) {
      const name = stringOf(valueAt(chart, ['name'])) ?? '(unnamed)';
      const file = valueAt(chart, ['valuesFile']);
      const path = stringOf(file);
      const inline = valueAt(chart, ['valuesInline']);
      const merge = stringOf(valueAt(chart, ['valuesMerge'])) ?? 'override';
      if (path && file && !isRemote(path)) {
        if (inline?.kind === 'map' && inline.entries.size > 0 && (merge === 'override' || merge === 'merge'))
          this.add(at(path), { tool: 'kustomize', as: 'values', by: k, span: file.span, chart: name, merge });
        else if (merge !== 'replace' || !inline)
          this.add(at(path), { tool: 'helm', as: 'values', title: `helmCharts ${name}` });
      }
      for (const { path: more } of pathsIn(valueAt(chart, ['additionalValuesFiles'])))
        this.add(at(more), { tool: 'helm', as: 'values', title: `helmCharts ${name}` });
    }
    // The helmChartInflationGenerator of kustomize 3 (`values: file`), still read by old repositories.
    const legacy = valueAt(k.root, ['helmChartInflationGenerator']);
    for (const chart of legacy?.kind === 'seq' ? legacy.items : []) {
      const path = stringOf(valueAt(chart, ['values']));
      if (path && !isRemote(path))
        this.add(at(path), {
          tool: 'helm',
          as: 'values',
          title: `helmChartInflationGenerator ${stringOf(valueAt(chart, ['chartName'])) ?? '(unnamed)'}`,
        });
    }
  }
}
