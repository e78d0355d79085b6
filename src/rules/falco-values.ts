// Shared by the falco values-key rules (removed-value, unknown-value, render-blocking-value): which chart version
// a release's values are checked against, one analysis per release per run, and findings at every layer that
// writes the key.
import type { ChartVersion } from '../knowledge/charts.js';
import type { Knowledge } from '../knowledge/index.js';
import { checkValueKeys, type KeyProblem, type KeyProblemKind, type ValuesTarget } from '../knowledge/values-check.js';
import { childKeys } from '../knowledge/values-keys.js';
import type { StandaloneValues, ValuesLayer } from '../model/types.js';
import { entryAt, type VNode } from '../model/values.js';
import type { ResolvedRelease } from '../resolve/resolve.js';
import type { RuleContext } from './create-rule.js';

const version = (chart: ChartVersion, label = `chart ${chart.version}`): ValuesTarget => ({ kind: 'version', chart, label });

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
    if (['', 'HEAD', 'master', 'main'].includes(rev)) return version(knowledge.newest, `chart ${knowledge.newest.version} (the newest helmvet knows; the git source follows ${rev || 'the default branch'})`);
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
    problems = checkValueKeys(r.release.values, valuesTarget(r, knowledge));
    analysed.set(r, problems);
  }
  return problems;
}

function problemsOfStandalone(s: StandaloneValues): KeyProblem[] {
  let problems = analysed.get(s);
  if (!problems) {
    problems = umbrellaValues(s.values) ? [] : checkValueKeys(s.values, { kind: 'any' });
    analysed.set(s, problems);
  }
  return problems;
}

/** Every layer that writes the key is a place to fix; the merged entry when none does (a targetPath). */
function report(ctx: RuleContext, layers: readonly ValuesLayer[], p: KeyProblem) {
  const nullAllowed = p.kind === 'render-blocking';
  let reported = false;
  for (const layer of layers) {
    const entry = entryAt(layer.values, p.path);
    if (!entry || (!nullAllowed && entry.value.kind === 'scalar' && entry.value.value === null)) continue;
    reported = true;
    ctx.report({ span: entry.keySpan, message: p.message, severity: p.severity, ...(p.references.length ? { references: p.references } : {}), ...(p.fix ? { fix: p.fix } : {}) });
  }
  if (!reported) ctx.report({ span: p.entry.keySpan, message: p.message, severity: p.severity, ...(p.references.length ? { references: p.references } : {}), ...(p.fix ? { fix: p.fix } : {}) });
}

/** Reports the problems of one kind in every Falco release and every standalone Falco values file. */
export function reportValueKeys(ctx: RuleContext, kind: KeyProblemKind) {
  for (const r of ctx.releases) for (const p of problemsOfRelease(r, ctx.knowledge)) if (p.kind === kind) report(ctx, r.release.layers, p);
  for (const s of ctx.model.standaloneValues) {
    for (const p of problemsOfStandalone(s)) if (p.kind === kind) report(ctx, [{ label: s.file.path, values: s.values, file: s.file }], p);
  }
}
