// Finds the YAML files to lint under the given paths, honouring .gitignore files and config ignores.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { globSync } from 'tinyglobby';
import { compareText } from '../order.js';

export interface FoundFile {
  absPath: string;
  /** Relative to the working directory, with `/`. */
  path: string;
}

export class UsageError extends Error {}

const YAML_GLOBS = ['**/*.yaml', '**/*.yml'];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];
/** A path with a segment that starts with a dot. */
const HIDDEN = /(?:^|\/)\./;

// On POSIX systems paths are already written with `/`.
const toPosix = sep === '/' ? (p: string) => p : (p: string) => p.split(sep).join('/');

/** One .gitignore's rules, scoped to the directory that holds it. */
interface ScopedIgnore {
  dir: string;
  rules: Ignore;
}

/** The nearest directory at or above `start` that holds `.git`. */
export function gitRoot(start: string): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** A .gitignore larger than this is refused: the ignore library compiles every line (7 MB of them took 6 s and over 256 MB of heap). */
export const MAX_GITIGNORE_BYTES = 1024 * 1024;

function readIgnoreFile(dir: string): ScopedIgnore | undefined {
  const file = join(dir, '.gitignore');
  let size: number;
  try {
    const stats = statSync(file);
    // Like git, a .gitignore that is not a file (a directory, a broken link) holds no patterns.
    if (!stats.isFile()) return undefined;
    size = stats.size;
  } catch {
    return undefined;
  }
  if (size > MAX_GITIGNORE_BYTES)
    throw new UsageError(
      `${file} is ${(size / 1024 / 1024).toFixed(1)} MiB, over helmvet's 1 MiB limit for .gitignore files`,
    );
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return { dir, rules: ignore().add(text) };
}

/**
 * The .gitignore files that apply to a directory: those of its ancestors up to the git root, and its own. `read` is
 * readIgnoreFile, remembered for one discovery: the files pre-commit names share their ancestors' .gitignore files.
 */
function ancestorIgnores(dir: string, read: (dir: string) => ScopedIgnore | undefined): ScopedIgnore[] {
  const root = gitRoot(dir);
  if (!root) return [read(dir)].filter((x): x is ScopedIgnore => x !== undefined);
  const scoped: ScopedIgnore[] = [];
  for (let d = dir; ; d = dirname(d)) {
    const s = read(d);
    if (s) scoped.push(s);
    if (d === root || dirname(d) === d) break;
  }
  return scoped;
}

function ignoredBy(scoped: readonly ScopedIgnore[], absPath: string): boolean {
  return scoped.some(({ dir, rules }) => {
    // Only a .gitignore of a directory above the file can match it: the rest of the path, below that directory. (A
    // repository of several projects has many; asking each of them with path.relative cost more than the walk.)
    if (!absPath.startsWith(dir + sep)) return false;
    const rel = toPosix(absPath.slice(dir.length + 1));
    return rel !== '' && rules.ignores(rel);
  });
}

export interface DiscoverOptions {
  cwd: string;
  /** gitignore-style patterns relative to `cwd`, from the config file. */
  ignorePatterns: readonly string[];
  /** Told why a path given checked nothing: a directory with no YAML files, one that cannot be read, an ignored file. */
  skipped?: (s: Skipped) => void;
  /** Files that exist only as text given to helmvet (`--stdin --stdin-filename PATH`): taken as files. */
  virtual?: ReadonlySet<string>;
}

export interface Skipped {
  /** As given on the command line. */
  path: string;
  reason: 'no-yaml' | 'unreadable' | 'ignored';
  /** For people: `ignored by .gitignore`, `cannot be read (EACCES)`. */
  detail: string;
}

export function discover(paths: readonly string[], options: DiscoverOptions): FoundFile[] {
  const configIgnore = ignore().add([...options.ignorePatterns]);
  const ignoreFiles = new Map<string, ScopedIgnore | undefined>();
  const read = (dir: string) => {
    if (!ignoreFiles.has(dir)) ignoreFiles.set(dir, readIgnoreFile(dir));
    return ignoreFiles.get(dir);
  };
  const found = new Map<string, FoundFile>();
  /** Adds a file unless an ignore excludes it; returns what excludes it. */
  const add = (absPath: string, scoped: readonly ScopedIgnore[]): string | undefined => {
    const rel = toPosix(relative(options.cwd, absPath));
    const by = scoped.find((s) => ignoredBy([s], absPath));
    if (by) return `is ignored by ${toPosix(relative(options.cwd, join(by.dir, '.gitignore'))) || '.gitignore'}`;
    if (rel && !rel.startsWith('..') && configIgnore.ignores(rel))
      return 'is ignored by the ignore list of the configuration';
    found.set(absPath, { absPath, path: rel || absPath });
    return undefined;
  };

  for (const given of paths) {
    const abs = resolve(options.cwd, given);
    let stats;
    try {
      stats = options.virtual?.has(abs) ? undefined : statSync(abs);
    } catch {
      throw new UsageError(`path not found: ${given}`);
    }
    if (!stats || stats.isFile()) {
      const ignored = add(abs, ancestorIgnores(dirname(abs), read));
      if (ignored) options.skipped?.({ path: given, reason: 'ignored', detail: ignored });
      continue;
    }
    if (stats.isDirectory()) {
      try {
        readdirSync(abs);
      } catch (e) {
        options.skipped?.({
          path: given,
          reason: 'unreadable',
          detail: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        });
        continue;
      }
    }
    // One walk finds both the YAML files and the .gitignore files below (a second walk cost as much as the first).
    const walked = globSync([...YAML_GLOBS, '**/.gitignore'], {
      cwd: abs,
      dot: true,
      ignore: ALWAYS_SKIPPED,
      followSymbolicLinks: false,
      onlyFiles: true,
    });
    const nested = walked
      .filter((f) => f === '.gitignore' || f.endsWith('/.gitignore'))
      .map((f) => read(dirname(resolve(abs, f))))
      .filter((x): x is ScopedIgnore => x !== undefined && x.dir !== abs);
    const scoped = [...ancestorIgnores(abs, read), ...nested];
    let yaml = 0;
    let kept = 0;
    for (const file of walked) {
      // Hidden files and directories hold no manifests (.github/, .vscode/, .sops.yaml): as `**/*.yaml` without dot.
      if (file.endsWith('.gitignore') || HIDDEN.test(file)) continue;
      yaml++;
      if (!add(resolve(abs, file), scoped)) kept++;
    }
    if (kept === 0) {
      options.skipped?.({
        path: given,
        reason: yaml === 0 ? 'no-yaml' : 'ignored',
        detail: yaml === 0 ? 'holds no YAML files' : `holds ${yaml} YAML file${yaml > 1 ? 's' : ''}, all ignored`,
      });
    }
  }
  return [...found.values()].sort((a, b) => compareText(a.path, b.path));
}
