// Writes working-tree nodes as YAML text in the file's own style: its indentation and line endings, scalars as
// they were written, and the comments that belonged to a moved entry.
import { parse, stringify } from 'yaml';
import type { VScalar } from '../model/values.js';
import { columnOf, leadingComments, lineEnd, trailingComment } from './yaml-text.js';
import type { MEntry, MNode } from './tree.js';

export interface RenderContext {
  text: string;
  eol: string;
  /** Spaces one level deeper. */
  step: number;
  /** Offsets of comment lines already written at a new place. */
  claimed: Set<number>;
}

/** A key as YAML writes it: plain when that reads back the same. */
export function formatKey(key: string): string {
  return /^[A-Za-z_][\w.-]*$/.test(key) && parse(`${key}: 1`) !== null ? key : JSON.stringify(key);
}

/** A scalar in the quoting style `like` was written in, when that reads back the same. */
export function formatScalar(value: string | number | boolean | null, like?: VScalar): string {
  if (typeof value !== 'string') return value === null ? 'null' : String(value);
  if (like?.style === 'QUOTE_DOUBLE') return JSON.stringify(value);
  if (like?.style === 'QUOTE_SINGLE') return `'${value.replace(/'/g, "''")}'`;
  try {
    const back: unknown = parse(`k: ${value}`);
    if (
      back &&
      typeof back === 'object' &&
      (back as Record<string, unknown>).k === value &&
      !/^\s|\s$|#|: /.test(value)
    )
      return value;
  } catch {
    // Not plain-safe.
  }
  return stringify(value).trimEnd();
}

/** A scalar's text as written, re-indented when it spans lines (block scalars) and moves to another column. */
function writtenScalar(origin: VScalar, text: string, column: number): string {
  const source = text.slice(origin.span.start, origin.span.end).replace(/\r?\n$/, '');
  if (!source.includes('\n')) return source;
  const from = columnOf(text, origin.span.start) > 0 ? keyColumnOf(text, origin.span.start) : 0;
  const delta = column - from;
  return source
    .split('\n')
    .map((line, i) =>
      i === 0 || line.trim() === ''
        ? line
        : delta >= 0
          ? ' '.repeat(delta) + line
          : line.replace(new RegExp(`^ {0,${-delta}}`), ''),
    )
    .join('\n');
}

/** The column of the key whose value starts at `offset` (the first non-space of that line). */
function keyColumnOf(text: string, offset: number): number {
  const start = offset - columnOf(text, offset);
  return text.slice(start).search(/\S/);
}

/** `*name` for an alias, as written. */
const aliasText = (node: MNode, ctx: RenderContext) =>
  node.origin?.alias && sameAsWritten(node)
    ? ctx.text.slice(node.origin.alias.start, node.origin.alias.end)
    : undefined;

function scalarText(node: MNode & { kind: 'scalar' }, ctx: RenderContext, column: number): string {
  const alias = aliasText(node, ctx);
  if (alias) return alias;
  if (node.origin && node.origin.value === node.value) return writtenScalar(node.origin, ctx.text, column);
  return formatScalar(node.value, node.origin);
}

/** Flow style, on one line: `{a: 1, b: [x, y]}`. */
export function renderFlow(node: MNode, ctx: RenderContext): string {
  const alias = aliasText(node, ctx);
  if (alias) return alias;
  if (node.kind === 'scalar')
    return node.origin &&
      node.origin.value === node.value &&
      !ctx.text.slice(node.origin.span.start, node.origin.span.end).includes('\n')
      ? ctx.text.slice(node.origin.span.start, node.origin.span.end)
      : formatScalar(node.value, node.origin);
  if (node.kind === 'seq') return `[${node.items.map((i) => renderFlow(i, ctx)).join(', ')}]`;
  return `{${node.entries.map((e) => `${formatKey(e.key)}: ${renderFlow(e.value, ctx)}`).join(', ')}}`;
}

