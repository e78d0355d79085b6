// Shared by the falco values-key rules (removed-value, unknown-value, render-blocking-value): which chart version a
// release's values are checked against, one analysis per release per run (resolve/values.ts), findings at every layer
// that writes the key, and the phrases the three rules word the migration table with.
import type { ChartVersion } from '../knowledge/charts.js';
import type { Knowledge } from '../knowledge/index.js';
import { childKeys } from '../knowledge/values-keys.js';
import type { StandaloneValues, ValuesLayer } from '../model/types.js';
import { entryAt, type VNode } from '../model/values.js';
import type { ResolvedRelease } from '../resolve/resolve.js';
import {
  checkValueKeys,
  type KeyProblem,
  type KeyProblemData,
  type KeyProblemKind,
  type Part,
  type Replacement,
  type RunningFalco,
  type Target,
  type ValuesTarget,
} from '../resolve/values.js';
import type { Message, Messages, RuleContext } from './create-rule.js';

const version = (chart: ChartVersion, label = `chart ${chart.version}`): ValuesTarget => ({
  kind: 'version',
  chart,
  label,
});

/**
 * The chart version to check against: what the release installs today; for a git source of the chart, the version
 * a `falco-<version>` tag names, or, at a branch head, the newest helmvet knows (the head is at least that new).
 * Anything else (a `${VAR}`, a version newer than helmvet knows, no match) is checked against every version.
 */
export function valuesTarget(r: ResolvedRelease, knowledge: Knowledge): ValuesTarget {
  if (r.status === 'resolved' && r.installed) return version(r.installed);
  if (r.status === 'git') {
    const rev = r.release.version.raw?.trim() ?? '';
    const tag = /^falco-(\d+\.\d+\.\d+)$/.exec(rev);
    const tagged = tag ? knowledge.chartVersion(tag[1]!) : undefined;
    if (tagged) return version(tagged, `chart ${tagged.version} (git tag ${rev})`);
    if (['', 'HEAD', 'master', 'main'].includes(rev))
      return version(
        knowledge.newest,
        `chart ${knowledge.newest.version} (the newest helmvet knows; the git source follows ${rev || 'the default branch'})`,
      );
  }
  return { kind: 'any' };
}

/** Keys at the top of chart values that are never Falco configuration keys. */
let chartOnlyKeys: Set<string> | undefined;
/**
 * A values file on its own whose `falco` map holds chart keys (`driver`, `collectors`) is an umbrella chart's
 * values with falco as a dependency, not falco chart values: its keys are not this chart's to judge.
 */
function umbrellaValues(values: VNode): boolean {
  const falco = values.kind === 'map' ? values.entries.get('falco')?.value : undefined;
  if (falco?.kind !== 'map') return false;
  chartOnlyKeys ??= new Set(childKeys('', undefined).filter((k) => !childKeys('falco', undefined).includes(k)));
  return [...falco.entries.keys()].some((k) => chartOnlyKeys!.has(k));
}

const analysed = new WeakMap<object, KeyProblem[]>();

function problemsOfRelease(r: ResolvedRelease, knowledge: Knowledge): KeyProblem[] {
  let problems = analysed.get(r);
  if (!problems) {
    problems = checkValueKeys(r.release.values, valuesTarget(r, knowledge), knowledge.keys);
    analysed.set(r, problems);
  }
  return problems;
}

function problemsOfStandalone(s: StandaloneValues, knowledge: Knowledge): KeyProblem[] {
  let problems = analysed.get(s);
  if (!problems) {
    problems = umbrellaValues(s.values) ? [] : checkValueKeys(s.values, { kind: 'any' }, knowledge.keys);
    analysed.set(s, problems);
  }
  return problems;
}

/** A rule's words for a problem: its message id (the variant) and the fix it proposes. */
export type Worded = (p: KeyProblem) => string;

/** A chart version whose key list is derived from another's (no values.yaml of it was available), or null. */
export type KeysDerived = { keysDerived: { chart: string; from: string } | null };

function keysDerived(r: ResolvedRelease, knowledge: Knowledge): KeysDerived['keysDerived'] {
  const t = valuesTarget(r, knowledge);
  const derived = t.kind === 'version' ? t.chart.derived : null;
  return t.kind === 'version' && derived?.fields.includes('keys')
    ? { chart: t.chart.version, from: derived.from }
    : null;
}

/** Every layer that writes the key is a place to fix; the merged entry when none does (a targetPath). */
function report(
  ctx: RuleContext<Messages>,
  layers: readonly ValuesLayer[],
  p: KeyProblem,
  fix: Worded,
  derived: KeysDerived['keysDerived'] = null,
) {
  const nullAllowed = p.kind === 'render-blocking';
  const spans = layers.flatMap((layer) => {
    const entry = entryAt(layer.values, p.path);
    return entry && (nullAllowed || !(entry.value.kind === 'scalar' && entry.value.value === null))
      ? [entry.keySpan]
      : [];
  });
  for (const span of spans.length ? spans : [p.entry.keySpan]) {
    ctx.report({
      span,
      messageId: p.data.variant,
      data: { ...p.data, keysDerived: derived } as never,
      severity: p.severity,
      ...(p.references.length ? { references: p.references } : {}),
      ...(p.fix ? { fix: { kind: p.fix, description: fix(p) } } : {}),
    });
  }
}

