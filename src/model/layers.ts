// Turns parsed values text into a values layer, recording what cannot be used.
import { isMap, isScalar, type Document } from 'yaml';
import type { Span } from '../findings.js';
import { syntaxErrorsOf, type SourceFile } from '../load/source.js';
import type { EmbeddedSyntaxError, K8sObject, Unresolved, ValuesLayer } from './types.js';
import { toValues, ValuesTooLargeError, type Locator } from './values.js';

export interface LayerSink {
  unresolved: Unresolved[];
  embeddedErrors: EmbeddedSyntaxError[];
  /** Files read as values, whether or not they held usable values. */
  read: SourceFile[];
  /** The values files each release object read (model/consumers.ts: Helm reads them). */
  readBy: Map<K8sObject, SourceFile[]>;
}

export const newSink = (): LayerSink => ({ unresolved: [], embeddedErrors: [], read: [], readBy: new Map() });

/** Runs `build` for a release object: what it could not follow, and the values files it read, are that release's. */
export function owning<T>(sink: LayerSink, owner: K8sObject, build: () => T): T {
  const unresolved = sink.unresolved.length;
  const read = sink.read.length;
  const out = build();
  for (const u of sink.unresolved.slice(unresolved)) u.owner ??= owner;
  if (sink.read.length > read) sink.readBy.set(owner, [...(sink.readBy.get(owner) ?? []), ...sink.read.slice(read)]);
  return out;
}

/** SOPS metadata at the root of a document: its values are encrypted (getsops/sops stores `sops.mac` and `sops.lastmodified`). */
const isSopsEncrypted = (doc: Document.Parsed) => {
  const sops = isMap(doc.contents) ? doc.contents.get('sops') : undefined;
  return isMap(sops) && (sops.has('mac') || sops.has('lastmodified'));
};

/** The first document of a values text as a layer; syntax errors are kept only for text embedded in a string (files report their own). */
export function layerOf(
  label: string,
  parsed: { documents: Document.Parsed[]; at: Locator },
  sink: LayerSink,
  where: Span,
  embedded: boolean,
): ValuesLayer | undefined {
  if (!embedded) sink.read.push(parsed.at.file);
  const doc = parsed.documents.find((d) => d.contents !== null || d.errors.length > 0);
  if (!doc) return undefined;
  // Over helmvet's limits (nesting, size; see parseYaml): not analysed, like an alias bomb, rather than a syntax error.
  const refused = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (refused) {
    sink.unresolved.push({ span: where, why: { reason: 'not-analysed', label, limit: refused.message } });
    return undefined;
  }
  if (doc.errors.length > 0) {
    // One finding a string, at its first error (what follows is mostly the parser's confusion), as for a file.
    const [first] = syntaxErrorsOf(doc).sort((a, b) => a.start - b.start);
    if (embedded && first)
      sink.embeddedErrors.push({
        span: parsed.at.span(first.start, Math.max(first.start + 1, first.end)),
        message: first.message.split('\n')[0] ?? first.message,
      });
    else sink.unresolved.push({ span: where, why: { reason: 'not-yaml', label } });
    return undefined;
  }
  const encrypted =
    isSopsEncrypted(doc) ||
    (isScalar(doc.contents) && typeof doc.contents.value === 'string' && doc.contents.value.startsWith('ENC['));
  if (encrypted) {
    sink.unresolved.push({ span: where, why: { reason: 'encrypted', label } });
    return undefined;
  }
  if (!isMap(doc.contents)) {
    sink.unresolved.push({ span: where, why: { reason: 'not-a-map', label } });
    return undefined;
  }
  try {
    return { label, values: toValues(doc.contents, doc, parsed.at), file: parsed.at.file };
  } catch (e) {
    if (!(e instanceof ValuesTooLargeError)) throw e;
    sink.unresolved.push({ span: where, why: { reason: 'not-analysed', label, limit: e.message } });
    return undefined;
  }
}