function comments(entry: MEntry, ctx: RenderContext, pad: string): string[] {
  if (!entry.origin) return [];
  const lead = leadingComments(ctx.text, entry.origin.keySpan.start);
  const out: string[] = [];
  let at = lead.start;
  for (const line of lead.lines) {
    if (!ctx.claimed.has(at)) out.push(`${pad}${line}`);
    ctx.claimed.add(at);
    at = lineEnd(ctx.text, at);
  }
  return out;
}

/** The comment on a key's own line when its value is a block collection (`key:  # why`). */
function keyLineComment(entry: MEntry, ctx: RenderContext): string {
  if (!entry.origin) return '';
  const rest = ctx.text
    .slice(entry.origin.keySpan.end, lineEnd(ctx.text, entry.origin.keySpan.end))
    .replace(/\r?\n$/, '');
  const m = /^\s*:(\s+#.*)$/.exec(rest);
  return m ? m[1]!.trimEnd() : '';
}

/** One block-style entry at a column, with the comments that belonged to it; ends with a line ending. */
export function renderEntry(entry: MEntry, column: number, ctx: RenderContext): string {
  const pad = ' '.repeat(column);
  const lines = comments(entry, ctx, pad);
  const key = `${pad}${formatKey(entry.key)}:`;
  const v = entry.value;
  if (v.kind === 'scalar') {
    const trailing = entry.origin && v.origin ? trailingComment(ctx.text, v.origin.span.end) : '';
    lines.push(`${key} ${scalarText(v, ctx, column)}${trailing}`);
  } else if (aliasText(v, ctx)) {
    lines.push(`${key} ${aliasText(v, ctx)!}${keyLineComment(entry, ctx)}`);
  } else if (v.kind === 'map' && v.entries.length === 0) {
    lines.push(`${key} {}`);
  } else if (isFlowOrigin(v, ctx) && sameAsWritten(v)) {
    lines.push(
      `${key} ${ctx.text.slice(v.origin!.span.start, v.origin!.span.end).trim()}${keyLineComment(entry, ctx)}`,
    );
  } else if (v.kind === 'map') {
    lines.push(`${key}${keyLineComment(entry, ctx)}`);
    return `${lines.join(ctx.eol)}${ctx.eol}${v.entries.map((e) => renderEntry(e, column + ctx.step, ctx)).join('')}`;
  } else if (v.kind === 'seq' && v.flow) {
    // A scalar that became a one-line list keeps the comment it had on its line.
    const carried =
      v.items
        .map((i) => (i.kind === 'scalar' && i.origin ? trailingComment(ctx.text, i.origin.span.end) : ''))
        .find(Boolean) ?? '';
    lines.push(`${key} ${renderFlow(v, ctx)}${keyLineComment(entry, ctx) || carried}`);
  } else {
    lines.push(`${key}${keyLineComment(entry, ctx)}`);
    for (const item of v.items)
      lines.push(
        `${pad}${' '.repeat(ctx.step)}- ${item.kind === 'scalar' ? scalarText(item, ctx, column + ctx.step + 2) : renderFlow(item, ctx)}`,
      );
  }
  return `${lines.join(ctx.eol)}${ctx.eol}`;
}

function isFlowOrigin(v: MNode, ctx: RenderContext): boolean {
  if (!v.origin || v.origin.kind === 'scalar') return false;
  const first = ctx.text.slice(v.origin.span.start, v.origin.span.start + 1);
  return first === '{' || first === '[';
}

/** Does a working-tree node still say exactly what its origin says? */
export function sameAsWritten(v: MNode): boolean {
  if (!v.origin) return false;
  if (v.kind === 'scalar') return v.origin.kind === 'scalar' && v.origin.value === v.value;
  if (v.kind === 'seq')
    return (
      v.origin.kind === 'seq' &&
      v.items.length === v.origin.items.length &&
      v.items.every((i, n) => i.origin === (v.origin as { items: unknown[] }).items[n] && sameAsWritten(i))
    );
  return (
    v.origin.kind === 'map' &&
    v.entries.length === v.origin.entries.size &&
    v.entries.every(
      (e) =>
        e.origin &&
        (v.origin as { entries: Map<string, unknown> }).entries.get(e.key) === e.origin &&
        e.value.origin === e.origin.value &&
        sameAsWritten(e.value),
    )
  );
}
