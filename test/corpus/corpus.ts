// The real-world corpus (../shared/corpus): each source repository rebuilt in a temporary directory, as it was laid
// out, and linted like a user would lint it. Read from ../shared at test time only; nothing is copied into the project.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS = resolve(
  fileURLToPath(new URL('../../', import.meta.url)),
  process.env.HELMVET_CORPUS ?? '../shared/corpus',
);

export interface CorpusRow {
  file: string;
  repo: string;
  path: string;
  kind: string;
  version: string;
  notes: string;
  expected: string;
}

export function readIndex(): CorpusRow[] {
  const index = join(CORPUS, 'INDEX.tsv');
  if (!existsSync(index))
    throw new Error(`the corpus run needs ${index} (../shared/corpus beside the project, or HELMVET_CORPUS)`);
  const [header, ...rows] = readFileSync(index, 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => l.split('\t'));
  const col = (name: string) => header!.indexOf(name);
  return rows.map((r) => ({
    file: r[col('file')]!,
    repo: r[col('repo')]!,
    path: r[col('path')]!,
    kind: r[col('kind')]!,
    version: r[col('chart_version_or_range')]!,
    notes: r[col('notes')]!,
    expected: r[col('expected')] ?? '',
  }));
}

/** One directory per source repository, each with a `.git` marker so it is its own repository root. */
export function rebuildRepos(rows: readonly CorpusRow[]): Map<string, { dir: string; rows: CorpusRow[] }> {
  const base = mkdtempSync(join(tmpdir(), 'helmvet-corpus-'));
  const repos = new Map<string, { dir: string; rows: CorpusRow[] }>();
  for (const row of rows) {
    let repo = repos.get(row.repo);
    if (!repo) {
      repo = { dir: join(base, row.repo.replace('/', '__')), rows: [] };
      mkdirSync(join(repo.dir, '.git'), { recursive: true });
      repos.set(row.repo, repo);
    }
    repo.rows.push(row);
    const target = join(repo.dir, row.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, readFileSync(join(CORPUS, row.file)));
  }
  return repos;
}

export interface ExpectedFinding {
  tag: string;
  subject: string;
  line: number;
  /** Rests on an unverified fact (`?` in INDEX.tsv). */
  unverified: boolean;
}

/** `version-advisory:falco#3610@13; removed-key:ebpf@42?` → entries; `clean` and `n/a` → none. */
export function parseExpected(expected: string): ExpectedFinding[] {
  if (expected === 'clean' || expected === 'n/a' || expected === '') return [];
  return expected.split(';').map((e) => {
    const m = /^\s*([a-z-]+):(.+)@(\d+)(\?)?\s*$/.exec(e);
    if (!m) throw new Error(`INDEX.tsv expected entry not understood: "${e}"`);
    return { tag: m[1]!, subject: m[2]!, line: Number(m[3]), unverified: m[4] === '?' };
  });
}
