// The summaries of a repository's files (engine/context.ts), kept between runs of `helmvet lint FILE` so that the
// pre-commit hook does not read and scan every file of the repository each time: only the files that changed since
// the last run. A summary is reused only for a file whose size, modification and change times and inode are the ones
// recorded with it, by the same helmvet (the summary's regular expressions are its own); anything else is read again.
// One JSON file per repository in the cache directory (knowledge/update/cache-dir.ts), written atomically when a
// summary changed; a cache that cannot be read or written is no cache, never an error. A repository's cache not used
// for 30 days is deleted the next time another is written.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../edit/atomic.js';
import { VERSION } from '../version.js';
import type { Summary } from './context.js';

/** Bumped when a summary's shape or meaning changes. */
export const FORMAT = 3;
/** A repository's cache unused this long is deleted when another is written (clones and worktrees come and go). */
export const UNUSED_FOR_MS = 30 * 24 * 3600 * 1000;

type Stamp = [size: number, mtimeMs: number, ctimeMs: number, ino: number];

interface Stored {
  format: number;
  version: string;
  root: string;
  files: Record<string, [Stamp, Summary]>;
}

const stampOf = (path: string): Stamp | undefined => {
  try {
    const s = statSync(path);
    return [s.size, s.mtimeMs, s.ctimeMs, s.ino];
  } catch {
    return undefined;
  }
};
const sameStamp = (a: Stamp, b: Stamp) => a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
const strings = (x: unknown) => Array.isArray(x) && x.every((s) => typeof s === 'string');
/** A record as this helmvet writes it: anything else (a file edited by hand, a disk error) is read again. */
function isRecord(x: unknown): x is [Stamp, Summary] {
  if (!Array.isArray(x) || x.length !== 2) return false;
  const [stamp, s] = x as [unknown, Partial<Summary> | null];
  return (
    Array.isArray(stamp) &&
    stamp.length === 4 &&
    stamp.every((n) => typeof n === 'number') &&
    typeof s === 'object' &&
    s !== null &&
    typeof s.flags === 'number' &&
    strings(s.paths) &&
    strings(s.apis) &&
    Array.isArray(s.docs) &&
    s.docs.every(
      (d) =>
        typeof d === 'object' &&
        d !== null &&
        (d.kind === undefined || typeof d.kind === 'string') &&
        typeof d.kustomize === 'boolean' &&
        strings(d.names),
    )
  );
}

export class SummaryCache {
  /** As read: each record is checked when used (isRecord). */
  private readonly stored: Record<string, unknown>;
  private readonly next: Stored['files'] = {};
  private changed = false;

  constructor(
    private readonly root: string,
    private readonly file: string,
  ) {
    let stored: Stored | undefined;
    try {
      stored = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    } catch {
      stored = undefined;
    }
    const usable =
      stored?.format === FORMAT &&
      stored.version === VERSION &&
      stored.root === root &&
      typeof stored.files === 'object' &&
      stored.files !== null;
    this.stored = usable ? stored!.files : {};
  }

  /** The cache of the repository at `root`, in `dir` (the cache directory). */
  static forRoot(root: string, dir: string): SummaryCache {
    const id = createHash('sha256').update(root).digest('hex').slice(0, 16);
    return new SummaryCache(root, join(dir, 'context', `${id}.json`));
  }

  /** The file's summary: the recorded one while the file is as it was, else `compute()` (and recorded). */
  summary(absPath: string, compute: () => Summary): Summary {
    const key = relative(this.root, absPath);
    const stamp = stampOf(absPath);
    const hit = Object.hasOwn(this.stored, key) ? this.stored[key] : undefined;
    if (stamp && isRecord(hit) && sameStamp(hit[0], stamp)) {
      this.next[key] = hit;
      return hit[1];
    }
    const summary = compute();
    // A file that changes while it is read gets a new stamp and is read again next time.
    if (stamp && sameStamp(stamp, stampOf(absPath) ?? stamp)) {
      this.next[key] = [stamp, summary];
      this.changed = true;
    }
    return summary;
  }

  /**
   * Writes what this run used, dropping files that are gone, when anything changed; else marks the cache used (its
   * modification time says when its repository was last linted).
   */
  save(): void {
    if (!this.changed && Object.keys(this.next).length === Object.keys(this.stored).length) {
      try {
        const now = new Date();
        utimesSync(this.file, now, now);
      } catch {
        // No cache file (nothing to keep), or not ours to touch.
      }
      return;
    }
    const stored: Stored = { format: FORMAT, version: VERSION, root: this.root, files: this.next };
    const dir = join(this.file, '..');
    try {
      mkdirSync(dir, { recursive: true });
      writeFileAtomic(this.file, JSON.stringify(stored));
    } catch {
      // A cache that cannot be written is no cache: the next run reads the files again.
      return;
    }
    pruneUnused(dir, Date.now() - UNUSED_FOR_MS);
  }
}

/** Deletes the caches of repositories not linted since `before`. */
function pruneUnused(dir: string, before: number): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (!/^[0-9a-f]{16}\.json$/.test(name)) continue;
    const path = join(dir, name);
    try {
      if (statSync(path).mtimeMs < before) rmSync(path, { force: true });
    } catch {
      // Gone already, or not ours to delete: left alone.
    }
  }
}
