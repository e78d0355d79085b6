// Which keys of a release's values the chart version in use does not know, and why: the generated JSON Schema of
// that version (ajv) finds them, the key history and the migration table explain them.
import type { Fix, Severity } from '../findings.js';
import { entryAt, stringAt, toPlain, type VEntry, type VNode } from '../model/values.js';
import type { ChartVersion } from './charts.js';
import { MECHANICAL, migrationCovering, migrationFor, type ValuesMigration } from './migrations.js';
import { suggestKeys } from './suggest.js';
import { FALCO_VERSIONS, KEY_VERSIONS, acceptance, acceptedAt, acceptingVersions, childKeys, falcoReads, keyVersionIndex, kindAt, renderGuardAt } from './values-keys.js';
import { valuesValidator } from './values-schemas.js';

/** The chart version values are checked against, or `any`: only what no version accepts is wrong. */
export type ValuesTarget = { kind: 'version'; chart: ChartVersion; /** `chart 9.1.0`, or a longer phrase that names it */ label: string } | { kind: 'any' };

export type KeyProblemKind = 'removed' | 'unknown' | 'render-blocking';

export interface KeyProblem {
  kind: KeyProblemKind;
  /** The key, as a path from the values root. */
  path: string[];
  /** The merged entry (where helmvet points when no layer writes the key itself). */
  entry: VEntry;
  severity: Severity;
  message: string;
  references: readonly string[];
  fix?: Fix;
}

