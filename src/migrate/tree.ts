// The working tree a migration rewrites: a copy of one values layer in which every node remembers the node it was
// written as (its origin), so that edits can later be computed against the text.
import type { VEntry, VMap, VNode, VScalar } from '../model/values.js';

export type MNode = MMap | MSeq | MScalar;

export interface MEntry {
  key: string;
  /** The entry as written, when it comes from the text (possibly under another key or parent now). */
  origin?: VEntry;
  value: MNode;
}

export interface MMap {
  kind: 'map';
  entries: MEntry[];
  origin?: VMap;
}

export interface MSeq {
  kind: 'seq';
  items: MNode[];
  origin?: VNode;
  /** Written in flow style when new (`sockets: [/run/containerd/containerd.sock]`). */
  flow?: boolean;
}

export interface MScalar {
  kind: 'scalar';
  value: string | number | boolean | null;
  origin?: VScalar;
}

export function fromValues(node: VNode): MNode {
  if (node.kind === 'scalar') return { kind: 'scalar', value: node.value, origin: node };
  if (node.kind === 'seq') return { kind: 'seq', items: node.items.map(fromValues), origin: node };
  return {
    kind: 'map',
    entries: [...node.entries.values()].map((e) => ({ key: e.key, origin: e, value: fromValues(e.value) })),
    origin: node,
  };
}

export const scalar = (value: MScalar['value']): MScalar => ({ kind: 'scalar', value });

/** Plain JavaScript of a working tree, for verification. */
export function plain(node: MNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(plain);
  return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]));
}

/** The entry at a path and the map that holds it. */
export function locate(root: MMap, path: readonly string[]): { parent: MMap; entry: MEntry } | undefined {
  let parent = root;
  for (let i = 0; i < path.length; i++) {
    const entry = parent.entries.find((e) => e.key === path[i]);
    if (!entry) return undefined;
    if (i === path.length - 1) return { parent, entry };
    if (entry.value.kind !== 'map') return undefined;
    parent = entry.value;
  }
  return undefined;
}

export const get = (root: MMap, path: readonly string[]) => locate(root, path)?.entry.value;

/** Removes the entry at a path; returns it. */
export function remove(root: MMap, path: readonly string[]): MEntry | undefined {
  const at = locate(root, path);
  if (!at) return undefined;
  at.parent.entries.splice(at.parent.entries.indexOf(at.entry), 1);
  return at.entry;
}

/**
 * Puts a value at a path, creating maps on the way. A new entry goes where `before` was (the entry it replaces),
 * else at the end of its map. An existing map at the path is merged into, key by key.
 */
export function put(root: MMap, path: readonly string[], value: MNode, origin?: VEntry, before?: MEntry): void {
  let parent = root;
  for (const key of path.slice(0, -1)) {
    let entry = parent.entries.find((e) => e.key === key);
    if (!entry || entry.value.kind !== 'map') {
      const created: MEntry = { key, value: { kind: 'map', entries: [] } };
      if (entry) parent.entries[parent.entries.indexOf(entry)] = created;
      else insertAt(parent, created, before);
      entry = created;
    }
    parent = entry.value as MMap;
  }
  const key = path[path.length - 1]!;
  const existing = parent.entries.find((e) => e.key === key);
  if (existing && existing.value.kind === 'map' && value.kind === 'map') {
    for (const e of value.entries) put(existing.value, [e.key], e.value, e.origin);
    return;
  }
  const entry: MEntry = { key, value, ...(origin ? { origin } : {}) };
  if (existing) parent.entries[parent.entries.indexOf(existing)] = entry;
  else insertAt(parent, entry, before);
}

function insertAt(parent: MMap, entry: MEntry, before: MEntry | undefined) {
  const at = before ? parent.entries.indexOf(before) : -1;
  if (at >= 0) parent.entries.splice(at, 0, entry);
  else parent.entries.push(entry);
}

/** Drops maps that a migration emptied (an empty map would be written as null, which deletes the chart's defaults). */
export function pruneEmptied(node: MMap): void {
  node.entries = node.entries.filter((e) => {
    if (e.value.kind !== 'map') return true;
    pruneEmptied(e.value);
    const wasEmpty = e.value.origin?.entries.size === 0;
    return e.value.entries.length > 0 || wasEmpty;
  });
}
