// Where things are in YAML text: lines, comments, indentation.
export const lineStart = (text: string, offset: number) => (offset <= 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1);

/** Just past the line ending of the line that holds `offset` (or the end of the text). */
export function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  return nl < 0 ? text.length : nl + 1;
}

export const columnOf = (text: string, offset: number) => offset - lineStart(text, offset);

export const isCommentLine = (line: string) => /^\s*#/.test(line);

/** The comment after a value on its line (` # why`), or ''. */
export function trailingComment(text: string, valueEnd: number): string {
  const rest = text.slice(valueEnd, lineEnd(text, valueEnd)).replace(/\r?\n$/, '');
  return /^\s+#/.test(rest) ? rest.trimEnd() : '';
}

/** The comment lines directly above the line of `offset`, as [start, end) and their texts without indentation. */
export function leadingComments(text: string, offset: number): { start: number; lines: string[] } {
  let start = lineStart(text, offset);
  const lines: string[] = [];
  while (start > 0) {
    const prev = lineStart(text, start - 1);
    const line = text.slice(prev, start).replace(/\r?\n$/, '');
    if (!isCommentLine(line)) break;
    lines.unshift(line.trim());
    start = prev;
  }
  return { start, lines };
}

/** The lines of [start, end) with their offsets. */
export function linesIn(text: string, start: number, end: number): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  // Not past the text: there no line ends, and the walk would stand still.
  const last = Math.min(end, text.length);
  for (let at = start; at < last;) {
    const stop = Math.min(lineEnd(text, at), last);
    out.push({ start: at, end: stop, text: text.slice(at, stop).replace(/\r?\n$/, '') });
    at = stop;
  }
  return out;
}
