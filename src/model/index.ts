// Builds the repository model from parsed files: objects, data sources, releases, standalone values.
import { isMap } from 'yaml';
import type { FileStore } from '../load/store.js';
import type { SourceFile } from '../load/source.js';
import { FALCO_TOP_LEVEL_KEYS } from '../knowledge/charts.js';
import { argoReleases } from './argocd.js';
import { Consumers, isKustomizationFile } from './consumers.js';
import { dataObjects } from './data.js';
import { fluxPins } from './flux-pins.js';
import { fluxReleases } from './flux.js';
import { kustomizeReleases } from './kustomize.js';
import { newSink, type LayerSink } from './layers.js';
import { asObject, documentTrees } from './objects.js';
import { buildTalosModel } from './talos.js';
import type { K8sObject, RepoModel, StandaloneValues } from './types.js';
import type { VMap } from './values.js';

/** A kustomization.yaml may leave out apiVersion and kind. */
function implicitKustomization(file: SourceFile, root: VMap): K8sObject | undefined {
  if (!isKustomizationFile(file.absPath) || root.entries.has('kind')) return undefined;
  return {
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    name: undefined,
    namespace: undefined,
    file,
    root,
    anchor: root.span,
  };
}

/**
 * Plain values that look like the falco chart's: a map whose keys are mostly top-level keys of some chart
 * version, including one that only the falco chart has at the top.
 */
export function looksLikeFalcoValues(root: VMap): boolean {
  const keys = [...root.entries.keys()];
  if (keys.length === 0 || root.entries.has('apiVersion') || root.entries.has('kind')) return false;
  if (!['driver', 'collectors', 'falcoctl', 'customRules', 'falco'].some((k) => root.entries.has(k))) return false;
  const known = keys.filter((k) => FALCO_TOP_LEVEL_KEYS.has(k)).length;
  return known >= 2 && known / keys.length >= 0.6;
}

/** `files` is iterated once, file by file, so that a caller can load each file just before it is modelled. */
export function buildModel(files: Iterable<SourceFile>, store: FileStore): RepoModel {
  const sink: LayerSink = newSink();
  const objects: K8sObject[] = [];
  const plain: { file: SourceFile; root: VMap }[] = [];
  const read: SourceFile[] = [];
  for (const file of files) {
    read.push(file);
    let hasPlain = false;
    for (const root of documentTrees(file, sink.unresolved)) {
      const obj = asObject(file, root) ?? implicitKustomization(file, root);
      if (obj) objects.push(obj);
      else {
        plain.push({ file, root });
        hasPlain = true;
      }
    }
    // Objects live on as values trees. A file keeps its syntax trees while a release may still read it as values: plain
    // maps, and documents that do not parse or are not maps (a release that reads them says why it cannot use them).
    if (!hasPlain && !file.documents.some((d) => d.errors.length > 0 || (d.contents !== null && !isMap(d.contents))))
      file.documents = [];
  }
  const data = dataObjects(objects, store, sink.unresolved);
  const releases = [
    ...fluxReleases(objects, data, sink),
    ...argoReleases(objects, store, sink),
    ...kustomizeReleases(objects, store, sink),
  ];
  // Every release has read its values: no syntax tree is needed any more (what the rules read is the model).
  for (const file of read) file.documents = [];
  const attached = new Set(releases.flatMap((r) => r.layers.map((l) => l.file)));
  const standaloneValues: StandaloneValues[] = plain
    .filter((p) => !attached.has(p.file) && looksLikeFalcoValues(p.root))
    .map((p) => ({ file: p.file, values: p.root }));
  return {
    files: read,
    objects,
    releases,
    standaloneValues,
    unresolved: sink.unresolved,
    embeddedErrors: sink.embeddedErrors,
    talos: buildTalosModel(plain),
    consumers: new Consumers(objects, releases, sink.readBy),
    fluxPins: fluxPins(read, objects, releases),
  };
}
