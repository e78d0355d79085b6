// The chart cache: one JSON file with every falco chart version learned from the repository that helmvet does not
// bundle. Read by the knowledge base (the integration), written only by a successful `helmvet knowledge update`.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { writeFileAtomic } from '../../edit/atomic.js';
import { KnowledgeUpdateError, firstLine } from './errors.js';
import type { ValuesFacts } from './chart-facts.js';
import { VALUE_KINDS } from './value-keys.js';

export const CACHE_FILE = 'falco-charts.json';
/** Bumped when the shape changes incompatibly; a file of another format is not read. */
export const CACHE_FORMAT = 1;

export interface CachedChart extends ValuesFacts {
  version: string;
  /** appVersion: the Falco the chart deploys. */
  falco: string;
  /** When the index says the version was published (`created`), YYYY-MM-DD; null when it does not say. */
  date: string | null;
  /** A SemVer pre-release (9.2.0-rc1): never the newest version, as Flux's semver ranges do not pick it. */
  prerelease: boolean;
  /** sha256 of the tarball read, lower-case hex (checked against the index's digest when it had one). */
  digest: string;
}

export interface Cache {
  format: typeof CACHE_FORMAT;
  /** The Helm repository the charts come from. */
  repoUrl: string;
  /** When the cache was last written (ISO 8601). */
  fetchedAt: string;
  /** Sorted by SemVer, oldest first. */
  charts: CachedChart[];
}

/** The cache file is there but cannot be used: not JSON, not this shape, or of another format. */
export class CacheError extends KnowledgeUpdateError {
  override name = 'CacheError';
  /** `problem` says what is wrong; the message adds, when the update can mend it, how. */
  constructor(
    readonly problem: string,
    rebuildable = true,
  ) {
    super(rebuildable ? `${problem}; run helmvet knowledge update to rebuild it` : problem);
  }
}

export const cacheFile = (dir: string): string => join(dir, CACHE_FILE);

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const STRING_FIELDS = ['version', 'falco', 'digest'] as const;
const NULLABLE_FIELDS = [
  'date',
  'containerPluginRef',
  'containerPlugin',
  'k8smetaPluginRef',
  'k8smetaPlugin',
  'driverKind',
  'image',
] as const;

/** What is wrong with one chart record, or undefined. */
function chartProblem(c: unknown): string | undefined {
  if (!isMap(c)) return 'not an object';
  for (const f of STRING_FIELDS) if (typeof c[f] !== 'string') return `${f} is not a string`;
  if (!semver.parse(c.version as string)) return `version ${c.version as string} is not a semantic version`;
  for (const f of NULLABLE_FIELDS) if (c[f] !== null && typeof c[f] !== 'string') return `${f} is not a string or null`;
  if (typeof c.prerelease !== 'boolean') return 'prerelease is not a boolean';
  if (!isMap(c.keys)) return 'keys is not an object';
  for (const [path, kind] of Object.entries(c.keys))
    if (typeof kind !== 'string' || !VALUE_KINDS.has(kind)) return `keys.${path} has kind ${JSON.stringify(kind)}`;
  return undefined;
}

/** The cache in `dir`; undefined when there is none. Throws CacheError when the file cannot be used. */
export function readCache(dir: string): Cache | undefined {
  const path = cacheFile(dir);
  let source: string;
  try {
    source = readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CacheError(`cannot read the chart cache ${path}: ${firstLine(e)}`, false);
  }
  const corrupt = (detail: string) => new CacheError(`the chart cache ${path} is corrupt (${detail})`);
  let data: unknown;
  try {
    data = JSON.parse(source);
  } catch (e) {
    throw corrupt(`not JSON: ${firstLine(e)}`);
  }
  if (!isMap(data)) throw corrupt('not an object');
  if (data.format !== CACHE_FORMAT) {
    throw new CacheError(
      `the chart cache ${path} has format ${JSON.stringify(data.format)}, this helmvet reads format ${CACHE_FORMAT}`,
    );
  }
  if (typeof data.repoUrl !== 'string') throw corrupt('repoUrl is not a string');
  if (typeof data.fetchedAt !== 'string' || Number.isNaN(Date.parse(data.fetchedAt)))
    throw corrupt('fetchedAt is not a date');
  if (!Array.isArray(data.charts)) throw corrupt('charts is not a list');
  data.charts.forEach((c: unknown, i) => {
    const problem = chartProblem(c);
    if (problem) throw corrupt(`charts[${i}]: ${problem}`);
  });
  return data as unknown as Cache;
}

/** Writes the cache atomically (a temporary file beside it, flushed, renamed over it); returns its path. */
export function writeCache(dir: string, cache: Cache): string {
  const path = cacheFile(dir);
  try {
    mkdirSync(dir, { recursive: true });
    writeFileAtomic(path, `${JSON.stringify(cache, null, 2)}\n`);
  } catch (e) {
    throw new KnowledgeUpdateError(`cannot write the chart cache ${path}: ${firstLine(e)}`);
  }
  return path;
}