const code = (s: string) => `\`${s}\``;
const joinOr = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`);
const isNull = (n: VNode) => n.kind === 'scalar' && n.value === null;
const versionAt = (vi: number) => KEY_VERSIONS[vi]!;

function decodePointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Does the user's value set `enabled: true` anywhere below (a feature in use, not a leftover)? */
function enablesSomething(node: VNode): boolean {
  if (node.kind !== 'map') return false;
  for (const e of node.entries.values()) if ((e.key === 'enabled' && e.value.kind === 'scalar' && e.value.value === true) || enablesSomething(e.value)) return true;
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Replacements: follow the migration table from the old key to a key the target version accepts.

interface Replacement {
  /** How to write it instead, for the message: `` `driver.kind: ebpf` ``, `` `x.sockets` (a list) ``. */
  text: string | undefined;
  /** Why there is no replacement, or what to decide. */
  note?: string;
  mechanical: boolean;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * Where a key's value goes in version `vi`: along the table's chain of renames until a key `vi` accepts, or to the
 * entry that deletes it.
 */
function follow(to: string, vi: number, transforms: string[]): { path?: string; note?: string; deleted?: boolean } {
  let path = to;
  for (let hops = 0; hops < 8; hops++) {
    if (acceptedAt(path.split('.'), vi)) return { path };
    const m = migrationCovering(path);
    if (!m || keyVersionIndex(m.since)! > vi) return {};
    if (m.from === path) transforms.push(m.transform);
    if (!m.to) return { ...(m.note ? { note: m.note } : {}), deleted: m.transform === 'delete' };
    path = m.to + path.slice(m.from.length);
  }
  return {};
}

function replacementOf(from: string, value: VNode, vi: number, parent?: ValuesMigration): Replacement {
  const m = migrationFor(from);
  if (!m) {
    if (parent?.effect === 'overwritten') return { text: undefined, note: `no ${parent.to ?? 'other'} key maps to it; it still passes through under ${parent.from}`, mechanical: false };
    // A key below a map that moved as a whole: the same key below the map's new place, when that exists.
    if (parent?.to) {
      const target = follow(`${parent.to}${from.slice(parent.from.length)}`, vi, []);
      return target.path ? { text: code(target.path), mechanical: true } : { text: undefined, note: 'it has no equivalent', mechanical: true };
    }
    return { text: undefined, mechanical: parent !== undefined };
  }
  if (m.transform === 'ebpf-enabled-to-driver-kind' || m.transform === 'gvisor-enabled-to-driver-kind') {
    const kind = m.transform === 'ebpf-enabled-to-driver-kind' ? 'ebpf' : 'gvisor';
    if (!(value.kind === 'scalar' && value.value === true)) return { text: undefined, note: 'it is not true', mechanical: true };
    if (vi >= keyVersionIndex('9.0.0')!) {
      return kind === 'ebpf'
        ? { text: code('driver.kind: modern_ebpf'), note: 'the legacy eBPF probe is gone from chart 9.0.0', mechanical: false }
        : { text: undefined, note: 'the gVisor engine is gone from chart 9.0.0, with no replacement', mechanical: false };
    }
    return { text: code(`driver.kind: ${kind}`), mechanical: true };
  }
  if (m.transform === 'manual') return { text: undefined, ...(m.note ? { note: m.note } : {}), mechanical: false };
  if (!m.to) return { text: undefined, ...(m.note ? { note: m.note } : {}), mechanical: m.transform === 'delete' || (m.transform === 'each-key' && eachKeyMechanical(from, value, vi, m)) };
  const transforms: string[] = [m.transform];
  const target = follow(m.to, vi, transforms);
  if (!target.path) return { text: undefined, note: target.note ?? m.note ?? 'nothing replaces it in this version', mechanical: target.deleted === true };
  const suffix = transforms.includes('socket-to-sockets') ? ' (a list)' : transforms.includes('camel-to-snake') && value.kind === 'map' ? ' (keys below in snake_case)' : '';
  const mechanical = m.transform === 'each-key' ? eachKeyMechanical(from, value, vi, m) : transforms.every((t) => MECHANICAL.has(t as never));
  return { text: `${code(target.path)}${suffix}`, ...(m.note ? { note: m.note } : {}), mechanical };
}

function eachKeyMechanical(from: string, value: VNode, vi: number, m: ValuesMigration): boolean {
  if (value.kind !== 'map') return true;
  return [...value.entries.values()].every((e) => isNull(e.value) || replacementOf(`${from}.${e.key}`, e.value, vi, m).mechanical);
}

/** One key of a moved map, for the message: `` `socket` → `x.sockets` (a list) ``, `` drop `foo` ``. */
function partOf(key: string, r: Replacement, manual: boolean): { text: string; drop: boolean } {
  if (r.text) return { text: `${code(key)} → ${r.text}`, drop: false };
  if (manual && r.note) return { text: `${code(key)}: ${r.note}`, drop: false };
  if (r.note?.startsWith('no ')) return { text: `keep ${code(key)} (${r.note})`, drop: false };
  return { text: `drop ${code(key)}${r.note && r.note !== 'it has no equivalent' ? ` (${r.note})` : ''}`, drop: true };
}

/** `Move it to x: enabled → x.enabled, socket → x.sockets (a list).`, `Use x instead.`, `Delete it: why.` */
function replacementClause(from: string, value: VNode, vi: number): { text: string; mechanical: boolean } {
  const m = migrationFor(from);
  if (!m) return { text: '', mechanical: false };
  if (m.transform === 'each-key' && value.kind === 'map') {
    const parts: { text: string; drop: boolean }[] = [];
    let mechanical = true;
    for (const e of value.entries.values()) {
      if (isNull(e.value)) continue;
      const r = replacementOf(`${from}.${e.key}`, e.value, vi, m);
      mechanical &&= r.mechanical;
      parts.push(partOf(e.key, r, migrationFor(`${from}.${e.key}`)?.transform === 'manual'));
    }
    const note = m.note ? ` (${m.note})` : '';
    const target = m.to ? follow(m.to, vi, []).path : undefined;
    if (target) return { text: `Move it to ${code(target)}${note}: ${parts.map((p) => p.text).join(', ')}.`, mechanical };
    // Nothing replaces the map: say what of it has a new place.
    const kept = parts.filter((p) => !p.drop).map((p) => p.text);
    return { text: `Delete it${note}${kept.length ? `; first ${kept.join(', ')}` : ''}.`, mechanical };
  }
  const r = replacementOf(from, value, vi);
  if (r.text) return { text: `Use ${r.text} instead${r.note ? ` (${r.note})` : ''}.`, mechanical: r.mechanical };
  if (m.transform === 'manual' && r.note) return { text: `${capitalize(r.note)}.`, mechanical: false };
  return { text: `Delete it${r.note ? `: ${r.note}` : ''}.`, mechanical: r.mechanical };
}

const migrateClause = (mechanical: boolean) => (mechanical ? '`helmvet migrate` rewrites it.' : '`helmvet migrate` cannot rewrite it; change it by hand.');

// ---------------------------------------------------------------------------------------------------------------
// Messages.

/** Keys directly under `falco` are Falco's configuration from chart 2.0.0 on, passed through as falco.yaml. */
const passedToFalco = (path: readonly string[], vi: number) => path.length === 2 && path[0] === 'falco' && kindAt('falco', vi) === 'falco';

/**
 * The Falco that reads the values: the chart's, or the image `image.tag` pins (`0.41.0-debian` is 0.41.0; a digest
 * or `latest` is a Falco helmvet cannot name).
 */
interface RunningFalco {
  version: string | undefined;
  pinned: boolean;
  /** `Falco 0.44.1, which chart 9.1.0 deploys`, `Falco 0.36.0, which image.tag pins` */
  phrase: string;
  /** `Falco 0.44.1`, `Falco 0.36.0 (image.tag)` */
  short: string;
}

function runningFalco(values: VNode, chart: ChartVersion, label: string): RunningFalco {
  const tag = stringAt(values, ['image', 'tag'])?.trim();
  const m = tag ? /^v?(\d+\.\d+\.\d+(?:-rc\d+)?)(?:-[A-Za-z][\w.]*)?$/.exec(tag) : null;
  if (!tag || m?.[1] === chart.falco) return { version: chart.falco, pinned: false, phrase: `Falco ${chart.falco}, which ${label} deploys`, short: `Falco ${chart.falco}` };
  const version = m?.[1];
  const name = version ? `Falco ${version}` : `the Falco of image tag ${tag}`;
  return { version, pinned: true, phrase: `${name}, which image.tag pins`, short: `${name}${version ? ' (image.tag)' : ''}` };
}

/** The first Falco release after `version` that reads `key`. */
function firstFalcoReading(key: string, version: string): string | undefined {
  const from = FALCO_VERSIONS.indexOf(version);
  return FALCO_VERSIONS.slice(from + 1).find((v) => falcoReads(key, v));
}

function removedProblem(path: string[], entry: VEntry, vi: number, before: number, after: number | undefined, target: { label: string }, falco: RunningFalco): KeyProblem {
  const dotted = path.join('.');
  const since = versionAt(before + 1);
  const m = migrationFor(dotted);
  const onlyV1 = since === '2.0.0' && acceptingVersions(path).every((i) => versionAt(i).startsWith('1.'));
  const origin = onlyV1 ? `is a chart 1.x key (removed in chart 2.0.0)` : `was removed in chart ${since}${after !== undefined ? ` (and is back in ${versionAt(after)})` : ''}`;
  const effect = m?.effect ?? 'ignored';
  let severity: Severity = 'warning';
  let what: string;
  if (effect === 'startup-failure') {
    severity = 'error';
    what = `${target.label} also sets ${code('falco.rules_files')}, and ${falco.short} refuses to start when both keys are set ("both 'rules_files' and 'rules_file' keys set")`;
  } else if (effect === 'overwritten') {
    what = `${target.label} writes Falco's metrics settings from the top-level ${code('metrics')} block: ${code('falco.metrics')} passes through only while ${code('metrics.enabled')} is false, and is overwritten once it is true`;
  } else if (passedToFalco(path, vi)) {
    what = `${target.label} writes it into falco.yaml, where ${falco.short} does not read it`;
  } else {
    what = `${target.label} silently ignores it${m?.breaks ? `, so ${m.breaks}` : ''}`;
  }
  const replacement = m ? replacementClause(dotted, entry.value, vi) : { text: '', mechanical: false };
  const suggestions = m ? [] : suggestKeys(path, vi);
  const advice = replacement.text || (suggestions.length ? `Did you mean ${joinOr(suggestions.map(code))}?` : 'Delete it.');
  return {
    kind: 'removed',
    path,
    entry,
    severity,
    message: `${code(dotted)} ${origin}: ${what}. ${advice} ${migrateClause(m !== undefined && replacement.mechanical)}`,
    references: m?.sources ?? [],
    fix: {
      kind: m && replacement.mechanical ? 'safe' : 'manual',
      description: replacement.text ? replacement.text.replace(/\.$/, '') : suggestions.length ? `rename it to ${suggestions[0]!}` : `delete ${dotted}`,
    },
  };
}

