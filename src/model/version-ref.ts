import type { Span } from '../findings.js';
import type { VersionRef } from './types.js';
import type { VScalar } from './values.js';

/** A version field as written: a number-looking `1.10` keeps its source text. */
export function versionRef(
  node: VScalar | undefined,
  anchor: Span,
  field: string,
  kind: VersionRef['kind'] = 'constraint',
): VersionRef {
  const raw = node && node.value !== null ? (typeof node.value === 'string' ? node.value : node.source) : undefined;
  return { raw, node, anchor, field, kind };
}
