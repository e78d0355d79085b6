// Values as a tree in which every node remembers where it was written, and Helm's merge of layers.
import { isAlias, isMap, isPair, isScalar, isSeq, visit, type Alias, type Document, type Node } from 'yaml';
import type { Span } from '../findings.js';
import type { SourceFile } from '../load/source.js';

export type ScalarValue = string | number | boolean | null;

export interface VEntry {
  key: string;
  keySpan: Span;
  value: VNode;
}
/** Where an aliased value is written as `*name` (its `span` is the anchored value it stands for). */
interface Aliased {
  alias?: Span;
}

export interface VMap extends Aliased {
  kind: 'map';
  entries: Map<string, VEntry>;
  span: Span;
  /** Written in flow style (`{a: 1}`). */
  flow?: boolean;
}
export interface VSeq extends Aliased {
  kind: 'seq';
  items: VNode[];
  span: Span;
  flow?: boolean;
}
export interface VScalar extends Aliased {
  kind: 'scalar';
  value: ScalarValue;
  /** The scalar as written (a version of `1.10` stays "1.10", not 1.1). */
  source: string;
  span: Span;
  /** How it is written: PLAIN, QUOTE_SINGLE, QUOTE_DOUBLE, BLOCK_LITERAL, BLOCK_FOLDED. */
  style?: string;
}
export type VNode = VMap | VSeq | VScalar;

/** Maps offsets of a parsed text to spans of the file it lives in (itself, or a host file for YAML in a string). */
export interface Locator {
  file: SourceFile;
  span(start: number, end: number): Span;
}

export const fileLocator = (file: SourceFile): Locator => ({ file, span: (start, end) => ({ file, start, end }) });

/** Alias expansion is bounded, so that a billion-laughs document costs nothing. */
export const MAX_VALUE_NODES = 200_000;
export class ValuesTooLargeError extends Error {}

/**
 * Every alias of a document with the node it stands for (the last node before it with its anchor, as yaml's
 * Alias.resolve finds it), in one pass. Alias.resolve walks the whole document for each alias: 32,000 aliases in a
 * 128 KB file took 105 seconds.
 */
const aliasTargets = new WeakMap<Document.Parsed, Map<Alias, Node | undefined>>();
function aliasTarget(doc: Document.Parsed, alias: Alias): Node | undefined {
  let targets = aliasTargets.get(doc);
  if (!targets) {
    const found = new Map<Alias, Node | undefined>();
    const anchors = new Map<string, Node>();
    visit(doc, {
      Node(_, node) {
        if (isAlias(node)) found.set(node, anchors.get(node.source));
        else if (node.anchor) anchors.set(node.anchor, node);
      },
    });
    aliasTargets.set(doc, (targets = found));
  }
  return targets.get(alias);
}

interface Walk {
  doc: Document.Parsed;
  at: Locator;
  budget: number;
  resolving: Set<Node>;
  /** Paths not to convert (left out of the tree). */
  prune: readonly (readonly string[])[];
}

const pruned = (w: Walk, path: readonly string[]) =>
  w.prune.some((p) => p.length === path.length && p.every((k, i) => k === path[i]));

function spanOf(node: Node, w: Walk, fallback: Span): Span {
  const range = node.range;
  return range ? w.at.span(range[0], range[1]) : fallback;
}

/** Longest text of a collection key that is kept. */
const MAX_KEY_TEXT = 100;

/**
 * A collection or alias written as a key (`? [a, b]: 1`), as short flow text. Not yaml's toJSON: it JSON-encodes
 * the text of nested collection keys again at every level, so 30 nested `? ` keys make a gigabyte string. Helm
 * rejects such values anyway (its JSON conversion takes only scalar keys); the key only has to be named.
 */
function collectionKey(node: Node): string {
  let out = '';
  // false once the text is long enough: the rest of the key is not looked at.
  const put = (s: string) => (out += s).length < MAX_KEY_TEXT;
  const write = (n: unknown): boolean => {
    if (isScalar(n)) return put(String(n.value));
    if (isAlias(n)) return put(`*${n.source}`);
    if (isSeq(n)) return put('[') && n.items.every((item, i) => (i === 0 || put(', ')) && write(item)) && put(']');
    if (isMap(n))
      return (
        put('{') &&
        n.items.every((pair, i) => (i === 0 || put(', ')) && write(pair.key) && put(': ') && write(pair.value)) &&
        put('}')
      );
    return put('');
  };
  write(node);
  return out.length > MAX_KEY_TEXT ? `${out.slice(0, MAX_KEY_TEXT)}…` : out;
}

