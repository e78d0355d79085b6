// Which keys of a release's values the chart version in use does not accept, and the facts that explain each: the
// generated JSON Schema of that version finds them, the key history and the migration table say what happened to
// them. As data: the falco/removed-value, falco/unknown-value and falco/render-blocking-value rules word them.
import type { ChartVersion } from '../knowledge/charts.js';
import {
  MECHANICAL,
  migrationCovering,
  migrationFor,
  removesWholeMap,
  type ValuesMigration,
} from '../knowledge/migrations.js';
import { suggestKeys } from '../knowledge/suggest.js';
import type { KeyHistory } from '../knowledge/values-keys.js';
import type { Fix, Severity } from '../findings.js';
import { entryAt, toPlain, type VEntry, type VNode } from '../model/values.js';
import { runningFalco, type RunningFalco } from './runs.js';

export type { RunningFalco };

/** The chart version values are checked against, or `any`: only what no version accepts is wrong. */
export type ValuesTarget =
  | { kind: 'version'; chart: ChartVersion; /** `chart 9.1.0`, or a longer phrase that names it */ label: string }
  | { kind: 'any' };

export type KeyProblemKind = 'removed' | 'unknown' | 'render-blocking';

/** Where a key's value goes instead: a key (`to`), written as a setting (`driver.kind: ebpf`) or a list. */
export type Target = {
  to: string | null;
  /** The value to write at `to`, when it is a setting rather than a move. */
  setting: string | null;
  /** How the value changes shape on the way: a one-item list, or keys below in snake_case. */
  shape: 'list' | 'snake-case' | null;
  /** Why there is no target, or what to decide. */
  note: string | null;
};

/** One key of a moved map. */
export type Part = Target & {
  key: string;
  /** The key has no place and is dropped. */
  drop: boolean;
  /** The migration table leaves the key to a person. */
  manual: boolean;
};

/** What to write instead of a removed key, as the migration table says. */
export type Replacement =
  | { form: 'move-map'; to: string; note: string | null; parts: Part[] }
  | { form: 'delete-map'; note: string | null; kept: Part[] }
  | ({ form: 'use' } & Target)
  | { form: 'manual'; note: string }
  | { form: 'delete'; note: string | null };

export type KeyProblemData =
  | {
      variant: 'removed';
      path: string;
      removedIn: string;
      onlyV1: boolean;
      backIn: string | null;
      target: string;
      effect: 'startup-failure' | 'overwritten' | 'falco-config' | 'ignored';
      falco: RunningFalco;
      breaks: string | null;
      replacement: Replacement | null;
      suggestions: string[];
      mechanical: boolean;
    }
  | {
      variant: 'unknown-anywhere';
      path: string;
      oldest: string;
      newest: string;
      suggestions: string[];
      parent: string | null;
      siblings: string[];
    }
  | {
      variant: 'falco-reads-later';
      path: string;
      falco: RunningFalco;
      chartLabel: string;
      readsFrom: string;
      chartFrom: string | null;
      suggestions: string[];
    }
  | { variant: 'later-chart'; path: string; target: string; firstIn: string; suggestions: string[] }
  | { variant: 'scalar-parent'; path: string; target: string; parent: string; type: 'bool' | 'number' }
  | { variant: 'not-falco-config'; path: string; falco: RunningFalco; chartLabel: string; suggestions: string[] }
  | {
      variant: 'unknown-here';
      path: string;
      target: string;
      suggestions: string[];
      parent: string | null;
      siblings: string[];
    }
  | { variant: 'render-null'; path: string; target: string }
  | {
      variant: 'render-blocking';
      path: string;
      target: string;
      replacement: Replacement | null;
      inUse: boolean;
      mechanical: boolean;
    };

export interface KeyProblem {
  kind: KeyProblemKind;
  /** The key, as a path from the values root. */
  path: string[];
  /** The merged entry (where helmvet points when no layer writes the key itself). */
  entry: VEntry;
  severity: Severity;
  data: KeyProblemData;
  references: readonly string[];
  /** Whether `helmvet migrate` rewrites it (`safe`), or a person has to (`manual`); the rule words the fix. */
  fix?: Fix['kind'];
}

