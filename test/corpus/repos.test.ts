// Trusted on whole repositories: every error and warning helmvet reports on the 37 real GitOps repositories of
// ../shared/repos stands in EXPECTED.tsv, and every row it expects is found. Each repository is linted on its own, as
// its own git repository, from a copy.
import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/engine/lint.js';
import { positionAt } from '../../src/load/source.js';
import { copyRepos, readExpected, readRepoIndex, type ExpectedRow } from './repos.js';

const index = readRepoIndex();
const expected = readExpected();
const copies = copyRepos(index);

interface Reported {
  dir: string;
  file: string;
  line: number;
  rule: string;
  severity: string;
  message: string;
}

const reported: Reported[] = [];
for (const [name, dir] of copies) {
  const result = lint({ cwd: dir, paths: ['.'], config: defaultConfig(dir) });
  for (const f of result.findings) {
    if (f.severity === 'info') continue;
    const file = relative(dir, f.span.file.absPath).split(sep).join('/');
    reported.push({
      dir: name,
      file,
      line: positionAt(f.span.file, f.span.start).line,
      rule: f.ruleId,
      severity: f.severity,
      message: f.message,
    });
  }
}

const matches = (e: ExpectedRow, r: Reported) =>
  e.dir === r.dir && e.file === r.file && e.rule === r.rule && (e.line === undefined || e.line === r.line);
const show = (r: Reported) => `${r.dir} ${r.file}:${r.line} ${r.severity} ${r.rule}: ${r.message}`;

describe('whole repositories (../shared/repos)', () => {
  it('holds every repository of INDEX.tsv', () => {
    expect(copies.size).toBe(index.length);
    expect(index.length).toBeGreaterThanOrEqual(37);
  });

  it('reports no error or warning that EXPECTED.tsv does not list', () => {
    expect(reported.filter((r) => !expected.some((e) => matches(e, r))).map(show)).toEqual([]);
  });

  it('finds every row EXPECTED.tsv expects', () => {
    const missing = expected.filter((e) => e.verdict === 'expect' && !reported.some((r) => matches(e, r)));
    expect(missing.map((e) => `${e.dir} ${e.file}:${e.line ?? '*'} ${e.rule} (${e.note})`)).toEqual([]);
  });

  it('reports a finding meant once per file (line `*`) once', () => {
    const twice = expected
      .filter((e) => e.line === undefined)
      .map((e) => ({ e, n: reported.filter((r) => matches(e, r)).length }))
      .filter(({ n }) => n > 1);
    expect(twice.map(({ e, n }) => `${e.dir} ${e.file} ${e.rule}: ${n} times`)).toEqual([]);
  });
});
