// Plans a migration: for every Falco release (and standalone values file), the steps from the major its values are
// written for to the target, applied to each values layer where it lives, plus the chart version in the user's style.
import semver from 'semver';
import type { Config } from '../config/config.js';
import { applyEdits, EditConflict, type Edit } from '../edit/apply.js';
import { analyse, type Analysis } from '../engine/lint.js';
import type { Knowledge } from '../knowledge/index.js';
import type { SourceFile } from '../load/source.js';
import type { ValuesLayer } from '../model/types.js';
import type { VMap, VNode } from '../model/values.js';
import type { ResolvedRelease } from '../resolve/resolve.js';
import { ChangeLog } from './changes.js';
import { diffMap, type EditSink } from './diff.js';
import { formatScalar } from './render.js';
import { columnOf } from './yaml-text.js';
import { STEPS } from './steps/index.js';
import { fromValues, plain, pruneEmptied, type MMap } from './tree.js';
import { bestOfMajor, rewriteVersion, type VersionRewrite } from './version.js';

export class TargetError extends Error {}

export interface LayerPlan {
  file: SourceFile;
  label: string;
  /** What names the layer in this analysis and in the analysis of the rewritten files (layerKeys). */
  key: string;
  /** The values the layer must hold after the migration. */
  expected: unknown;
  log: ChangeLog;
}

export interface ReleasePlan {
  title: string;
  file: SourceFile;
  /** Where the release's version is written (or belongs). */
  at: number;
  from: string | undefined;
  to: string;
  version: VersionRewrite | undefined;
  layers: LayerPlan[];
  /** What the migration cannot do for this release. */
  notes: string[];
}

export interface FilePlan {
  /** The file as read (its text is what the plan rewrites). */
  file: SourceFile;
  after: string;
}

export interface MigrationPlan {
  target: string;
  releases: ReleasePlan[];
  files: FilePlan[];
  /** Files left alone, and why. */
  refused: { file: SourceFile; reason: string }[];
  analysis: Analysis;
}

export interface MigrateOptions {
  cwd: string;
  paths: readonly string[];
  config: Config;
  /** A major (`9`) or an exact chart version (`9.1.0`); default: the newest major helmvet knows. */
  to?: string;
  knowledge?: Knowledge;
  overlay?: ReadonlyMap<string, string>;
  /** Releases (by `releaseKey`) verification refused: planned without changes. */
  skip?: ReadonlySet<string>;
}

/** Identifies a release across analyses of the same files. */
export const releaseKey = (title: string, file: SourceFile) => `${file.absPath}\0${title}`;

/**
 * Every values layer of an analysis, each once, named `file\0label\0n` where n counts the layers of that file and
 * label met before it (two Applications in one file both have helm.values): releases in order, then standalone values
 * files. Edits move layers but add or drop none, so the same name finds a layer in the analysis of the rewritten files.
 */
export function layerKeys(analysis: Analysis): Map<VNode, string> {
  const keys = new Map<VNode, string>();
  const seen = new Map<string, VNode>();
  const count = new Map<string, number>();
  const add = (file: SourceFile, label: string, values: VNode) => {
    const at = `${file.absPath}\0${values.span.start}`;
    const same = seen.get(at);
    if (same) return keys.set(values, keys.get(same)!);
    seen.set(at, values);
    const n = count.get(`${file.absPath}\0${label}`) ?? 0;
    count.set(`${file.absPath}\0${label}`, n + 1);
    keys.set(values, `${file.absPath}\0${label}\0${n}`);
  };
  for (const r of analysis.releases) for (const l of r.release.layers) add(l.file, l.label, l.values);
  for (const s of analysis.model.standaloneValues) add(s.file, s.file.path, s.values);
  return keys;
}

export function targetVersion(to: string | undefined, knowledge: Knowledge): string {
  const newest = semver.major(knowledge.newest.version);
  if (to === undefined) return bestOfMajor(newest, knowledge)!.version;
  if (/^v?\d+$/.test(to.trim())) {
    const best = bestOfMajor(Number(to.trim().replace(/^v/, '')), knowledge);
    if (!best)
      throw new TargetError(
        `--to ${to}: no falco chart of major ${to} is known (newest known ${knowledge.newest.version})`,
      );
    return best.version;
  }
  const exact = knowledge.chartVersion(to.trim());
  if (!exact)
    throw new TargetError(
      `--to ${to}: not a published falco chart version or a major (newest known ${knowledge.newest.version})`,
    );
  return exact.version;
}

/** One indentation step of a file, from its first nested map; 2 when there is none. */
function indentStep(text: string, root: VMap): number {
  for (const e of root.entries.values()) {
    if (e.value.kind === 'map' && e.value.entries.size > 0 && text[e.value.span.start] !== '{') {
      const child = [...e.value.entries.values()][0]!;
      const step = columnOf(text, child.keySpan.start) - columnOf(text, e.keySpan.start);
      if (step > 0) return step;
    }
  }
  return 2;
}

