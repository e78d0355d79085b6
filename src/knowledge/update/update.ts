// `helmvet knowledge update`: learn the falco chart versions published since helmvet was built. Reads the Helm
// repository's index.yaml, downloads each version neither bundled nor cached, checks and reads it, and only when
// every one of them is read writes the cache, atomically: any failure leaves the previous cache byte for byte.
import { createHash } from 'node:crypto';
import semver from 'semver';
import { cacheDir as defaultCacheDir } from './cache-dir.js';
import { CACHE_FORMAT, CacheError, cacheFile, readCache, writeCache, type Cache, type CachedChart } from './cache.js';
import { readChartArchive } from './chart-archive.js';
import { chartFacts } from './chart-facts.js';
import { checkHttpUrl, download, type Transport } from './download.js';
import { KnowledgeUpdateError } from './errors.js';
import { DEFAULT_TIMEOUT_MS, LIMITS } from './limits.js';
import { parseRepoIndex, type IndexEntry } from './repo-index.js';

export const DEFAULT_REPO_URL = 'https://falcosecurity.github.io/charts';

export interface UpdateOptions {
  /** The Helm repository (default DEFAULT_REPO_URL); its index is `<repoUrl>/index.yaml`. */
  repoUrl?: string;
  /** Default: cacheDir() ($HELMVET_CACHE_DIR, $XDG_CACHE_HOME/helmvet, ~/.cache/helmvet). */
  cacheDir?: string;
  /** The versions helmvet bundles: never downloaded. */
  known: readonly { version: string }[];
  fetch?: typeof fetch;
  /** Per request, body included (default 30 s). */
  timeoutMs?: number;
  now?: () => Date;
}

export interface UpdateResult {
  repoUrl: string;
  /** Versions read for the first time by this run, oldest first. */
  learned: CachedChart[];
  /** Versions in the index that were not downloaded: bundled with helmvet or already in the cache. */
  alreadyKnown: string[];
  cachePath: string;
  /** Whether this run wrote the cache (not when it learned nothing and the cache was up to date). */
  written: boolean;
  /** When this run read the index (ISO 8601); the cache's fetchedAt when it wrote it. */
  fetchedAt: string;
  /** What was wrong with the cache file this run replaced (corrupt, or of another format). */
  replacedCache?: string;
}

export const bySemver = (a: { version: string }, b: { version: string }): number =>
  semver.compare(a.version, b.version) || (a.version < b.version ? -1 : a.version > b.version ? 1 : 0);

/** The repository URL without trailing slashes; only http(s) serves a Helm index (oci:// is not a Helm index). */
function repositoryUrl(url: string): string {
  const trimmed = url.trim().replace(/\/+$/, '');
  checkHttpUrl(trimmed, 'the chart repository');
  return trimmed;
}

/** Download, check and read one version; any problem is an error for the whole run. */
async function learn(entry: IndexEntry, transport: Transport): Promise<CachedChart> {
  const label = `falco-${entry.version}.tgz`;
  const tgz = await download(entry.url, LIMITS.tarballBytes, transport);
  const digest = createHash('sha256').update(tgz).digest('hex');
  if (entry.digest !== null && entry.digest !== digest)
    throw new KnowledgeUpdateError(`${label}: sha256 mismatch (index says ${entry.digest}, got ${digest})`);
  const facts = chartFacts(readChartArchive(tgz, label), label);
  if (facts.version !== entry.version)
    throw new KnowledgeUpdateError(
      `${label}: falco/Chart.yaml says version ${facts.version}, the index says ${entry.version}`,
    );
  const falco = facts.appVersion ?? entry.appVersion;
  if (falco === null)
    throw new KnowledgeUpdateError(`${label}: falco/Chart.yaml has no appVersion (the Falco it deploys)`);
  return {
    version: entry.version,
    falco,
    date: entry.date,
    prerelease: semver.prerelease(entry.version) !== null,
    digest,
    containerPluginRef: facts.containerPluginRef,
    containerPlugin: facts.containerPlugin,
    k8smetaPluginRef: facts.k8smetaPluginRef,
    k8smetaPlugin: facts.k8smetaPlugin,
    driverKind: facts.driverKind,
    image: facts.image,
    keys: facts.keys,
  };
}

export async function updateKnowledge(options: UpdateOptions): Promise<UpdateResult> {
  const repoUrl = repositoryUrl(options.repoUrl ?? DEFAULT_REPO_URL);
  const dir = options.cacheDir ?? defaultCacheDir();
  const transport: Transport = {
    fetch: options.fetch ?? globalThis.fetch,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  };
  const fetchedAt = (options.now ?? (() => new Date()))().toISOString();

  // An unusable cache is only a cache: this run replaces it (and says so) instead of asking the user to delete it.
  let previous: Cache | undefined;
  let replacedCache: string | undefined;
  try {
    previous = readCache(dir);
  } catch (e) {
    if (!(e instanceof CacheError)) throw e;
    replacedCache = e.problem;
  }
  // Versions learned from another repository may not be the same charts: a new repository starts a new cache.
  const sameRepo = previous?.repoUrl === repoUrl;
  const bundled = new Set(options.known.map((k) => k.version));
  const earlier = sameRepo ? previous!.charts : [];
  // A version helmvet now bundles needs no cached copy: the bundle is the reviewed one.
  const kept = earlier.filter((c) => !bundled.has(c.version));
  const cached = new Set(kept.map((c) => c.version));

  const indexUrl = `${repoUrl}/index.yaml`;
  const index = await download(indexUrl, LIMITS.indexBytes, transport);
  const entries = parseRepoIndex(index.toString('utf8'), indexUrl, repoUrl);
  const fresh = entries.filter((e) => !bundled.has(e.version) && !cached.has(e.version)).sort(bySemver);

  // One at a time: a handful of small tarballs, and the first failure stops the run before anything is written.
  const learned: CachedChart[] = [];
  for (const entry of fresh) learned.push(await learn(entry, transport));

  const path = cacheFile(dir);
  const written = !sameRepo || learned.length > 0 || kept.length !== earlier.length;
  if (written)
    writeCache(dir, { format: CACHE_FORMAT, repoUrl, fetchedAt, charts: [...kept, ...learned].sort(bySemver) });
  return {
    repoUrl,
    learned,
    alreadyKnown: entries
      .filter((e) => bundled.has(e.version) || cached.has(e.version))
      .sort(bySemver)
      .map((e) => e.version),
    cachePath: path,
    written,
    fetchedAt,
    ...(replacedCache !== undefined ? { replacedCache } : {}),
  };
}
