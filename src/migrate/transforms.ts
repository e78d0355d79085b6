// Applies entries of the replacement table (src/knowledge/migrations.ts) to a working tree.
import semver from 'semver';
import { MECHANICAL, removesWholeMap, VALUES_MIGRATIONS, type ValuesMigration } from '../knowledge/migrations.js';
import type { ChangeKind, ChangeLog } from './changes.js';
import { get, locate, put, remove, scalar, type MEntry, type MMap, type MNode } from './tree.js';

const split = (path: string) => path.split('.');
const snake = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1_$2')
    .toLowerCase();

/** Keys of a moved map, converted below it (`httpOutput: {userAgent: x}` → `http_output: {user_agent: x}`). */
function convertKeys(node: MNode, convert: (key: string) => string): MNode {
  if (node.kind !== 'map') return node;
  return {
    ...node,
    entries: node.entries.map((e) => ({ ...e, key: convert(e.key), value: convertKeys(e.value, convert) })),
  };
}

/** The entry, among the destination's ancestors that already exist, before which a new branch is best placed. */
function placeBefore(root: MMap, from: string[], to: string[]): MEntry | undefined {
  let common = 0;
  while (common < from.length - 1 && common < to.length - 1 && from[common] === to[common]) common++;
  return locate(root, from.slice(0, common + 1))?.entry;
}

const why = (m: ValuesMigration) =>
  `chart ${m.since} ${m.effect === 'render-failure' ? 'fails to render with it' : m.effect === 'startup-failure' ? 'makes Falco refuse to start with it' : m.effect === 'overwritten' ? 'overwrites it from another key' : 'ignores it'}`;

/** Removes the entry's key, saying so with its note. */
function removeEntry(root: MMap, m: ValuesMigration, log: ChangeLog): void {
  remove(root, split(m.from));
  log.change(m.from, 'removed', `removed${m.note ? ` (${m.note})` : ''}`, why(m), m.sources);
}

/** Applies one table entry to the tree if its key is there. Entries of maps (`each-key`) are applied child first. */
export function applyMigration(root: MMap, m: ValuesMigration, log: ChangeLog): void {
  const from = split(m.from);
  const at = locate(root, from);
  if (!at) return;
  const { entry } = at;
  if (m.transform === 'each-key') {
    // The children had their own entries (applied before this one); what is left has none.
    if (entry.value.kind === 'map' && entry.value.entries.length === 0) {
      remove(root, from);
      return;
    }
    // A map whose presence fails the render, with no new place: all of it goes, whatever the children's notes said.
    if (removesWholeMap(m)) {
      log.settle(m.from);
      removeEntry(root, m, log);
      return;
    }
    if (entry.value.kind !== 'map')
      log.leave(m.from, `${m.note ?? `move it to ${m.to ?? 'its new place'} by hand`}`, m.sources);
    else
      for (const e of entry.value.entries)
        log.leave(
          `${m.from}.${e.key}`,
          m.note ??
            `no mechanical rewrite for this key; ${m.to ? `its place is under ${m.to}` : 'nothing replaces it'}`,
          m.sources,
        );
    return;
  }
  if (!MECHANICAL.has(m.transform)) {
    log.leave(m.from, m.note ?? 'no mechanical rewrite', m.sources);
    return;
  }
  const to = m.to ? split(m.to) : undefined;
  if (m.transform === 'delete' || !to) {
    removeEntry(root, m, log);
    return;
  }
  if (
    get(root, to) !== undefined &&
    m.transform !== 'ebpf-enabled-to-driver-kind' &&
    m.transform !== 'gvisor-enabled-to-driver-kind'
  ) {
    remove(root, from);
    log.change(m.from, 'removed', `removed: ${m.to} is already set, and it wins`, why(m), m.sources);
    return;
  }
  let value: MNode | undefined = entry.value;
  let what = `moved to ${m.to}`;
  let change: ChangeKind = 'moved';
  switch (m.transform) {
    case 'socket-to-sockets':
      value = { kind: 'seq', items: [entry.value], flow: true };
      what = `moved to ${m.to} as a one-item list`;
      break;
    case 'camel-to-snake':
      value = convertKeys(entry.value, snake);
      break;
    case 'ebpf-enabled-to-driver-kind':
    case 'gvisor-enabled-to-driver-kind': {
      const kind = m.transform === 'ebpf-enabled-to-driver-kind' ? 'ebpf' : 'gvisor';
      const on = entry.value.kind === 'scalar' && entry.value.value === true;
      value = on && get(root, to) === undefined ? scalar(kind) : undefined;
      what = value
        ? `became ${m.to}: ${kind}`
        : on
          ? `removed: ${m.to} is already set`
          : 'removed (false was the default)';
      change = value ? 'rewritten' : 'removed';
      break;
    }
    default:
      break;
  }
  const before = placeBefore(root, from, to);
  if (value) put(root, to, value, entry.origin, before);
  remove(root, from);
  log.change(m.from, change, what, why(m), m.sources);
}

/** The table's entries since `fromExclusive` up to `toInclusive`, deepest paths first so that maps see what their children left. */
export function entriesFor(fromExclusive: string, toInclusive: string): ValuesMigration[] {
  return VALUES_MIGRATIONS.filter((m) => semver.lte(m.since, toInclusive) && semver.gt(m.since, fromExclusive)).sort(
    (a, b) => semver.compare(a.since, b.since) || b.from.split('.').length - a.from.split('.').length,
  );
}