function unknownProblem(path: string[], entry: VEntry, vi: number | undefined, target: ValuesTarget, falco: RunningFalco | undefined): KeyProblem {
  const dotted = path.join('.');
  const suggestions = suggestKeys(path, vi);
  const didYouMean = suggestions.length ? ` Did you mean ${joinOr(suggestions.map(code))}?` : '';
  let message: string;
  if (target.kind === 'any' || vi === undefined) {
    message = `${code(dotted)} is not a key of any falco chart version (${KEY_VERSIONS[0]!} to ${KEY_VERSIONS.at(-1)!}), so the chart ignores it.${didYouMean || listSiblings(path, undefined)}`;
  } else {
    const later = acceptingVersions(path).find((i) => i > vi);
    const label = target.label;
    const falcoKey = falco !== undefined && passedToFalco(path, vi);
    const laterFalco = falcoKey && falco.version ? firstFalcoReading(path[1]!, falco.version) : undefined;
    const scalar = acceptance(path, vi);
    if (falcoKey && laterFalco) {
      const hint = suggestions.length ? ` For ${falco.short}, did you mean ${joinOr(suggestions.map(code))}?` : '';
      const chart = later !== undefined && kindAt(dotted, later) === 'falco-config' ? ` (chart ${versionAt(later)})` : '';
      message = `${code(dotted)} is not a configuration key of ${falco.phrase}: Falco reads it from ${laterFalco}${falco.pinned ? '' : chart}, so it is ignored here. ${falco.pinned ? 'Pin a newer Falco' : 'Upgrade the chart'} or remove it.${hint}`;
    } else if (later !== undefined) {
      const hint = suggestions.length ? ` For ${label}, did you mean ${joinOr(suggestions.map(code))}?` : '';
      message = `${code(dotted)} is not a key of ${label}: it first appears in chart ${versionAt(later)}, so ${label} ignores it. Upgrade the chart or remove it.${hint}`;
    } else if (!scalar.accepted && scalar.scalar) {
      const parent = scalar.scalar.path;
      const kind = scalar.scalar.kind === 'bool' ? 'a boolean' : 'a number';
      const example = scalar.scalar.kind === 'bool' ? `${code(`${parent}: true`)} or ${code(`${parent}: false`)}` : code(`${parent}: <number>`);
      message = `${code(dotted)} is not a key of ${label}: ${code(parent)} is ${kind} there, not a map, so write ${example}.`;
    } else if (falcoKey) {
      message = `${code(dotted)} is not a configuration key of ${falco.phrase}, nor of any other chart or Falco version, so Falco ignores it.${didYouMean}`;
    } else {
      message = `${code(dotted)} is not a key of ${label} nor of any other version, so the chart ignores it.${didYouMean || listSiblings(path, vi)}`;
    }
  }
  return {
    kind: 'unknown',
    path,
    entry,
    severity: 'warning',
    message,
    references: [],
    ...(suggestions.length ? { fix: { kind: 'manual' as const, description: `rename it to ${suggestions[0]!}` } } : {}),
  };
}

