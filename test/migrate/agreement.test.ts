// Lint and migrate read the migration table (src/knowledge/migrations.ts) each in its own way: lint says of a removed
// key whether `helmvet migrate` rewrites it (resolve/values.ts), migrate rewrites the values step by step
// (src/migrate/steps/, transforms.ts). For every entry of the table, on a release of the first chart version without
// the key, what lint says is what migrate does.
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/engine/lint.js';
import { VALUES_MIGRATIONS, type ValuesMigration } from '../../src/knowledge/migrations.js';
import { verifiedPlan } from '../../src/migrate/verify.js';
import { helmRelease, writeRepo } from '../helpers/repo.js';

/** A value of the shape the entry's transform reads, as YAML under the key. */
function valueFor(m: ValuesMigration): string {
  switch (m.transform) {
    case 'ebpf-enabled-to-driver-kind':
    case 'gvisor-enabled-to-driver-kind':
      return 'true';
    case 'socket-to-sockets':
      return '/run/containerd/containerd.sock';
    case 'camel-to-snake':
    case 'snake-to-camel':
    case 'each-key':
      return '{someSetting: 1}';
    default:
      return 'x';
  }
}

/** `a.b.c: v` as nested block YAML. */
function nested(path: string, value: string): string {
  return path
    .split('.')
    .map((k, i, all) => `${'  '.repeat(i)}${k}:${i === all.length - 1 ? ` ${value}` : ''}`)
    .join('\n');
}

interface Verdict {
  entry: string;
  lint: 'rewrites' | 'by hand' | 'no finding';
  migrate: 'rewrites' | 'leaves it for a person' | 'does nothing';
}

function verdict(m: ValuesMigration, version = m.since): Verdict {
  const dir = writeRepo({ 'falco.yaml': helmRelease(version, nested(m.from, valueFor(m))) });
  const config = defaultConfig(dir);
  const about = (p: string) => p === m.from || p.startsWith(`${m.from}.`) || m.from.startsWith(`${p}.`);
  const finding = lint({ cwd: dir, paths: ['.'], config }).findings.find(
    (f) =>
      (f.ruleId === 'falco/removed-value' || f.ruleId === 'falco/render-blocking-value') &&
      about((f.data as { path: string }).path),
  );
  const plan = verifiedPlan({ cwd: dir, paths: ['.'], config });
  const layers = plan.releases.flatMap((r) => r.layers);
  const left = layers.some((l) => l.log.manual.some((n) => about(n.path)));
  const changed = layers.some((l) => l.log.changes.some((c) => about(c.path)));
  return {
    entry: `${m.from} (${m.since}, ${m.transform}) on chart ${version}`,
    lint: !finding ? 'no finding' : (finding.data as { mechanical: boolean }).mechanical ? 'rewrites' : 'by hand',
    migrate: left ? 'leaves it for a person' : changed ? 'rewrites' : 'does nothing',
  };
}

describe('what lint says migrate does with a removed key is what migrate does', () => {
  const verdicts = VALUES_MIGRATIONS.map((m) => verdict(m));

  it('every entry of the table', () => {
    const disagree = verdicts.filter(
      (v) =>
        (v.lint === 'rewrites' && v.migrate !== 'rewrites') ||
        (v.lint === 'by hand' && v.migrate !== 'leaves it for a person'),
    );
    expect(disagree).toEqual([]);
  });

  it('every entry of the table up to chart 8, on the last chart 8 release (keys removed majors ago)', () => {
    const late = VALUES_MIGRATIONS.filter((m) => semver.lt(m.since, '8.0.5')).map((m) => verdict(m, '8.0.5'));
    expect(late.length).toBeGreaterThan(50);
    const disagree = late.filter(
      (v) =>
        (v.lint === 'rewrites' && v.migrate !== 'rewrites') ||
        (v.lint === 'by hand' && v.migrate !== 'leaves it for a person'),
    );
    expect(disagree).toEqual([]);
  });

  it('covers both answers, and reports nearly every entry', () => {
    expect(verdicts.filter((v) => v.lint === 'rewrites').length).toBeGreaterThan(20);
    expect(verdicts.filter((v) => v.lint === 'by hand').length).toBeGreaterThan(3);
    expect(verdicts.filter((v) => v.lint === 'no finding').map((v) => v.entry)).toEqual([]);
  });
});
