import { relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/engine/result.js';
import { positionAt } from '../../src/load/source.js';
import { expectSameAlone } from '../helpers/repo.js';
import { parseExpected, readIndex, rebuildRepos, type CorpusRow } from './corpus.js';

const rows = readIndex();
const repos = rebuildRepos(rows);
const results = new Map<string, { result: LintResult; dir: string; rows: CorpusRow[] }>();
for (const [name, repo] of repos)
  results.set(name, { result: lint({ cwd: repo.dir, paths: ['.'], config: defaultConfig(repo.dir) }), ...repo });

interface Row {
  corpusFile: string;
  line: number;
  column: number;
  severity: string;
  ruleId: string;
  message: string;
}

const all: Row[] = [];
for (const { result, dir, rows: repoRows } of results.values()) {
  for (const f of result.findings) {
    const path = relative(dir, f.span.file.absPath).split(sep).join('/');
    const row = repoRows.find((r) => r.path === path);
    const { line, column } = positionAt(f.span.file, f.span.start);
    all.push({
      corpusFile: row?.file ?? path,
      line,
      column,
      severity: f.severity,
      ruleId: f.ruleId,
      message: f.message,
    });
  }
}

/** INDEX.tsv tags that helmvet's rules report, and how to recognise the finding for a tag's subject. */
const IMPLEMENTED: Record<string, (r: Row, subject: string) => boolean> = {
  'version-advisory': (r, subject) => r.ruleId === 'falco/version-advisory' && r.message.includes(`(${subject})`),
  'flux-api-removed': (r, subject) => r.ruleId === 'flux/removed-api' && r.message.includes(subject),
  'driver-kind-alias': (r, subject) => r.ruleId === 'falco/driver-kind' && r.message.includes(`"${subject}"`),
  'open-range': (r) => r.ruleId === 'falco/open-version-range',
  'removed-key': (r, subject) => r.ruleId === 'falco/removed-value' && r.message.startsWith(`\`${subject}\``),
  'unknown-key': (r, subject) => r.ruleId === 'falco/unknown-value' && r.message.startsWith(`\`${subject}\``),
  'talos-lockdown-missing': (r) => r.ruleId === 'talos/secureboot-lockdown',
};
/** The rules behind the implemented tags: none of them may report anything INDEX.tsv does not expect. */
const IMPLEMENTED_RULES = new Set([
  'falco/version-advisory',
  'flux/removed-api',
  'falco/driver-kind',
  'falco/open-version-range',
  'falco/removed-value',
  'falco/unknown-value',
  'talos/secureboot-lockdown',
]);

describe('the real-world corpus', () => {
  it('lints all files without a crash', () => {
    expect(rows.length).toBeGreaterThanOrEqual(90);
    expect([...results.values()].reduce((n, r) => n + r.result.files, 0)).toBe(rows.length);
  });

  it('every error and warning, of any rule, stands at a line INDEX.tsv expects a finding at', () => {
    const expectedLines = new Map(rows.map((r) => [r.file, new Set(parseExpected(r.expected).map((e) => e.line))]));
    // `n/a` is no verdict (a Falco run outside the falco chart, a file beside it): `clean` is the verdict "nothing".
    const unjudged = new Set(rows.filter((r) => r.expected === 'n/a').map((r) => r.file));
    const unexpected = all.filter(
      (f) => f.severity !== 'info' && !unjudged.has(f.corpusFile) && !expectedLines.get(f.corpusFile)?.has(f.line),
    );
    expect(unexpected.map((f) => `${f.corpusFile}:${f.line} ${f.ruleId} ${f.message}`)).toEqual([]);
  });

  it('files INDEX.tsv marks clean get no error or warning', () => {
    const clean = new Set(rows.filter((r) => r.expected === 'clean').map((r) => r.file));
    expect(all.filter((f) => clean.has(f.corpusFile) && f.severity !== 'info')).toEqual([]);
  });

  it('every expected finding of an implemented rule is found at its line, and nothing else of those rules', () => {
    const missing: string[] = [];
    const matched = new Set<Row>();
    for (const row of rows) {
      for (const e of parseExpected(row.expected)) {
        const match = IMPLEMENTED[e.tag];
        if (!match) continue;
        const hit = all.find((f) => f.corpusFile === row.file && f.line === e.line && match(f, e.subject));
        if (hit) matched.add(hit);
        else if (!e.unverified) missing.push(`${row.file}:${e.line} ${e.tag}:${e.subject}`);
      }
    }
    expect(missing).toEqual([]);
    const unjudged = new Set(rows.filter((r) => r.expected === 'n/a').map((r) => r.file));
    const extra = all.filter(
      (f) => IMPLEMENTED_RULES.has(f.ruleId) && f.severity !== 'info' && !matched.has(f) && !unjudged.has(f.corpusFile),
    );
    expect(extra.map((f) => `${f.corpusFile}:${f.line} ${f.message}`)).toEqual([]);
  });

  it('every file linted alone (as pre-commit runs helmvet) gets exactly the findings the whole repository gives it', () => {
    for (const { dir, rows: repoRows } of repos.values())
      expectSameAlone(
        dir,
        repoRows.map((r) => r.path),
      );
  });

  it('matches the reviewed snapshot of every finding and every Falco deployment', async () => {
    const lines = all
      .sort(
        (a, b) =>
          a.corpusFile.localeCompare(b.corpusFile) ||
          a.line - b.line ||
          a.column - b.column ||
          a.ruleId.localeCompare(b.ruleId),
      )
      .map((f) => `${f.corpusFile}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`);
    const deployments = [...results.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([repo, { result }]) =>
        result.releases.map(
          (r) =>
            `${repo} ${r.file}:${r.line} ${r.title}: ${r.note}${r.installed ? ` → chart ${r.installed.chart}, Falco ${r.installed.falco}, container plugin ${r.installed.containerPlugin ?? '-'}` : ''}`,
        ),
      );
    await expect(
      ['# findings', ...lines, '', '# Falco deployments', ...deployments, ''].join('\n'),
    ).toMatchFileSnapshot('./corpus.snapshot.txt');
  });
});