/** Runs the steps up to the target on one layer's values. */
export function migrateTree(values: VMap, target: string): { tree: MMap; log: ChangeLog } {
  const tree = fromValues(values) as MMap;
  const log = new ChangeLog();
  for (const step of STEPS) if (step.to <= semver.major(target)) step.apply(tree, target, log);
  pruneEmptied(tree);
  return { tree, log };
}

const editable = (layer: ValuesLayer): string | undefined =>
  layer.file.sensitive
    ? 'its values live in a Secret, which helmvet does not rewrite'
    : / at [^ ]+$/.test(layer.label)
      ? 'it sets one value through targetPath'
      : undefined;

/** `analysis`: of these options' files, when already made (verifiedPlan plans them again with fewer releases). */
export function planMigration(options: MigrateOptions, analysis: Analysis = analyse(options)): MigrationPlan {
  const { knowledge } = analysis;
  const keys = layerKeys(analysis);
  const target = targetVersion(options.to, knowledge);
  const edits = new Map<SourceFile, Edit[]>();
  const refused: MigrationPlan['refused'] = [];
  const done = new Map<string, LayerPlan>();
  const push = (file: SourceFile, list: readonly Edit[]) => edits.set(file, [...(edits.get(file) ?? []), ...list]);

  const planLayer = (file: SourceFile, label: string, values: VMap): LayerPlan | undefined => {
    const key = `${file.absPath}\0${values.span.start}`;
    if (done.has(key)) return done.get(key);
    const { tree, log } = migrateTree(values, target);
    const sink: EditSink = { edits: [], problems: [] };
    diffMap(
      values,
      tree,
      { text: file.text, eol: file.eol, step: indentStep(file.text, values), claimed: new Set() },
      sink,
    );
    if (sink.problems.length) {
      refused.push({ file, reason: `${label}: ${sink.problems.join('; ')}` });
      return undefined;
    }
    push(file, sink.edits);
    const plan: LayerPlan = { file, label, key: keys.get(values)!, expected: plain(tree), log };
    done.set(key, plan);
    return plan;
  };

  const releases: ReleasePlan[] = [];
  for (const r of analysis.releases) releases.push(planRelease(r));

  function planRelease(r: ResolvedRelease): ReleasePlan {
    const from = r.installed?.version;
    /** The release as it is, with the reason. */
    const leftAlone = (note: string): ReleasePlan => ({
      title: r.release.title,
      file: r.span.file,
      at: r.span.start,
      from,
      to: target,
      version: undefined,
      layers: [],
      notes: [note],
    });
    if (options.skip?.has(releaseKey(r.release.title, r.span.file)))
      return leftAlone('left alone: the rewritten files did not pass verification (see above)');
    if (from && semver.gt(from, target))
      return leftAlone(`it installs chart ${from}, newer than the target ${target}: helmvet does not migrate down`);
    const notes: string[] = [];
    const layers: LayerPlan[] = [];
    for (const layer of r.release.layers) {
      const why = editable(layer);
      if (why) {
        notes.push(`${layer.label} is not rewritten: ${why}`);
        continue;
      }
      if (layer.values.kind !== 'map') continue;
      const plan = planLayer(layer.file, layer.label, layer.values);
      if (plan) layers.push(plan);
    }
    let version: VersionRewrite | undefined;
    const node = r.release.version.node;
    if (r.status === 'resolved' && from && node && typeof node.value === 'string') {
      version = rewriteVersion(node.value, r.exact, semver.major(from), semver.major(target), knowledge);
      if (version && version.text !== node.value)
        push(node.span.file, [{ start: node.span.start, end: node.span.end, text: formatScalar(version.text, node) }]);
    } else if (r.status !== 'resolved') {
      notes.push(
        `the chart version is not rewritten: it is ${r.status === 'git' ? 'a git revision' : r.status === 'variable' ? 'substituted at deploy time' : `not one helmvet can resolve (${r.status})`}`,
      );
    } else if (!node) {
      notes.push(`no ${r.release.version.field} is written, so the release takes the newest chart`);
    }
    return { title: r.release.title, file: r.span.file, at: r.span.start, from, to: target, version, layers, notes };
  }

  for (const s of analysis.model.standaloneValues) {
    if (options.skip?.has(releaseKey(`values file ${s.file.path}`, s.file))) continue;
    const plan = planLayer(s.file, s.file.path, s.values);
    if (plan)
      releases.push({
        title: `values file ${s.file.path}`,
        file: s.file,
        at: s.values.span.start,
        from: undefined,
        to: target,
        version: undefined,
        layers: [plan],
        notes: [],
      });
  }

  const files: FilePlan[] = [];
  for (const [file, list] of edits) {
    if (refused.some((r) => r.file === file)) continue;
    try {
      const after = applyEdits(file.text, list);
      if (after !== file.text) files.push({ file, after });
    } catch (e) {
      if (!(e instanceof EditConflict)) throw e;
      refused.push({ file, reason: `two changes touch the same text (${e.message})` });
    }
  }
  return { target, releases, files, refused, analysis };
}
