// Turns parsed values text into a values layer, recording what cannot be used.
import { isMap, type Document } from 'yaml';
import type { Span } from '../findings.js';
import type { EmbeddedSyntaxError, Unresolved, ValuesLayer } from './types.js';
import { toValues, ValuesTooLargeError, type Locator } from './values.js';

export interface LayerSink {
  unresolved: Unresolved[];
  embeddedErrors: EmbeddedSyntaxError[];
}

/** The first document of a values text as a layer; syntax errors are kept only for text embedded in a string (files report their own). */
export function layerOf(label: string, parsed: { documents: Document.Parsed[]; at: Locator }, sink: LayerSink, where: Span, embedded: boolean): ValuesLayer | undefined {
  const doc = parsed.documents.find((d) => d.contents !== null || d.errors.length > 0);
  if (!doc) return undefined;
  // Over helmvet's limits (nesting, size; see parseYaml): not analysed, like an alias bomb, rather than a syntax error.
  const refused = doc.errors.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  if (refused) {
    sink.unresolved.push({ span: where, message: `${label} not analysed: ${refused.message}` });
    return undefined;
  }
  if (doc.errors.length > 0) {
    if (embedded) for (const e of doc.errors) sink.embeddedErrors.push({ span: parsed.at.span(e.pos[0], e.pos[1]), message: e.message.split('\n')[0] ?? e.message });
    else sink.unresolved.push({ span: where, message: `${label} does not parse as YAML, so its values are not known` });
    return undefined;
  }
  if (!isMap(doc.contents)) {
    sink.unresolved.push({ span: where, message: `${label} is not a map of values` });
    return undefined;
  }
  try {
    return { label, values: toValues(doc.contents, doc, parsed.at), file: parsed.at.file };
  } catch (e) {
    if (!(e instanceof ValuesTooLargeError)) throw e;
    sink.unresolved.push({ span: where, message: `${label} not analysed: ${e.message}` });
    return undefined;
  }
}
