// The one editor: replacements at exact offsets of a text, never a re-serialisation (the Renovate lesson).
export interface Edit {
  start: number;
  end: number;
  text: string;
  /** For insertions at one offset: the deeper one goes first (a nested block must follow its parent key). */
  depth?: number;
}

export class EditConflict extends Error {}

/** Insertions at one offset become one insertion, deepest first. */
function mergeInsertions(edits: readonly Edit[]): Edit[] {
  const byOffset = new Map<number, Edit[]>();
  const out: Edit[] = [];
  for (const e of edits) {
    if (e.start !== e.end || e.depth === undefined) out.push(e);
    else byOffset.set(e.start, [...(byOffset.get(e.start) ?? []), e]);
  }
  for (const [at, list] of byOffset) {
    if (new Set(list.map((e) => e.depth)).size !== list.length)
      throw new EditConflict(`two insertions at offset ${at} at the same depth`);
    out.push({
      start: at,
      end: at,
      text: [...list]
        .sort((a, b) => b.depth! - a.depth!)
        .map((e) => e.text)
        .join(''),
    });
  }
  return out;
}

/**
 * Applies non-overlapping edits; two edits that touch the same characters, or insert at one point without a depth
 * to order them, conflict.
 */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = mergeInsertions(edits).sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const next = sorted[i]!;
    if (next.start < prev.end || (next.start === prev.start && next.start === next.end && prev.start === prev.end)) {
      throw new EditConflict(`edits overlap at offsets ${prev.start}-${prev.end} and ${next.start}-${next.end}`);
    }
  }
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.start < at || e.end > text.length || e.start > e.end)
      throw new EditConflict(`edit ${e.start}-${e.end} is outside the text`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
