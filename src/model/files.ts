// Values files named by a release (Argo CD valueFiles, kustomize valuesFile): read through the store, inside the repository only.
import { resolve } from 'node:path';
import type { Span } from '../findings.js';
import type { FileStore } from '../load/store.js';
import { layerOf, type LayerSink } from './layers.js';
import type { ValuesLayer } from './types.js';
import { fileLocator } from './values.js';

/** `baseDir` undefined: the path is relative to the repository root (Argo CD `$values/...`). */
export function valuesFileLayer(
  store: FileStore,
  baseDir: string | undefined,
  path: string,
  where: Span,
  sink: LayerSink,
  label = path,
): ValuesLayer | undefined {
  const abs = baseDir === undefined ? store.fromRoot(path) : resolve(baseDir, path);
  if (!store.isInsideRoot(abs)) {
    sink.unresolved.push({ span: where, why: { reason: 'outside', path } });
    return undefined;
  }
  const file = store.load(abs);
  if (!file) {
    // A file that is there but cannot be read (binary, not UTF-8, over a limit, a symlink loop) has its own helmvet/unreadable-file finding.
    sink.unresolved.push({ span: where, why: { reason: 'values-file', path, present: store.isPresent(abs) } });
    return undefined;
  }
  if (file.template) {
    sink.unresolved.push({
      span: where,
      why: { reason: 'values-template', path, renderedBy: file.template.renderedBy },
    });
    return undefined;
  }
  return layerOf(label, { documents: file.documents, at: fileLocator(file) }, sink, where, false);
}