const isNull = (n: VNode) => n.kind === 'scalar' && n.value === null;
const versionAt = (k: KeyHistory, vi: number) => k.versions[vi]!;
/** A pre-release (9.2.0-rc1) is never where a key "first appears" or "is back": users install the release. */
const stable = (k: KeyHistory, vi: number) => !versionAt(k, vi).includes('-');

function decodePointer(pointer: string): string[] {
  return pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Does the user's value set `enabled: true` anywhere below (a feature in use, not a leftover)? */
function enablesSomething(node: VNode): boolean {
  if (node.kind !== 'map') return false;
  for (const e of node.entries.values())
    if ((e.key === 'enabled' && e.value.kind === 'scalar' && e.value.value === true) || enablesSomething(e.value))
      return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Replacements: follow the migration table from the old key to a key the target version accepts.

const target = (t: Partial<Target>): Target => ({
  to: t.to ?? null,
  setting: t.setting ?? null,
  shape: t.shape ?? null,
  note: t.note ?? null,
});

/**
 * Where a key's value goes in version `vi`: along the table's chain of renames until a key `vi` accepts, or to the
 * entry that deletes it.
 */
function follow(
  k: KeyHistory,
  to: string,
  vi: number,
  transforms: string[],
): { path?: string; note?: string; deleted?: boolean } {
  let path = to;
  for (let hops = 0; hops < 8; hops++) {
    if (k.acceptedAt(path.split('.'), vi)) return { path };
    const m = migrationCovering(path);
    if (!m || k.versionIndex(m.since)! > vi) return {};
    if (m.from === path) transforms.push(m.transform);
    if (!m.to) return { ...(m.note ? { note: m.note } : {}), deleted: m.transform === 'delete' };
    path = m.to + path.slice(m.from.length);
  }
  return {};
}

function replacementOf(
  k: KeyHistory,
  from: string,
  value: VNode,
  vi: number,
  parent?: ValuesMigration,
): Target & { mechanical: boolean } {
  const m = migrationFor(from);
  if (!m) {
    if (parent?.effect === 'overwritten')
      return {
        ...target({ note: `no ${parent.to ?? 'other'} key maps to it; it still passes through under ${parent.from}` }),
        mechanical: false,
      };
    // A key below a map that moved as a whole: the same key below the map's new place, when that exists. The table
    // has no entry for it, so `helmvet migrate` leaves it to a person (migrate/transforms.ts, `each-key`).
    if (parent?.to) {
      const t = follow(k, `${parent.to}${from.slice(parent.from.length)}`, vi, []);
      return t.path
        ? { ...target({ to: t.path }), mechanical: false }
        : { ...target({ note: 'it has no equivalent' }), mechanical: false };
    }
    return { ...target({}), mechanical: parent !== undefined && removesWholeMap(parent) };
  }
  if (m.transform === 'ebpf-enabled-to-driver-kind' || m.transform === 'gvisor-enabled-to-driver-kind') {
    const kind = m.transform === 'ebpf-enabled-to-driver-kind' ? 'ebpf' : 'gvisor';
    if (!(value.kind === 'scalar' && value.value === true))
      return { ...target({ note: 'it is not true' }), mechanical: true };
    if (vi >= k.versionIndex('9.0.0')!) {
      return kind === 'ebpf'
        ? {
            ...target({
              to: 'driver.kind',
              setting: 'modern_ebpf',
              note: 'the legacy eBPF probe is gone from chart 9.0.0',
            }),
            mechanical: false,
          }
        : { ...target({ note: 'the gVisor engine is gone from chart 9.0.0, with no replacement' }), mechanical: false };
    }
    return { ...target({ to: 'driver.kind', setting: kind }), mechanical: true };
  }
  if (m.transform === 'manual') return { ...target({ ...(m.note ? { note: m.note } : {}) }), mechanical: false };
  if (!m.to)
    return {
      ...target({ ...(m.note ? { note: m.note } : {}) }),
      mechanical: m.transform === 'delete' || (m.transform === 'each-key' && eachKeyMechanical(k, from, value, vi, m)),
    };
  const transforms: string[] = [m.transform];
  const t = follow(k, m.to, vi, transforms);
  if (!t.path)
    return {
      ...target({ note: t.note ?? m.note ?? 'nothing replaces it in this version' }),
      mechanical: t.deleted === true,
    };
  const shape = transforms.includes('socket-to-sockets')
    ? 'list'
    : transforms.includes('camel-to-snake') && value.kind === 'map'
      ? 'snake-case'
      : null;
  const mechanical =
    m.transform === 'each-key'
      ? eachKeyMechanical(k, from, value, vi, m)
      : transforms.every((x) => MECHANICAL.has(x as never));
  return { ...target({ to: t.path, shape, ...(m.note ? { note: m.note } : {}) }), mechanical };
}

function eachKeyMechanical(k: KeyHistory, from: string, value: VNode, vi: number, m: ValuesMigration): boolean {
  if (value.kind !== 'map') return true;
  return [...value.entries.values()].every(
    (e) => isNull(e.value) || replacementOf(k, `${from}.${e.key}`, e.value, vi, m).mechanical,
  );
}

/** One key of a moved map: where it goes, kept with a note, or dropped. */
function partOf(key: string, r: Target, manual: boolean): Part {
  const drop = !r.to && !(manual && r.note) && !r.note?.startsWith('no ');
  return { key, to: r.to, setting: r.setting, shape: r.shape, note: r.note, drop, manual };
}

/** What to write instead of a removed key, and whether `helmvet migrate` can write it. */
export function replacement(
  k: KeyHistory,
  from: string,
  value: VNode,
  vi: number,
): { replacement: Replacement | null; mechanical: boolean } {
  const m = migrationFor(from);
  if (!m) return { replacement: null, mechanical: false };
  if (m.transform === 'each-key' && value.kind === 'map') {
    const parts: Part[] = [];
    let mechanical = true;
    for (const e of value.entries.values()) {
      if (isNull(e.value)) continue;
      const r = replacementOf(k, `${from}.${e.key}`, e.value, vi, m);
      mechanical &&= r.mechanical;
      parts.push(partOf(e.key, r, migrationFor(`${from}.${e.key}`)?.transform === 'manual'));
    }
    const to = m.to ? follow(k, m.to, vi, []).path : undefined;
    if (to) return { replacement: { form: 'move-map', to, note: m.note ?? null, parts }, mechanical };
    return {
      replacement: { form: 'delete-map', note: m.note ?? null, kept: parts.filter((p) => !p.drop) },
      mechanical,
    };
  }
  const r = replacementOf(k, from, value, vi);
  const { mechanical, ...t } = r;
  if (t.to) return { replacement: { form: 'use', ...t }, mechanical };
  if (m.transform === 'manual' && t.note) return { replacement: { form: 'manual', note: t.note }, mechanical: false };
  return { replacement: { form: 'delete', note: t.note }, mechanical };
}

// ---------------------------------------------------------------------------------------------------------------
// Problems.

/** Keys directly under `falco` are Falco's configuration from chart 2.0.0 on, passed through as falco.yaml. */
const passedToFalco = (k: KeyHistory, path: readonly string[], vi: number) =>
  path.length === 2 && path[0] === 'falco' && k.kindAt('falco', vi) === 'falco';

/** The first Falco release after `version` that reads `key`. */
function firstFalcoReading(k: KeyHistory, key: string, version: string): string | undefined {
  const from = k.falcoVersions.indexOf(version);
  return k.falcoVersions.slice(from + 1).find((v) => k.falcoReads(key, v));
}

/** The keys of the parent, when few enough to list. */
function siblingsOf(
  k: KeyHistory,
  path: readonly string[],
  vi: number | undefined,
): { parent: string | null; siblings: string[] } {
  if (path.length < 2) return { parent: null, siblings: [] };
  const parent = path.slice(0, -1).join('.');
  const keys = k.childKeys(parent, vi).sort();
  return keys.length > 0 && keys.length <= 8 ? { parent, siblings: keys } : { parent: null, siblings: [] };
}

function removedProblem(
  k: KeyHistory,
  path: string[],
  entry: VEntry,
  vi: number,
  before: number,
  after: number | undefined,
  t: { label: string },
  falco: RunningFalco,
): KeyProblem {
  const dotted = path.join('.');
  const m = migrationFor(dotted);
  const removedIn = versionAt(k, before + 1);
  const onlyV1 = removedIn === '2.0.0' && k.acceptingVersions(path).every((i) => versionAt(k, i).startsWith('1.'));
  const effect =
    m?.effect === 'startup-failure' || m?.effect === 'overwritten'
      ? m.effect
      : passedToFalco(k, path, vi)
        ? 'falco-config'
        : 'ignored';
  const r = m ? replacement(k, dotted, entry.value, vi) : { replacement: null, mechanical: false };
  const suggestions = m ? [] : suggestKeys(k, path, vi);
  const mechanical = m !== undefined && r.mechanical;
  const rep = r.replacement;
  return {
    kind: 'removed',
    path,
    entry,
    severity: effect === 'startup-failure' ? 'error' : 'warning',
    data: {
      variant: 'removed',
      path: dotted,
      removedIn,
      onlyV1,
      backIn: after !== undefined ? versionAt(k, after) : null,
      target: t.label,
      effect,
      falco,
      breaks: m?.breaks ?? null,
      replacement: rep,
      suggestions,
      mechanical,
    },
    references: m?.sources ?? [],
    fix: mechanical ? 'safe' : 'manual',
  };
}

function unknownProblem(
  k: KeyHistory,
  path: string[],
  entry: VEntry,
  vi: number | undefined,
  t: ValuesTarget,
  falco: RunningFalco | undefined,
): KeyProblem {
  const dotted = path.join('.');
  const suggestions = suggestKeys(k, path, vi);
  const problem = (data: KeyProblemData): KeyProblem => ({
    kind: 'unknown',
    path,
    entry,
    severity: 'warning',
    data,
    references: [],
    ...(suggestions.length ? { fix: 'manual' as const } : {}),
  });
  if (t.kind === 'any' || vi === undefined)
    return problem({
      variant: 'unknown-anywhere',
      path: dotted,
      oldest: k.versions[0]!,
      newest: k.versions.at(-1)!,
      suggestions,
      ...(suggestions.length ? { parent: null, siblings: [] } : siblingsOf(k, path, undefined)),
    });
  const later = k.acceptingVersions(path).find((i) => i > vi && stable(k, i));
  const falcoKey = falco !== undefined && passedToFalco(k, path, vi);
  const readsFrom = falcoKey && falco.version ? firstFalcoReading(k, path[1]!, falco.version) : undefined;
  const scalar = k.acceptance(path, vi);
  if (falcoKey && readsFrom) {
    const chartFrom = later !== undefined && k.kindAt(dotted, later) === 'falco-config' ? versionAt(k, later) : null;
    return problem({
      variant: 'falco-reads-later',
      path: dotted,
      falco,
      chartLabel: t.label,
      readsFrom,
      chartFrom,
      suggestions,
    });
  }
  if (later !== undefined)
    return problem({
      variant: 'later-chart',
      path: dotted,
      target: t.label,
      firstIn: versionAt(k, later),
      suggestions,
    });
  if (!scalar.accepted && scalar.scalar)
    return problem({
      variant: 'scalar-parent',
      path: dotted,
      target: t.label,
      parent: scalar.scalar.path,
      type: scalar.scalar.kind,
    });
  if (falcoKey) return problem({ variant: 'not-falco-config', path: dotted, falco, chartLabel: t.label, suggestions });
  return problem({
    variant: 'unknown-here',
    path: dotted,
    target: t.label,
    suggestions,
    ...(suggestions.length ? { parent: null, siblings: [] } : siblingsOf(k, path, vi)),
  });
}

function renderBlockingProblem(
  k: KeyHistory,
  path: string[],
  entry: VEntry,
  t: { label: string },
  vi: number,
): KeyProblem {
  const dotted = path.join('.');
  const m = migrationFor(dotted);
  const nullValue = isNull(entry.value);
  const r = replacement(k, dotted, entry.value, vi);
  const inUse = enablesSomething(entry.value);
  const mechanical = r.mechanical && !inUse;
  return {
    kind: 'render-blocking',
    path,
    entry,
    severity: nullValue ? 'warning' : 'error',
    data: nullValue
      ? { variant: 'render-null', path: dotted, target: t.label }
      : { variant: 'render-blocking', path: dotted, target: t.label, replacement: r.replacement, inUse, mechanical },
    references: m?.sources ?? [],
    fix: mechanical || nullValue ? 'safe' : 'manual',
  };
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * The keys of `values` that the target does not accept, explained. Null values are left alone (Helm reads
 * `key: null` as "delete the default"), except for the 9.x render guard, which tests presence.
 */
export function checkValueKeys(values: VNode | undefined, t: ValuesTarget, k: KeyHistory): KeyProblem[] {
  if (values?.kind !== 'map') return [];
  const vi = t.kind === 'version' ? k.versionIndex(t.chart.version) : undefined;
  if (t.kind === 'version' && vi === undefined) return [];
  const problems: KeyProblem[] = [];
  const guard = vi === undefined ? [] : k.renderGuardAt(vi);
  for (const g of guard) {
    const entry = entryAt(values, g.split('.'));
    if (entry && t.kind === 'version') problems.push(renderBlockingProblem(k, g.split('.'), entry, t, vi!));
  }
  const validate = k.validator(t.kind === 'version' ? t.chart.version : 'any');
  if (!validate) return problems;
  validate(toPlain(values));
  const falco = t.kind === 'version' ? runningFalco(values, t.chart) : undefined;
  for (const error of validate.errors ?? []) {
    if (error.keyword !== 'additionalProperties') continue;
    const path = [
      ...decodePointer(error.instancePath),
      String((error.params as { additionalProperty: string }).additionalProperty),
    ];
    if (guard.includes(path.join('.'))) continue;
    const entry = entryAt(values, path);
    if (!entry || isNull(entry.value)) continue;
    if (t.kind === 'any' || vi === undefined || !falco) {
      // The schema of "some version" is the bundled versions'; a version helmvet learned since may have the key.
      if (k.acceptingVersions(path).length === 0)
        problems.push(unknownProblem(k, path, entry, undefined, t, undefined));
      continue;
    }
    // falco.rules_file with `falco.rules_files: null` is the old key alone, which Falco still reads (deprecated).
    const m = migrationFor(path.join('.'));
    const replacementEntry = m?.effect === 'startup-failure' && m.to ? entryAt(values, m.to.split('.')) : undefined;
    if (replacementEntry && isNull(replacementEntry.value)) continue;
    const accepting = k.acceptingVersions(path);
    if (falco.pinned && passedToFalco(k, path, vi) && !pinnedFalcoMisses(k, path, accepting, vi, falco)) continue;
    const before = accepting.filter((i) => i < vi).at(-1);
    const after = accepting.find((i) => i > vi && stable(k, i));
    problems.push(
      before !== undefined
        ? removedProblem(k, path, entry, vi, before, after, t, falco)
        : unknownProblem(k, path, entry, vi, t, falco),
    );
  }
  return problems;
}

/**
 * With another Falco image than the chart's, a key directly under `falco` is wrong only if that Falco does not read
 * it either, or the chart itself overrides it; for an image helmvet cannot name, only if no version has it.
 */
function pinnedFalcoMisses(
  k: KeyHistory,
  path: readonly string[],
  accepting: readonly number[],
  vi: number,
  falco: RunningFalco,
): boolean {
  const m = migrationFor(path.join('.'));
  const chartDriven =
    m !== undefined && k.versionIndex(m.since)! <= vi && (m.effect === 'overwritten' || m.effect === 'startup-failure');
  if (!falco.version || k.falcoReads(path[1]!, falco.version) === undefined)
    return chartDriven || accepting.length === 0;
  // falco.rules_file breaks only a Falco that reads rules_files as well (0.38.0 on).
  if (m?.effect === 'startup-failure') return k.falcoReads('rules_files', falco.version) === true;
  return chartDriven || !k.falcoReads(path[1]!, falco.version);
}
