// Turns a rewritten working tree into text edits of the layer it came from: only what changed is touched; comments,
// order, quoting, anchors and blank lines of everything else stay byte for byte.
import type { Edit } from '../edit/apply.js';
import type { VEntry, VMap, VNode, VSeq } from '../model/values.js';
import { formatKey, formatScalar, renderEntry, renderFlow, sameAsWritten, type RenderContext } from './render.js';
import { columnOf, isCommentLine, leadingComments, lineEnd, lineStart, linesIn } from './yaml-text.js';
import type { MEntry, MMap, MNode, MSeq } from './tree.js';

export interface EditSink {
  edits: Edit[];
  /** What could not be edited safely; the layer is then left alone. */
  problems: string[];
}

const isFlow = (node: VNode, text: string) =>
  node.kind !== 'scalar' && (text[node.span.start] === '{' || text[node.span.start] === '[');

/** Every origin entry the rewritten tree still uses, wherever it now is. */
function usedOrigins(node: MNode, out = new Set<VEntry>()): Set<VEntry> {
  if (node.kind === 'map')
    for (const e of node.entries) {
      if (e.origin) out.add(e.origin);
      usedOrigins(e.value, out);
    }
  if (node.kind === 'seq') for (const i of node.items) usedOrigins(i, out);
  return out;
}

/** Where an entry ends: after its value's last line (block collections end after their newline already). */
function entryEnd(text: string, e: VEntry): number {
  const v = e.value;
  if (v.alias) return lineEnd(text, v.alias.start);
  const end =
    v.kind !== 'scalar' && !isFlow(v, text) ? v.span.end : lineEnd(text, Math.max(v.span.end - 1, e.keySpan.end));
  return Math.max(end, lineEnd(text, e.keySpan.start));
}

/** Removes an entry. Its comment lines stay where they are unless the entry moves (then they travel with it). */
function deleteEntry(text: string, e: VEntry, moving: boolean, ctx: RenderContext, sink: EditSink) {
  const start = moving ? leadingComments(text, e.keySpan.start).start : lineStart(text, e.keySpan.start);
  const end = entryEnd(text, e);
  let run: { start: number; end: number } | undefined;
  for (const line of linesIn(text, start, end)) {
    const keep = !moving && isCommentLine(line.text) && !ctx.claimed.has(line.start);
    if (keep) {
      if (run) sink.edits.push({ ...run, text: '' });
      run = undefined;
    } else run = run ? { start: run.start, end: line.end } : { start: line.start, end: line.end };
  }
  if (run) sink.edits.push({ ...run, text: '' });
}

function diffSeq(orig: VSeq, target: MSeq, ctx: RenderContext, sink: EditSink) {
  if (sameAsWritten(target)) return;
  if (isFlow(orig, ctx.text)) {
    sink.edits.push({ start: orig.span.start, end: orig.span.end, text: renderFlow(target, ctx) });
    return;
  }
  sink.problems.push(
    `the list at line ${ctx.text.slice(0, orig.span.start).split('\n').length} changes inside; helmvet does not rewrite block lists`,
  );
}

function diffValue(
  orig: VNode,
  target: MNode,
  ctx: RenderContext,
  sink: EditSink,
  depth: number,
  moved: Set<VEntry>,
  entry?: VEntry,
  targetEntry?: MEntry,
) {
  if (target.origin !== orig) {
    // A different value now stands here.
    if (entry && targetEntry) {
      const column = columnOf(ctx.text, entry.keySpan.start);
      sink.edits.push({
        start: lineStart(ctx.text, entry.keySpan.start),
        end: entryEnd(ctx.text, entry),
        text: renderEntry({ ...targetEntry, origin: undefined }, column, ctx),
      });
    }
    return;
  }
  if (orig.alias) {
    // Changing what an alias stands for would change every place the anchor is used: only a scalar is rewritten,
    // at the alias itself.
    if (sameAsWritten(target)) return;
    if (orig.kind === 'scalar' && target.kind === 'scalar')
      sink.edits.push({ start: orig.alias.start, end: orig.alias.end, text: formatScalar(target.value, orig) });
    else
      sink.problems.push(
        `${ctx.text.slice(orig.alias.start, orig.alias.end)} at line ${ctx.text.slice(0, orig.alias.start).split('\n').length} stands for an anchor used elsewhere; helmvet does not rewrite shared anchors`,
      );
    return;
  }
  if (orig.kind === 'map' && target.kind === 'map') diffMap(orig, target, ctx, sink, moved, depth + 1);
  else if (orig.kind === 'seq' && target.kind === 'seq') diffSeq(orig, target, ctx, sink);
  else if (orig.kind === 'scalar' && target.kind === 'scalar' && orig.value !== target.value) {
    sink.edits.push({ start: orig.span.start, end: orig.span.end, text: formatScalar(target.value, orig) });
  }
}

export function diffMap(
  orig: VMap,
  target: MMap,
  ctx: RenderContext,
  sink: EditSink,
  moved: Set<VEntry> = usedOrigins(target),
  depth = 0,
): void {
  const { text } = ctx;
  if (isFlow(orig, text)) {
    if (!sameAsWritten(target))
      sink.edits.push({ start: orig.span.start, end: orig.span.end, text: renderFlow(target, ctx) });
    return;
  }
  const origEntries = [...orig.entries.values()];
  const mine = new Set(origEntries);
  const survivors = new Map<VEntry, MEntry>();
  for (const t of target.entries) if (t.origin && mine.has(t.origin)) survivors.set(t.origin, t);
  const column = origEntries.length ? columnOf(text, origEntries[0]!.keySpan.start) : 0;

  for (const e of origEntries) {
    const t = survivors.get(e);
    if (!t) {
      deleteEntry(text, e, moved.has(e), ctx, sink);
      continue;
    }
    if (t.key !== e.key) sink.edits.push({ start: e.keySpan.start, end: e.keySpan.end, text: formatKey(t.key) });
    diffValue(e.value, t.value, ctx, sink, depth, moved, e, t);
  }

  // New entries go before the next entry that stays, or after the last entry of the map.
  const mapEnd = origEntries.length ? entryEnd(text, origEntries[origEntries.length - 1]!) : orig.span.end;
  /** Text inserted at `at`, after a line ending when it ends a text that has none. */
  const insert = (at: number, body: string) => {
    const prefix = at === text.length && !text.endsWith('\n') ? ctx.eol : '';
    sink.edits.push({ start: at, end: at, text: prefix + body, depth });
  };
  let pending: MEntry[] = [];
  const flush = (at: number) => {
    if (!pending.length) return;
    insert(at, pending.map((p) => renderEntry(p, column, ctx)).join(''));
    pending = [];
  };
  for (const t of target.entries) {
    if (t.origin && mine.has(t.origin)) flush(leadingComments(text, t.origin.keySpan.start).start);
    else pending.push(t);
  }
  flush(mapEnd);
  // A layer the migration emptied (its only keys removed) stays a map: with nothing left, `values:` would read as null,
  // which is not the empty map the migration computed.
  if (depth === 0 && origEntries.length > 0 && target.entries.length === 0)
    insert(mapEnd, `${' '.repeat(column)}{}${ctx.eol}`);
}
