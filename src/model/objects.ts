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
  'fluxcd.controlplane.io': new Set(['FluxInstance']),
  '': new Set(['ConfigMap', 'Secret']),
};

/** Workloads that may run Falco from its image without the falco chart: read only when their file names the image. */
const WORKLOADS: Record<string, ReadonlySet<string>> = {
  apps: new Set(['DaemonSet', 'Deployment', 'StatefulSet']),
  '': new Set(['Pod']),
};

/** The Falco image in a file's text (`falcosecurity/falco`, or `falco-no-driver` of Falco before 0.40): a cheap gate. */
export const FALCO_IMAGE_TEXT = /falcosecurity\/falco(?:-no-driver)?(?![\w-])/;

/** Does the model read this document? Objects of the kinds above, and plain maps (values files, Talos configs). */
function modelled(doc: Document.Parsed, falcoImage: boolean): boolean {
  const kind = doc.get('kind');
  const apiVersion = doc.get('apiVersion');
  if (kind === undefined) return true;
  if (typeof kind !== 'string' || typeof apiVersion !== 'string') return false;
  return !!MODELLED[apiGroup(apiVersion)]?.has(kind) || (falcoImage && !!WORKLOADS[apiGroup(apiVersion)]?.has(kind));
}

/** Charts whose values helmvet reads: falco's, and flux-instance's (the Flux version it installs). */
const VALUES_READ = new Set(['falco', 'flux-instance']);

/**
 * Values of a HelmRelease whose chart is named and is not one helmvet reads are never read: leave them out (unless the
 * file names the Falco image: a generic chart may deploy Falco from it).
 */
function prunedPaths(doc: Document.Parsed, falcoImage: boolean): string[][] {
  if (doc.get('kind') !== 'HelmRelease' || falcoImage) return [];
  const chart = doc.getIn(['spec', 'chart', 'spec', 'chart']) ?? doc.getIn(['spec', 'chart', 'name']);
  return typeof chart === 'string' && !VALUES_READ.has(chart) ? [['spec', 'values']] : [];
}

/** Values trees of the documents of a file that the model reads, with the documents that could not be expanded. */
export function documentTrees(file: SourceFile, issues: Unresolved[]): VMap[] {
  const out: VMap[] = [];
  const falcoImage = FALCO_IMAGE_TEXT.test(file.text);
  for (const doc of file.documents) {
    if (doc.errors.length > 0 || !isMap(doc.contents) || !modelled(doc, falcoImage)) continue;
    try {
      const root = toValues(doc.contents, doc, fileLocator(file), prunedPaths(doc, falcoImage));
      if (root.kind === 'map') out.push(root);
    } catch (e) {
      if (!(e instanceof ValuesTooLargeError)) throw e;
      const range = doc.contents.range;
      issues.push({
        span: { file, start: range[0], end: range[0] },
        why: { reason: 'not-analysed', label: 'document', limit: `${e.message} (a YAML alias bomb?)` },
      });
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

export const apiGroup = (apiVersion: string) =>
  apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '';