/** `` `controller` has `annotations`, `daemonset` and `kind`.`` when the map is small enough to list. */
function listSiblings(path: readonly string[], vi: number | undefined): string {
  if (path.length < 2) return '';
  const parent = path.slice(0, -1).join('.');
  const keys = childKeys(parent, vi).sort();
  return keys.length > 0 && keys.length <= 8 ? ` ${code(parent)} has ${joinOr(keys.map(code)).replace(/ or ([^ ]+)$/, ' and $1')}.` : '';
}

function renderBlockingProblem(path: string[], entry: VEntry, target: { label: string }, vi: number): KeyProblem {
  const dotted = path.join('.');
  const m = migrationFor(dotted);
  const nullValue = isNull(entry.value);
  const replacement = replacementClause(dotted, entry.value, vi);
  const inUse = enablesSomething(entry.value);
  const mechanical = replacement.mechanical && !inUse;
  const guardText = `its removed-configuration guard fails on the key's mere presence, whatever it holds ("The following chart configuration is no longer supported: ${dotted}")`;
  const message = nullValue
    ? `${code(dotted)} is set to null, and ${target.label} fails to render when the key is present: ${guardText}. Whether Helm drops a null key the chart does not define before the check depends on the Helm version (helm#6900), so delete it.`
    : `${code(dotted)} makes ${target.label} fail to render: ${guardText}. ${replacement.text}${inUse ? ' It is enabled here: decide what replaces it first.' : ''} ${migrateClause(mechanical)}`;
  return {
    kind: 'render-blocking',
    path,
    entry,
    severity: nullValue ? 'warning' : 'error',
    message,
    references: m?.sources ?? [],
    fix: { kind: mechanical || nullValue ? 'safe' : 'manual', description: `delete ${dotted}` },
  };
}

