// Inline suppressions: `# helmvet-disable-next-line RULE[, RULE] -- reason` and `# helmvet-disable RULE -- reason`
// (the rest of the YAML document). A suppression that suppresses nothing is itself reported.
import type { Finding, Span } from '../findings.js';
import { positionAt, type SourceFile } from '../load/source.js';

export interface Suppression {
  span: Span;
  kind: 'next-line' | 'rest';
  rules: string[];
  reason: string | undefined;
  /** next-line: the 1-based line it covers; rest: the offsets it covers. */
  line?: number;
  from?: number;
  to?: number;
  used: Set<string>;
}

const DIRECTIVE = /(^|\s)#\s*helmvet-disable(-next-line)?(?=\s|$)([^\n]*)/;

export function parseSuppressions(file: SourceFile): Suppression[] {
  const out: Suppression[] = [];
  const lines = file.text.split('\n');
  let offset = 0;
  lines.forEach((raw, index) => {
    const start = offset;
    offset += raw.length + 1;
    const m = DIRECTIVE.exec(raw);
    if (!m) return;
    const at = start + m.index + m[1]!.length;
    const [list = '', reason] = m[3]!.replace(/\r$/, '').split(/\s--\s?/, 2);
    const rules = list.split(/[\s,]+/).filter(Boolean);
    const span = { file, start: at, end: start + raw.replace(/\r$/, '').length };
    if (m[2]) {
      // The next line that is not blank and not a comment.
      let target = index + 1;
      while (target < lines.length && /^\s*(#.*)?\r?$/.test(lines[target]!)) target++;
      out.push({
        span,
        kind: 'next-line',
        rules,
        reason: reason?.trim() || undefined,
        line: target + 1,
        used: new Set(),
      });
    } else {
      const doc = file.documentRanges.find(([from, to]) => from <= at && at <= to);
      out.push({
        span,
        kind: 'rest',
        rules,
        reason: reason?.trim() || undefined,
        from: at,
        to: doc?.[1] ?? file.text.length,
        used: new Set(),
      });
    }
  });
  return out;
}

function covers(s: Suppression, f: Finding): boolean {
  if (!s.rules.includes(f.ruleId)) return false;
  if (s.kind === 'next-line') return positionAt(f.span.file, f.span.start).line === s.line;
  return f.span.start >= s.from! && f.span.start <= s.to!;
}

/** Drops suppressed findings; returns what is kept and the suppressions that were not used. */
export function applySuppressions(
  findings: readonly Finding[],
  suppressions: ReadonlyMap<SourceFile, Suppression[]>,
): { kept: Finding[]; all: Suppression[] } {
  const kept = findings.filter((f) => {
    const s = suppressions.get(f.span.file)?.find((x) => covers(x, f));
    if (s) s.used.add(f.ruleId);
    return !s;
  });
  return { kept, all: [...suppressions.values()].flat() };
}