/** Reports the problems of one kind in every Falco release and every standalone Falco values file. */
export function reportValueKeys(ctx: RuleContext<Messages>, kind: KeyProblemKind, fix: Worded) {
  for (const r of ctx.releases) {
    const derived = keysDerived(r, ctx.knowledge);
    for (const p of problemsOfRelease(r, ctx.knowledge))
      if (p.kind === kind) report(ctx, r.release.layers, p, fix, derived);
  }
  for (const s of ctx.model.standaloneValues) {
    for (const p of problemsOfStandalone(s, ctx.knowledge))
      if (p.kind === kind) report(ctx, [{ label: s.file.path, values: s.values, file: s.file }], p, fix);
  }
}

/** The data of one variant of the problems. */
export type ProblemData<V extends KeyProblemData['variant']> = Extract<KeyProblemData, { variant: V }> & KeysDerived;

/**
 * The rule's messages, each saying after its why when the key list it judged by is derived: every finding that rests
 * on a derived fact says so, and how to read the real one.
 */
export function sayingDerivedKeys<M extends Record<string, Message<never>>>(messages: M): M {
  const note = (d: KeysDerived) =>
    d.keysDerived
      ? `. Chart ${d.keysDerived.chart}'s key list is derived: no values.yaml of it was available to helmvet, so its keys are chart ${d.keysDerived.from}'s with the additions of its merged pull requests; \`helmvet knowledge update\` reads its real values.yaml`
      : '';
  return Object.fromEntries(
    Object.entries(messages).map(([id, m]) => {
      const words = m as unknown as Message<KeysDerived>;
      return [id, { ...words, why: (d: KeysDerived) => `${words.why(d)}${note(d)}` }];
    }),
  ) as unknown as M;
}

// ---------------------------------------------------------------------------------------------------------------
// Phrases.

export const code = (s: string) => `\`${s}\``;
export const joinOr = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)!}`;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `` `x.sockets` (a list) ``, `` `driver.kind: ebpf` `` */
export function targetText(t: Target): string {
  const key = t.setting ? code(`${t.to!}: ${t.setting}`) : code(t.to!);
  return `${key}${t.shape === 'list' ? ' (a list)' : t.shape === 'snake-case' ? ' (keys below in snake_case)' : ''}`;
}

/** One key of a moved map: `` `socket` → `x.sockets` (a list) ``, `` drop `foo` ``. */
function partText(p: Part): string {
  if (p.to) return `${code(p.key)} → ${targetText(p)}`;
  if (p.manual && p.note) return `${code(p.key)}: ${p.note}`;
  if (p.note?.startsWith('no ')) return `keep ${code(p.key)} (${p.note})`;
  return `drop ${code(p.key)}${p.note && p.note !== 'it has no equivalent' ? ` (${p.note})` : ''}`;
}

/** `Move it to x: enabled → x.enabled, socket → x.sockets (a list).`, `Use x instead.`, `Delete it: why.` */
export function replacementText(r: Replacement): string {
  const note = (n: string | null) => (n ? ` (${n})` : '');
  switch (r.form) {
    case 'move-map':
      return `Move it to ${code(r.to)}${note(r.note)}: ${r.parts.map(partText).join(', ')}.`;
    case 'delete-map':
      return `Delete it${note(r.note)}${r.kept.length ? `; first ${r.kept.map(partText).join(', ')}` : ''}.`;
    case 'use':
      return `Use ${targetText(r)} instead${note(r.note)}.`;
    case 'manual':
      return `${capitalize(r.note)}.`;
    case 'delete':
      return `Delete it${r.note ? `: ${r.note}` : ''}.`;
  }
}

/** What the fix is, in a few words: `driver.kind: ebpf`, `move it to x`, `delete it`. */
export function replacementFix(r: Replacement | null, path: string, suggestions: readonly string[] = []): string {
  if (r?.form === 'use') return r.setting ? `${r.to!}: ${r.setting}` : r.to!;
  if (r?.form === 'move-map') return `move it to ${r.to}`;
  if (r?.form === 'manual') return r.note;
  return suggestions.length ? `rename it to ${suggestions[0]!}` : `delete ${path}`;
}

export const migrateClause = (mechanical: boolean) =>
  mechanical ? '`helmvet migrate` rewrites it.' : '`helmvet migrate` cannot rewrite it; change it by hand.';

/** `Falco 0.44.1`, `Falco 0.36.0 (image.tag)`, `the Falco of image tag latest` */
export const falcoShort = (f: RunningFalco) =>
  f.version ? `Falco ${f.version}${f.pinned ? ' (image.tag)' : ''}` : `the Falco of image tag ${f.tag ?? '?'}`;

/** `Falco 0.44.1, which chart 9.1.0 deploys`, `Falco 0.36.0, which image.tag pins` */
export const falcoPhrase = (f: RunningFalco, chartLabel: string) =>
  f.pinned
    ? `${f.version ? `Falco ${f.version}` : `the Falco of image tag ${f.tag ?? '?'}`}, which image.tag pins`
    : `Falco ${f.version ?? '?'}, which ${chartLabel} deploys`;

export const didYouMean = (suggestions: readonly string[], prefix = 'Did you mean') =>
  suggestions.length ? `${prefix} ${joinOr(suggestions.map(code))}?` : '';

/** `` `controller` has `annotations`, `daemonset` and `kind`. `` */
export const siblingsText = (parent: string | null, siblings: readonly string[]) =>
  parent && siblings.length
    ? `${code(parent)} has ${joinOr(siblings.map(code)).replace(/ or ([^ ]+)$/, ' and $1')}.`
    : '';