// ---------------------------------------------------------------------------------------------------------------

/**
 * The keys of `values` that the target does not accept, explained. Null values are left alone (Helm reads
 * `key: null` as "delete the default"), except for the 9.x render guard, which tests presence.
 */
export function checkValueKeys(values: VNode | undefined, target: ValuesTarget): KeyProblem[] {
  if (values?.kind !== 'map') return [];
  const vi = target.kind === 'version' ? keyVersionIndex(target.chart.version) : undefined;
  if (target.kind === 'version' && vi === undefined) return [];
  const problems: KeyProblem[] = [];
  const guard = vi === undefined ? [] : renderGuardAt(vi);
  for (const g of guard) {
    const entry = entryAt(values, g.split('.'));
    if (entry && target.kind === 'version') problems.push(renderBlockingProblem(g.split('.'), entry, target, vi!));
  }
  const validate = valuesValidator(target.kind === 'version' ? target.chart.version : 'any');
  if (!validate) return problems;
  validate(toPlain(values));
  const falco = target.kind === 'version' ? runningFalco(values, target.chart, target.label) : undefined;
  for (const error of validate.errors ?? []) {
    if (error.keyword !== 'additionalProperties') continue;
    const path = [...decodePointer(error.instancePath), String((error.params as { additionalProperty: string }).additionalProperty)];
    if (guard.includes(path.join('.'))) continue;
    const entry = entryAt(values, path);
    if (!entry || isNull(entry.value)) continue;
    if (target.kind === 'any' || vi === undefined || !falco) {
      problems.push(unknownProblem(path, entry, undefined, target, undefined));
      continue;
    }
    // falco.rules_file with `falco.rules_files: null` is the old key alone, which Falco still reads (deprecated).
    const m = migrationFor(path.join('.'));
    const replacementEntry = m?.effect === 'startup-failure' && m.to ? entryAt(values, m.to.split('.')) : undefined;
    if (replacementEntry && isNull(replacementEntry.value)) continue;
    const accepting = acceptingVersions(path);
    if (falco.pinned && passedToFalco(path, vi) && !pinnedFalcoMisses(path, accepting, vi, falco)) continue;
    const before = accepting.filter((i) => i < vi).at(-1);
    const after = accepting.find((i) => i > vi);
    problems.push(before !== undefined ? removedProblem(path, entry, vi, before, after, target, falco) : unknownProblem(path, entry, vi, target, falco));
  }
  return problems;
}

/**
 * With another Falco image than the chart's, a key directly under `falco` is wrong only if that Falco does not read
 * it either, or the chart itself overrides it; for an image helmvet cannot name, only if no version has it.
 */
function pinnedFalcoMisses(path: readonly string[], accepting: readonly number[], vi: number, falco: RunningFalco): boolean {
  const m = migrationFor(path.join('.'));
  const chartDriven = m !== undefined && keyVersionIndex(m.since)! <= vi && (m.effect === 'overwritten' || m.effect === 'startup-failure');
  if (!falco.version || falcoReads(path[1]!, falco.version) === undefined) return chartDriven || accepting.length === 0;
  // falco.rules_file breaks only a Falco that reads rules_files as well (0.38.0 on).
  if (m?.effect === 'startup-failure') return falcoReads('rules_files', falco.version) === true;
  return chartDriven || !falcoReads(path[1]!, falco.version);
}
