// YAML written inside a string (ConfigMap data, Argo CD helm.values): parsed on its own, with spans
// mapped back to the lines of the file that holds it, so findings point into the block scalar.
import type { Document } from 'yaml';
import type { Span } from '../findings.js';
import { parseYaml, type SourceFile } from '../load/source.js';
import type { Locator, VScalar } from './values.js';

export interface Embedded {
  documents: Document.Parsed[];
  at: Locator;
}

/** For a literal block scalar: where each line of its value starts in the host text. */
function blockLineMap(
  scalar: VScalar,
  host: SourceFile,
):
  | { valueStarts: number[]; hostStarts: number[]; /** The block's indentation in the host. */ indent: number }
  | undefined {
  if (scalar.style !== 'BLOCK_LITERAL' || scalar.span.file !== host || typeof scalar.value !== 'string')
    return undefined;
  const { start, end } = scalar.span;
  const headerEnd = host.text.indexOf('\n', start);
  if (headerEnd < 0 || headerEnd >= end) return undefined;
  const hostLines: { at: number; text: string }[] = [];
  for (let at = headerEnd + 1; at < end;) {
    const nl = host.text.indexOf('\n', at);
    const stop = nl < 0 || nl > end ? end : nl;
    hostLines.push({ at, text: host.text.slice(at, stop).replace(/\r$/, '') });
    at = stop + 1;
  }
  const first = hostLines.find((l) => l.text.trim() !== '');
  if (!first) return undefined;
  const indent = first.text.length - first.text.trimStart().length;
  const valueLines = hostLines.map((l) => l.text.slice(indent));
  const trimEnd = (s: string) => s.replace(/\n+$/, '');
  // Only trust the map if it reproduces the parsed value exactly.
  if (trimEnd(valueLines.join('\n')) !== trimEnd(scalar.value)) return undefined;
  const valueStarts: number[] = [];
  let offset = 0;
  for (const line of valueLines) {
    valueStarts.push(offset);
    offset += line.length + 1;
  }
  return { valueStarts, hostStarts: hostLines.map((l) => l.at + indent), indent };
}

export function locatorForScalar(scalar: VScalar, host: SourceFile): Locator {
  const whole: Span = scalar.span;
  const map = blockLineMap(scalar, host);
  if (!map) return { file: host, span: () => whole };
  const { indent } = map;
  /** `asEnd`: an end that falls at the start of a line (a block ending with its newline) ends before that line's indentation. */
  const toHost = (offset: number, asEnd: boolean) => {
    let lo = 0;
    let hi = map.valueStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((map.valueStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const at = (map.hostStarts[lo] ?? whole.start) + offset - (map.valueStarts[lo] ?? 0);
    // Never past the scalar: its value ends with a line break the host text may not have (a block at the end of a
    // file without a final newline).
    return Math.min(whole.end, asEnd && lo > 0 && offset === map.valueStarts[lo] ? at - indent : at);
  };
  return { file: host, span: (s, e) => ({ file: host, start: toHost(s, false), end: toHost(Math.max(s, e), true) }) };
}

/**
 * Parses YAML held in a string scalar of a host file. With the same limits as files (parseYaml): the host's own checks
 * do not see this text, which may be base64 (Secret data) or written with escapes (`"\x5b\x5b"`).
 */
export function parseEmbedded(text: string, scalar: VScalar, host: SourceFile): Embedded {
  return { documents: parseYaml(text).documents, at: locatorForScalar(scalar, host) };
}

/** Parses YAML that has no place in any file (decoded Secret data): every span is the scalar that holds it. */
export function parseOpaque(text: string, scalar: VScalar, host: SourceFile): Embedded {
  return { documents: parseYaml(text).documents, at: { file: host, span: () => scalar.span } };
}
