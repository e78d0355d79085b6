// Checks a planned migration before anything is written: the rewritten files parse, every layer holds exactly the
// values the steps produced (so no user value was lost or invented), and no key the migration handled is still
// reported by the rules.
import { isDeepStrictEqual } from 'node:util';
import { resolve } from 'node:path';
import { analyse, lintAnalysis } from '../engine/lint.js';
import { gitRoot } from '../load/discover.js';
import { withBom } from '../load/source.js';
import { toPlain } from '../model/values.js';
import { layerKeys, planMigration, releaseKey, type MigrateOptions, type MigrationPlan } from './plan.js';

const KEY_RULES = new Set(['falco/removed-value', 'falco/render-blocking-value', 'falco/driver-kind']);

export const overlayOf = (plan: MigrationPlan) =>
  new Map(plan.files.map((f) => [f.file.absPath, withBom(f.file, f.after)]));

/**
 * How the rewritten files are linted again. When the plan covered a whole git repository, or named files in one (as
 * the pre-commit hook names them), as named files with the repository around them read as context
 * (engine/context.ts): they get what a lint of the whole repository gives them (the equivalence tests hold that), for
 * the cost of what they take part in rather than a second whole analysis. A plan of a directory inside a repository
 * is checked as it was made.
 */
function verificationOptions(plan: MigrationPlan, options: MigrateOptions): MigrateOptions {
  const overlay = overlayOf(plan);
  // The repository the plan read (its paths may lie outside the working directory).
  const root = gitRoot(plan.analysis.store.root);
  const files = plan.analysis.named !== undefined;
  const whole = options.paths.every((p) => resolve(options.cwd, p) === root);
  return root !== undefined && (whole || files)
    ? { ...options, overlay, paths: plan.files.map((f) => f.file.absPath) }
    : { ...options, overlay };
}

/** The comments of a text (from `#` at a line start or after a space), each once per occurrence. */
function comments(text: string): string[] {
  return [...text.matchAll(/(?:^|\s)(#[^\r\n]*)/g)].map((m) => m[1]!.trimEnd()).sort();
}

/** Comments of `before` missing from `after`. */
function lostComments(before: string, after: string): string[] {
  const left = comments(after);
  const lost: string[] = [];
  for (const c of comments(before)) {
    const i = left.indexOf(c);
    if (i < 0) lost.push(c);
    else left.splice(i, 1);
  }
  return lost;
}

/** Why each rewritten file fails, by absolute path. */
function check(plan: MigrationPlan, options: MigrateOptions): Map<string, string> {
  const problems = new Map<string, string>();
  if (plan.files.length === 0) return problems;
  const changed = new Set(plan.files.map((f) => f.file.absPath));
  for (const f of plan.files) {
    const lost = lostComments(f.file.text, f.after);
    if (lost.length)
      problems.set(
        f.file.absPath,
        `the rewrite would drop ${lost.length === 1 ? 'a comment' : `${lost.length} comments`}: ${lost.join(' ')}`,
      );
  }
  const options2 = verificationOptions(plan, options);
  const analysis = analyse(options2);
  const { findings } = lintAnalysis(analysis, options2);

  for (const f of findings) {
    if (f.ruleId === 'helmvet/yaml-syntax' && changed.has(f.span.file.absPath))
      problems.set(f.span.file.absPath, `the rewritten file does not parse: ${f.title}`);
  }
  // The layers again, by the names the plan gave them.
  const layers = new Map([...layerKeys(analysis)].map(([values, key]) => [key, values]));
  for (const r of plan.releases) {
    for (const l of r.layers) {
      if (changed.has(l.file.absPath) && !isDeepStrictEqual(toPlain(layers.get(l.key)), l.expected)) {
        problems.set(l.file.absPath, `after the edits, ${l.label} does not hold the values the migration computed`);
      }
    }
  }
  for (const f of findings) {
    if (!KEY_RULES.has(f.ruleId) || f.severity === 'info' || !changed.has(f.span.file.absPath)) continue;
    // By data, not words: the values rules' findings carry the key's path, driver-kind's the kind it found.
    const path = f.ruleId === 'falco/driver-kind' ? 'driver.kind' : f.data.path;
    const handled = plan.releases.some((r) => r.layers.some((l) => l.log.changes.some((c) => c.path === path)));
    if (handled) problems.set(f.span.file.absPath, `still reported after the migration: ${f.title}`);
  }
  return problems;
}

/** Plans, verifies, and plans again without the releases whose files failed, until what is left passes. */
export function verifiedPlan(options: MigrateOptions): MigrationPlan {
  const skip = new Set(options.skip ?? []);
  const reasons = new Map<string, string>();
  // Read once: what is skipped changes the plan, not what the files hold.
  const analysis = analyse(options);
  for (let round = 0; ; round++) {
    const plan = planMigration({ ...options, skip }, analysis);
    const problems = check(plan, options);
    for (const [abs, reason] of problems) reasons.set(abs, reason);
    if (problems.size === 0 || round >= 3) {
      const files = plan.files.filter((f) => !problems.has(f.file.absPath));
      const refused = [
        ...plan.refused,
        ...[...reasons].map(([abs, reason]) => ({ file: plan.analysis.store.load(abs)!, reason })),
      ];
      return { ...plan, files, refused };
    }
    // A release with a failing file is left alone entirely: its version must not move without its values.
    for (const r of plan.releases) {
      if ([r.file, ...r.layers.map((l) => l.file)].some((f) => problems.has(f.absPath)))
        skip.add(releaseKey(r.title, r.file));
    }
  }
}
