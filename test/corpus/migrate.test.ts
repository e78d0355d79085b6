// The corpus migrated to the newest major: every Falco file migrates or says precisely why not, every rewritten file
// parses and lints without a removed-key finding the migration did not leave for a person, and a second run
// changes nothing. The reviewed diffs are kept as a snapshot.
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/engine/lint.js';
import { summary, unifiedDiff } from '../../src/migrate/output.js';
import { overlayOf, verifiedPlan } from '../../src/migrate/verify.js';
import { readIndex, rebuildRepos } from './corpus.js';

const repos = [...rebuildRepos(readIndex())].sort(([a], [b]) => a.localeCompare(b));
const runs = repos.map(([name, { dir }]) => {
  const config = defaultConfig(dir);
  const plan = verifiedPlan({ cwd: dir, paths: ['.'], config });
  const overlay = overlayOf(plan);
  return { name, dir, config, plan, overlay };
});

describe('the corpus migrated to the newest major', () => {
  it('every Falco release and values file either migrates or says why not', () => {
    const silent: string[] = [];
    for (const { name, plan } of runs) {
      for (const r of plan.releases) {
        const touched = r.layers.some((l) => l.log.changes.length > 0) || (r.version && r.version.resolves !== r.from);
        // Its own reasons: a note, a change left for a person, or one of its files refused.
        const files = new Set([r.file, ...r.layers.map((l) => l.file)]);
        const explained =
          r.notes.length > 0 ||
          r.layers.some((l) => l.log.manual.length > 0) ||
          plan.refused.some((x) => files.has(x.file));
        // Already on the target major: a major migration has nothing to do (9.1.0 when 9.2.0 is the target).
        const current = r.from !== undefined && r.from.split('.')[0] === plan.target.split('.')[0];
        if (!touched && !explained && !current) silent.push(`${name}: ${r.title}`);
      }
    }
    expect(silent).toEqual([]);
  });

  it('rewritten files parse and lint without removed keys, except those left for a person', () => {
    const problems: string[] = [];
    for (const { name, dir, config, plan, overlay } of runs) {
      if (!plan.files.length) continue;
      const changed = new Set(plan.files.map((f) => f.file.absPath));
      const manual = plan.releases.flatMap((r) => r.layers.flatMap((l) => l.log.manual.map((m) => m.path)));
      for (const f of lint({ cwd: dir, paths: ['.'], config, overlay }).findings) {
        if (!changed.has(f.span.file.absPath) || f.severity === 'info') continue;
        if (f.ruleId === 'helmvet/yaml-syntax') problems.push(`${name} ${f.span.file.path}: ${f.message}`);
        const key = (f.data as { path?: string } | undefined)?.path ?? '';
        const left = manual.some((p) => p === key || p.startsWith(`${key}.`) || key.startsWith(`${p}.`));
        if ((f.ruleId === 'falco/removed-value' || f.ruleId === 'falco/render-blocking-value') && !left) {
          problems.push(`${name} ${f.span.file.path}: ${f.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  // Lint says of every removed or render-blocking key whether `helmvet migrate` rewrites it; the migration decides that
  // with its own steps (src/migrate/steps). They must agree on every key of the corpus.
  it('what lint says migrate does with a removed key is what migrate does', () => {
    const disagreements: string[] = [];
    let compared = 0;
    for (const { name, dir, config, plan } of runs) {
      const refused = new Set(plan.refused.map((r) => r.file.absPath));
      for (const f of lint({ cwd: dir, paths: ['.'], config }).findings) {
        if (f.ruleId !== 'falco/removed-value' && f.ruleId !== 'falco/render-blocking-value') continue;
        const { path, mechanical } = f.data as { path: string; mechanical: boolean };
        const layers = plan.releases.flatMap((r) => r.layers).filter((l) => l.file.absPath === f.span.file.absPath);
        if (!layers.length || refused.has(f.span.file.absPath)) continue;
        const about = (p: string) => p === path || p.startsWith(`${path}.`) || path.startsWith(`${p}.`);
        const left = layers.some((l) => l.log.manual.some((m) => about(m.path)));
        const changed = layers.some((l) => l.log.changes.some((c) => about(c.path)));
        compared++;
        if (mechanical ? left || !changed : !left)
          disagreements.push(
            `${name} ${f.span.file.path} ${path}: lint says migrate ${mechanical ? 'rewrites it' : 'cannot'}; migrate ${left ? 'leaves it for a person' : changed ? 'rewrites it' : 'does nothing'}`,
          );
      }
    }
    expect(compared).toBeGreaterThan(20);
    expect(disagreements).toEqual([]);
  });

  it('a second run changes nothing', () => {
    for (const { name, dir, config, plan, overlay } of runs) {
      if (!plan.files.length) continue;
      const again = verifiedPlan({ cwd: dir, paths: ['.'], config, overlay });
      expect(
        again.files.map((f) => f.file.path),
        name,
      ).toEqual([]);
    }
  });

  it('matches the reviewed snapshot of every summary and diff', async () => {
    const text = runs.map(({ name, plan }) => `#### ${name}\n${summary(plan)}${unifiedDiff(plan)}`).join('\n');
    await expect(text.replaceAll(/\/tmp\/helmvet-corpus-[^/]+\//g, '')).toMatchFileSnapshot(
      './corpus-migrate.snapshot.txt',
    );
  });
});
