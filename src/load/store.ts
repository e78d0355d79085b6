// Every file helmvet reads goes through one store: read once, parsed once, never outside the repository.
import { lstatSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { parseSource, type SourceFile } from './source.js';
import { chartOfTemplate } from './templates.js';

/** Files larger than this are not parsed: GitOps YAML is never this big, and a parse would cost seconds. */
export const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface LoadProblem {
  file: SourceFile;
  message: string;
}

/** A path relative to a directory (from `relative`) that stays inside it. */
const inside = (rel: string) => rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);

/** Where a path really is, symlinks resolved; undefined when it does not resolve (missing, or a symlink loop, which reading reports). */
function realPath(absPath: string): string | undefined {
  try {
    return realpathSync.native(absPath);
  } catch {
    return undefined;
  }
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

  /** The root with its symlinks resolved, what real paths are compared with. */
  private realRootPath: string | undefined;
  private get realRoot(): string {
    return (this.realRootPath ??= realPath(this.root) ?? this.root);
  }

  /** realPath, asked once a path: a referenced file is checked (isInsideRoot), then loaded (canonical). */
  private readonly realPaths = new Map<string, string | undefined>();
  private real(absPath: string): string | undefined {
    if (!this.realPaths.has(absPath)) this.realPaths.set(absPath, realPath(absPath));
    return this.realPaths.get(absPath);
  }

  /**
   * Inside the repository, as written and where it really is: a symlink in the repository (`values.yaml ->
   * /home/me/secrets.yaml`, or a linked directory) that leads out of it is outside, and never read.
   */
  isInsideRoot(absPath: string): boolean {
    if (!inside(relative(this.root, absPath))) return false;
    const real = this.real(absPath);
    return real === undefined || inside(relative(this.realRoot, real));
  }

  /**
   * A file reached through a symlink that stays in the repository is read, reported and edited where it really is:
   * a migration rewrites the linked file, instead of replacing the link with a copy.
   */
  canonical(absPath: string): string {
    const real = this.real(absPath);
    if (real === undefined) return absPath;
    const rel = relative(this.realRoot, real);
    return inside(rel) ? resolve(this.root, rel) : absPath;
  }

  /** Reads and parses a file; undefined when it does not exist or is not a readable text file (a problem is recorded). */
  load(absPath: string): SourceFile | undefined {
    if (this.byPath.has(absPath)) return this.byPath.get(absPath);
    const at = this.canonical(absPath);
    const file = this.byPath.has(at) ? this.byPath.get(at) : this.read(at);
    this.byPath.set(at, file);
    this.byPath.set(absPath, file);
    return file;
  }

  /** Something is at the path (a file, a directory, a pipe, a link, even a broken one): not read, only looked at. */
  isPresent(absPath: string): boolean {
    try {
      lstatSync(absPath);
      return true;
    } catch {
      return false;
    }
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
    if (overlaid !== undefined) return this.parse(path, absPath, overlaid);
    let bytes: Buffer;
    try {
      const stats = statSync(absPath);
      // Reading a named pipe blocks until something writes to it (a `valuesFile:` that is a FIFO hung helmvet), and a
      // device never ends: only regular files are read.
      if (!stats.isFile()) {
        this.problem(
          path,
          absPath,
          `not a regular file (${stats.isDirectory() ? 'a directory' : stats.isFIFO() ? 'a named pipe' : stats.isSocket() ? 'a socket' : 'a device'}); not read`,
        );
        return undefined;
      }
      const size = stats.size;
      if (size > MAX_FILE_BYTES) {
        this.problem(
          path,
          absPath,
          `file is ${(size / 1024 / 1024).toFixed(1)} MiB, over helmvet's ${MAX_FILE_BYTES / 1024 / 1024} MiB limit for YAML; not read`,
        );
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
    return this.parse(path, absPath, text);
  }

  /** Directories that hold a Chart.yaml, asked once each. */
  private readonly charts = new Map<string, boolean>();
  private isChart = (dir: string): boolean => {
    let known = this.charts.get(dir);
    if (known === undefined) this.charts.set(dir, (known = this.exists(resolve(dir, 'Chart.yaml'))));
    return known;
  };

  /** Parses a text (not a chart template: Helm renders it); one over helmvet's token or document limits is a problem, like one over the byte limit. */
  private parse(path: string, absPath: string, text: string): SourceFile | undefined {
    const chart = chartOfTemplate(absPath, this.isChart);
    const file = parseSource(
      path,
      absPath,
      text,
      chart === undefined ? undefined : { renderedBy: 'helm', offset: 0, chart },
    );
    if (file.overLimit === undefined) return file;
    this.problem(path, absPath, `file has ${file.overLimit}; not read`);
    return undefined;
  }

  private problem(path: string, absPath: string, message: string) {
    this.problems.push({ file: parseSource(path, absPath, ''), message });
  }
}

/**
 * Where the first malformed or cut-short character starts. The longest prefix that decodes as a stream (where a
 * character cut at its end is not yet an error) ends where the error shows; the bad character starts at that point,
 * or at the lead byte of a character the prefix leaves unfinished (`caf\xE9\n`: the \xE9 at 3, not the \n after it).
 */
function firstInvalidUtf8(bytes: Buffer): number {
  // lo decodes as a stream; hi does not, or is past the end (a text cut inside its last character).
  let lo = 0;
  for (let hi = bytes.length + 1; hi - lo > 1;) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid;
    }
  }
  for (let at = lo - 1; at >= 0 && at >= lo - 3; at--) {
    const b = bytes[at]!;
    if (b >= 0x80 && b < 0xc0) continue; // a continuation byte: look further back for its lead byte
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return length > lo - at ? at : lo;
  }
  return lo;
}
