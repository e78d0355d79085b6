// The whole-repository set (../shared/repos): each repository copied into a temporary directory and made a git
// repository of its own, as a user would lint it. Read from ../shared at test time only; nothing is copied into the
// project.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPOS = resolve(
  fileURLToPath(new URL('../../', import.meta.url)),
  process.env.HELMVET_REPOS ?? '../shared/repos',
);

export interface RepoRow {
  /** The directory under ../shared/repos. */
  dir: string;
  repo: string;
  commit: string;
}

export interface ExpectedRow {
  dir: string;
  file: string;
  /** A 1-based line, or undefined for `*` (anywhere in the file, reported once). */
  line: number | undefined;
  rule: string;
  /** `expect`: a correct linter reports it; `allow`: it may. */
  verdict: 'expect' | 'allow';
  note: string;
}

function tsv(path: string): Record<string, string>[] {
  if (!existsSync(path))
    throw new Error(`the whole-repository run needs ${path} (../shared/repos beside the project, or HELMVET_REPOS)`);
  const [header, ...rows] = readFileSync(path, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? ''])));
}

export const readRepoIndex = (): RepoRow[] =>
  tsv(join(REPOS, 'INDEX.tsv')).map((r) => ({ dir: r.dir!, repo: r.repo!, commit: r.commit! }));

export function readExpected(): ExpectedRow[] {
  return tsv(join(REPOS, 'EXPECTED.tsv')).map((r) => {
    if (r.verdict !== 'expect' && r.verdict !== 'allow')
      throw new Error(`EXPECTED.tsv: verdict "${r.verdict}" is neither expect nor allow`);
    return {
      dir: r.dir!,
      file: r.file!,
      line: r.line === '*' ? undefined : Number(r.line),
      rule: r.rule!,
      verdict: r.verdict,
      note: r.note ?? '',
    };
  });
}

/** Copies every repository into one temporary directory, each `git init`ed with its files staged; dir → copy. */
export function copyRepos(rows: readonly RepoRow[]): Map<string, string> {
  const base = mkdtempSync(join(tmpdir(), 'helmvet-repos-'));
  const out = new Map<string, string>();
  for (const row of rows) {
    const dir = join(base, row.dir);
    cpSync(join(REPOS, row.dir), dir, { recursive: true });
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
    git('init', '-q');
    git('add', '-A');
    out.set(row.dir, dir);
  }
  return out;
}
