// Every file helmvet reads goes through one store: read once, parsed once, never outside the repository.
import { readFileSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseSource, type SourceFile } from './source.js';

/** Files larger than this are not parsed: GitOps YAML is never this big, and a parse would cost seconds. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface LoadProblem {
  file: SourceFile;
  message: string;
}

// ignoreBOM keeps a BOM in the text, so that parseSource sees it and edits can put it back.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

export class FileStore {
  private readonly byPath = new Map<string, SourceFile | undefined>();
  readonly problems: LoadProblem[] = [];

  /** The repository root: referenced files outside it are refused, never read. */
  readonly root: string;

  constructor(
    readonly cwd: string,
    /** The repository root first, then the linted directories: where repository-rooted paths (`$values/...`) may start. */
    readonly roots: readonly string[],
    /** Texts to read instead of the disk (a migration checks its result before writing anything). */
    private readonly overlay: ReadonlyMap<string, string> = new Map(),
  ) {
    this.root = roots[0] ?? cwd;
  }

  /** A path written relative to the repository root: the first root under which it exists (else under the first). */
  fromRoot(path: string): string {
    const candidates = this.roots.map((r) => resolve(r, path));
    return candidates.find((c) => this.exists(c)) ?? candidates[0] ?? resolve(this.cwd, path);
  }

  relativePath(absPath: string): string {
    const rel = relative(this.cwd, absPath).split(sep).join('/');
    return rel === '' ? absPath : rel;
  }

  isInsideRoot(absPath: string): boolean {
    const rel = relative(this.root, absPath);
    return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
  }

  /** Reads and parses a file; undefined when it does not exist or is not a readable text file (a problem is recorded). */
  load(absPath: string): SourceFile | undefined {
    if (this.byPath.has(absPath)) return this.byPath.get(absPath);
    const file = this.read(absPath);
    this.byPath.set(absPath, file);
    return file;
  }

  exists(absPath: string): boolean {
    try {
      return statSync(absPath).isFile();
    } catch {
      return false;
    }
  }

  private read(absPath: string): SourceFile | undefined {
    const path = this.relativePath(absPath);
    const overlaid = this.overlay.get(absPath);
    if (overlaid !== undefined) return parseSource(path, absPath, overlaid);
    let bytes: Buffer;
    try {
      const size = statSync(absPath).size;
      if (size > MAX_FILE_BYTES) {
        this.problem(path, absPath, `file is ${(size / 1024 / 1024).toFixed(1)} MiB, over helmvet's ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for YAML; not read`);
        return undefined;
      }
      bytes = readFileSync(absPath);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return undefined;
      this.problem(path, absPath, `cannot read file (${code ?? 'error'})`);
      return undefined;
    }
    if (bytes.includes(0)) {
      this.problem(path, absPath, 'binary file (it contains NUL bytes), not YAML');
      return undefined;
    }
    let text: string;
    try {
      text = utf8.decode(bytes);
    } catch {
      const at = firstInvalidUtf8(bytes);
      this.problem(path, absPath, `not valid UTF-8 (first bad byte at offset ${at}); YAML must be UTF-8`);
      return undefined;
    }
    return parseSource(path, absPath, text);
  }

  private problem(path: string, absPath: string, message: string) {
    this.problems.push({ file: parseSource(path, absPath, ''), message });
  }
}

function firstInvalidUtf8(bytes: Buffer): number {
  for (let lo = 0, hi = bytes.length; ; ) {
    if (hi - lo <= 1) return lo;
    const mid = (lo + hi) >> 1;
    try {
      // stream: a multi-byte character cut at the end of the prefix is not an error.
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
}