function convert(node: Node | null | undefined, w: Walk, fallback: Span, path: readonly string[] = []): VNode {
  if (--w.budget < 0) throw new ValuesTooLargeError(`more than ${MAX_VALUE_NODES} values after alias expansion`);
  if (node == null) return { kind: 'scalar', value: null, source: '', span: fallback };
  if (isAlias(node)) {
    const target = aliasTarget(w.doc, node);
    if (!target || w.resolving.has(target))
      return { kind: 'scalar', value: null, source: '', span: spanOf(node, w, fallback) };
    w.resolving.add(target);
    try {
      // An alias is the anchored value itself: findings point at the anchor, where it is written once; edits need
      // to know where the alias is written too.
      return { ...convert(target, w, fallback, path), alias: spanOf(node, w, fallback) };
    } finally {
      w.resolving.delete(target);
    }
  }
  const span = spanOf(node, w, fallback);
  if (isMap(node)) {
    const entries = new Map<string, VEntry>();
    const merged: VMap[] = [];
    for (const pair of node.items) {
      if (!isPair(pair)) continue;
      const keyNode = pair.key as Node | null;
      const keySpan = keyNode ? spanOf(keyNode, w, span) : span;
      if (isScalar(keyNode) && (typeof keyNode.value === 'symbol' || keyNode.value === '<<')) {
        // YAML merge key: entries of the merged maps apply unless the map sets them itself.
        const value = convert(pair.value as Node | null, w, keySpan);
        if (value.kind === 'map') merged.push(value);
        else if (value.kind === 'seq') merged.push(...value.items.filter((i): i is VMap => i.kind === 'map'));
        continue;
      }
      const key = isScalar(keyNode) ? String(keyNode.value) : keyNode ? collectionKey(keyNode) : '';
      if (w.prune.length && pruned(w, [...path, key])) continue;
      entries.set(key, {
        key,
        keySpan,
        value: convert(pair.value as Node | null, w, keySpan, w.prune.length ? [...path, key] : path),
      });
    }
    for (const m of merged) for (const [k, e] of m.entries) if (!entries.has(k)) entries.set(k, e);
    return { kind: 'map', entries, span, ...(node.flow ? { flow: true } : {}) };
  }
  if (isSeq(node))
    return {
      kind: 'seq',
      items: node.items.map((i) => convert(i as Node | null, w, span)),
      span,
      ...(node.flow ? { flow: true } : {}),
    };
  if (isScalar(node)) {
    const v = node.value;
    const value: ScalarValue =
      v === null || v === undefined
        ? null
        : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean'
          ? v
          : (node.source ?? null);
    return {
      kind: 'scalar',
      value,
      source: node.source ?? String(value),
      span,
      ...(node.type ? { style: node.type } : {}),
    };
  }
  return { kind: 'scalar', value: null, source: '', span };
}

/** The values tree of a YAML node. Throws ValuesTooLargeError past the alias budget. */
export function toValues(
  node: Node | null | undefined,
  doc: Document.Parsed,
  at: Locator,
  prune: readonly (readonly string[])[] = [],
): VNode {
  const whole = at.span(0, 0);
  return convert(node, { doc, at, budget: MAX_VALUE_NODES, resolving: new Set(), prune }, whole);
}

export function child(node: VNode | undefined, key: string): VNode | undefined {
  return node?.kind === 'map' ? node.entries.get(key)?.value : undefined;
}

export function entryAt(node: VNode | undefined, path: readonly string[]): VEntry | undefined {
  let current = node;
  let entry: VEntry | undefined;
  for (const key of path) {
    if (current?.kind !== 'map') return undefined;
    entry = current.entries.get(key);
    if (!entry) return undefined;
    current = entry.value;
  }
  return entry;
}

export function valueAt(node: VNode | undefined, path: readonly string[]): VNode | undefined {
  return path.length === 0 ? node : entryAt(node, path)?.value;
}

export function scalarAt(node: VNode | undefined, path: readonly string[]): VScalar | undefined {
  const v = valueAt(node, path);
  return v?.kind === 'scalar' ? v : undefined;
}

export function stringAt(node: VNode | undefined, path: readonly string[]): string | undefined {
  const s = scalarAt(node, path);
  return s && s.value !== null ? (s.source && typeof s.value !== 'string' ? s.source : String(s.value)) : undefined;
}

/** A boolean as Helm templates see it; undefined when not set (or not a boolean). */
export function boolAt(node: VNode | undefined, path: readonly string[]): boolean | undefined {
  const v = scalarAt(node, path)?.value;
  return typeof v === 'boolean' ? v : undefined;
}

/**
 * Helm's coalescing of a user layer over what came before (as Flux merges valuesFrom and spec.values):
 * maps merge key by key, anything else replaces.
 */
export function mergeValues(base: VNode | undefined, over: VNode): VNode {
  if (base?.kind !== 'map' || over.kind !== 'map') return over;
  const entries = new Map(base.entries);
  for (const [key, entry] of over.entries) {
    const prior = entries.get(key);
    entries.set(key, prior ? { ...entry, value: mergeValues(prior.value, entry.value) } : entry);
  }
  return { kind: 'map', entries, span: over.span };
}

/** Sets a value at a path, creating maps on the way (Flux `targetPath`). */
export function setPath(base: VNode | undefined, path: readonly string[], value: VNode, keySpan: Span): VNode {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const map: VMap =
    base?.kind === 'map'
      ? { ...base, entries: new Map(base.entries) }
      : { kind: 'map', entries: new Map(), span: keySpan };
  const prior = map.entries.get(head);
  map.entries.set(head, {
    key: head,
    keySpan: prior?.keySpan ?? keySpan,
    value: setPath(prior?.value, rest, value, keySpan),
  });
  return map;
}

/** Plain JavaScript of a values node, for schema validation and messages. */
export function toPlain(node: VNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  return Object.fromEntries([...node.entries.values()].map((e) => [e.key, toPlain(e.value)]));
}
