// Recognises Kubernetes-style objects among the parsed documents.
import { isMap, type Document } from 'yaml';
import type { SourceFile } from '../load/source.js';
import type { K8sObject, Unresolved } from './types.js';
import { fileLocator, stringAt, toValues, ValuesTooLargeError, type VMap } from './values.js';

/**
 * The objects the model reads, by API group and kind. Other objects (Deployments, Services, Flux
 * Kustomizations, …) are most of a real repository; they are never turned into values trees, which keeps
 * memory near that of the parse alone.
 */
const MODELLED: Record<string, ReadonlySet<string>> = {
  'helm.toolkit.fluxcd.io': new Set(['HelmRelease']),
  'helm.fluxcd.io': new Set(['HelmRelease']),
  'source.toolkit.fluxcd.io': new Set(['HelmRepository', 'OCIRepository', 'HelmChart', 'GitRepository', 'Bucket']),
  'argoproj.io': new Set(['Application']),
  'kustomize.config.k8s.io': new Set(['Kustomization']),
  '': new Set(['ConfigMap', 'Secret']),
};

/** Does the model read this document? Objects of the kinds above, and plain maps (values files, Talos configs). */
function modelled(doc: Document.Parsed): boolean {
  const kind = doc.get('kind');
  const apiVersion = doc.get('apiVersion');
  if (kind === undefined) return true;
  return typeof kind === 'string' && typeof apiVersion === 'string' && !!MODELLED[apiGroup(apiVersion)]?.has(kind);
}

/** Values of a HelmRelease whose chart is named and is not falco are never read: leave them out. */
function prunedPaths(doc: Document.Parsed): string[][] {
  if (doc.get('kind') !== 'HelmRelease') return [];
  const chart = doc.getIn(['spec', 'chart', 'spec', 'chart']) ?? doc.getIn(['spec', 'chart', 'name']);
  return typeof chart === 'string' && chart !== 'falco' ? [['spec', 'values']] : [];
}

/** Values trees of the documents of a file that the model reads, with the documents that could not be expanded. */
export function documentTrees(file: SourceFile, issues: Unresolved[]): VMap[] {
  const out: VMap[] = [];
  for (const doc of file.documents) {
    if (doc.errors.length > 0 || !isMap(doc.contents) || !modelled(doc)) continue;
    try {
      const root = toValues(doc.contents, doc, fileLocator(file), prunedPaths(doc));
      if (root.kind === 'map') out.push(root);
    } catch (e) {
      if (!(e instanceof ValuesTooLargeError)) throw e;
      const range = doc.contents.range;
      issues.push({ span: { file, start: range[0], end: range[0] }, message: `document not analysed: ${e.message} (a YAML alias bomb?)` });
    }
  }
  return out;
}

export function asObject(file: SourceFile, root: VMap): K8sObject | undefined {
  const apiVersion = stringAt(root, ['apiVersion']);
  const kindEntry = root.entries.get('kind');
  const kind = kindEntry?.value.kind === 'scalar' ? kindEntry.value.value : undefined;
  if (typeof kind !== 'string' || !kindEntry) return undefined;
  return {
    apiVersion: apiVersion ?? '',
    kind,
    name: stringAt(root, ['metadata', 'name']),
    namespace: stringAt(root, ['metadata', 'namespace']),
    file,
    root,
    anchor: kindEntry.value.span,
  };
}

export const apiGroup = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');
