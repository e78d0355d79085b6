// Hostile input, run the way a CI job runs helmvet: the built CLI as its own process, with a capped heap, timed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { parseSource } from '../../src/load/source.js';

export { argoApplication, argoHelmValues, helmRelease, kustomization } from '../helpers/repo.js';

export const bin = fileURLToPath(new URL('../../bin/helmvet.js', import.meta.url));

/** Heap cap of every run: an expansion or a syntax tree that grows with the input crashes the process under it. */
export const HEAP_MB = 256;
/** Wall time a hostile input may take (a run takes 0.2 to 3 s on CI's 2 cores; a hang takes minutes). */
export const TIME_LIMIT_MS = 10_000;

// Writes the child's peak resident memory (kB) where HELMVET_TEST_RSS says, as it exits.
const RSS_HOOK =
  'data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>writeFileSync(process.env.HELMVET_TEST_RSS,String(process.resourceUsage().maxRSS)))';

export interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the child, in MB (undefined when it died before its exit handlers ran). */
  rssMb: number | undefined;
}

export function helmvet(args: readonly string[], cwd: string): Run {
  const rssFile = join(mkdtempSync(join(tmpdir(), 'helmvet-rss-')), 'rss');
  const started = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', RSS_HOOK, bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', HELMVET_DEBUG: '', HELMVET_TEST_RSS: rssFile },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120_000,
  });
  const ms = performance.now() - started;
  const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : undefined;
  rmSync(dirname(rssFile), { recursive: true, force: true });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr, ms, rssMb };
}

/** What every run must show, whatever the input: a documented exit code, no stack trace, no crash report, in time. */
export function expectClean(r: Run, codes: readonly number[], what = ''): void {
  const context = `${what}\nexit ${r.code} signal ${r.signal} in ${Math.round(r.ms)} ms\nstderr: ${r.stderr.slice(0, 2000)}`;
  expect(r.signal, context).toBeNull();
  expect(codes, context).toContain(r.code);
  expect(r.stderr, context).not.toMatch(/^ {4}at /m);
  expect(r.stderr, context).not.toMatch(/internal error|heap out of memory|Maximum call stack|FATAL ERROR/);
  expect(r.ms, context).toBeLessThan(TIME_LIMIT_MS);
  // Under the heap cap the resident set stays far below what an unbounded run takes (gigabytes).
  expect(r.rssMb, context).toBeLessThan(HEAP_MB + 256);
}

export interface Finding {
  ruleId: string;
  severity: string;
  message: string;
  title: string;
  messageId: string;
  data: Record<string, unknown>;
  file: string;
  line: number;
  column: number;
}

export interface Report {
  files: number;
  findings: Finding[];
}

/** `helmvet lint . --format json` in a directory: clean, and its report. */
export function lintJson(
  cwd: string,
  codes: readonly number[] = [0, 1],
  args: readonly string[] = [],
): Report & { run: Run } {
  const run = helmvet(['lint', '.', '--format', 'json', ...args], cwd);
  expectClean(run, codes, 'helmvet lint . --format json');
  expect(run.stderr).toBe('');
  const report = JSON.parse(run.stdout) as Report;
  return { ...report, run };
}

/** The findings reduced to what a test pins: rule, file, line, column and title (what is wrong). */
export const pinned = (r: Report, ruleId?: string) =>
  r.findings
    .filter((f) => !ruleId || f.ruleId === ruleId)
    .map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      file: f.file,
      line: f.line,
      column: f.column,
      title: f.title,
    }));

/**
 * A sandbox holding a repository (`repo/`, with a `.git` marker) and whatever a test puts beside it (`outside.yaml`):
 * what lies outside the repository is how a test proves that nothing there is read or written.
 */
export function sandbox(
  files: Record<string, string | Buffer>,
  outside: Record<string, string> = {},
): { root: string; repo: string } {
  const root = mkdtempSync(join(tmpdir(), 'helmvet-hostile-'));
  const repo = join(root, 'repo');
  mkdirSync(join(repo, '.git'), { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), content);
  }
  for (const [path, content] of Object.entries(outside)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return { root, repo };
}

/** Every entry under a directory (links as links, never followed), with a hash of its content: to prove nothing changed. */
export function snapshot(dir: string, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    const stats = lstatSync(path);
    if (stats.isSymbolicLink()) out[rel] = `link -> ${readlinkSync(path)}`;
    else if (stats.isDirectory()) Object.assign(out, snapshot(path, rel));
    else if (!stats.isFile())
      out[rel] = `special ${stats.mode.toString(8)}`; // a pipe: reading it would wait forever
    else out[rel] = `${stats.mode.toString(8)} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
  }
  return out;
}

/**
 * After `helmvet migrate --write` in `root/repo`: outside the repository nothing changed, no link was replaced or
 * added, and every file the migration rewrote is a real file of the repository that parses. Returns the changed paths.
 */
export function expectWritesInside(root: string, before: Record<string, string>): string[] {
  const after = snapshot(root);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  const changed = Object.keys(after).filter((path) => after[path] !== before[path]);
  for (const path of changed) {
    expect(path.startsWith('repo/'), `${path} was written, outside the repository`).toBe(true);
    expect(before[path]?.startsWith('link ->'), `the link ${path} was replaced`).toBe(false);
    expectParses(path, readFileSync(join(root, path), 'utf8'));
  }
  return changed;
}

/** The text parses as YAML without errors (what `helmvet migrate --write` leaves behind must). */
export function expectParses(path: string, text: string): void {
  const file = parseSource(path, path, text);
  expect(
    file.errors.map((e) => e.message),
    `${path} does not parse:\n${text.slice(0, 2000)}`,
  ).toEqual([]);
  expect(file.overLimit).toBeUndefined();
}
