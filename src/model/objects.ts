// Recognises Kubernetes-style objects among the parsed documents.
import { isMap, type Document } from 'yaml';
import type { SourceFile } from '../load/source.js';
import type { K8sObject, Unresolved } from './types.js';
import { fileLocator, stringAt, toValues, ValuesTooLargeError, type VMap } from './values.js';

/** Values trees of every document of a file that parsed, with the documents that could not be expanded. */
export function documentTrees(file: SourceFile, issues: Unresolved[]): { doc: Document.Parsed; root: VMap }[] {
  const out: { doc: Document.Parsed; root: VMap }[] = [];
  for (const doc of file.documents) {
    if (doc.errors.length > 0 || !isMap(doc.contents)) continue;
    try {
      const root = toValues(doc.contents, doc, fileLocator(file));
      if (root.kind === 'map') out.push({ doc, root });
    } catch (e) {
      if (!(e instanceof ValuesTooLargeError)) throw e;
      const range = doc.contents.range;
      issues.push({ span: { file, start: range[0], end: range[0] }, message: `document not analysed: ${e.message} (a YAML alias bomb?)` });
    }
  }
  return out;
}

export function asObject(file: SourceFile, doc: Document.Parsed, root: VMap): K8sObject | undefined {
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
    doc,
    root,
    anchor: kindEntry.value.span,
  };
}

export const apiGroup = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');
