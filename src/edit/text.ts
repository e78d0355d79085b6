// The one editor: replacements at exact offsets of a text, never a re-serialisation (the Renovate lesson).
export interface Edit {
  start: number;
  end: number;
  text: string;
}

export class EditConflict extends Error {}

/** Applies non-overlapping edits; two edits that touch the same characters, or insert at one point, conflict. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
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
    if (e.start < at || e.end > text.length || e.start > e.end) throw new EditConflict(`edit ${e.start}-${e.end} is outside the text`);
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}
