// Everything helmvet knows about the falco chart, loaded once per run: the bundled, reviewed facts, and the chart
// versions `helmvet knowledge update` learned since into the user's cache. A bundled version keeps its bundled facts;
// a learned one adds what its Chart.yaml and values.yaml say. Nothing here touches the network.
import semver from 'semver';
import { loadAdvisories, type LoadedAdvisory } from './advisories.js';
import { CHARTS, KNOWLEDGE_DATE, NEWEST_CHART, type ChartVersion } from './charts.js';
import { TALOS_KERNELS } from './talos.js';
import { cacheDir } from './update/cache-dir.js';
import { CacheError, readCache, type Cache, type CachedChart } from './update/cache.js';
import { BUNDLED_KEYS, type KeyHistory } from './values-keys.js';

/** Where each part of the knowledge comes from, and how far it reaches: what every report says it knows. */
export interface KnowledgeSources {
  bundled: { oldest: string; newest: string; date: string };
  /** null when there is no cache (or it cannot be used: see `cacheProblem`). */
  cache: { path: string; repoUrl: string; fetchedAt: string; versions: number; newest: string | null } | null;
}

export interface Knowledge {
  /** Every known chart version, oldest first (bundled and learned). */
  charts: readonly ChartVersion[];
  /** The newest stable version. */
  newest: ChartVersion;
  /** How far the bundled facts reach. */
  date: string;
  chartVersion(version: string): ChartVersion | undefined;
  advisories: readonly LoadedAdvisory[];
  /** Which values keys each chart version accepts. */
  keys: KeyHistory;
  sources: KnowledgeSources;
  /** Why the cache there is not used, one line (a corrupt file, another format); the run goes on with the bundled facts. */
  cacheProblem?: string;
}

/** A learned version as the knowledge base holds it. */
function chartOf(c: CachedChart): ChartVersion {
  return {
    version: c.version,
    falco: c.falco,
    date: c.date ?? '',
    containerPluginRef: c.containerPluginRef,
    containerPlugin: c.containerPlugin,
    k8smetaPluginRef: c.k8smetaPluginRef,
    k8smetaPlugin: c.k8smetaPlugin,
    driverKind: c.driverKind,
    image: c.image,
    // The image reference does not say whether it is the Debian or the Wolfi image.
    imageFlavor: null,
    prerelease: c.prerelease,
    derived: null,
  };
}

export interface LoadOptions {
  /** The cache directory; default: HELMVET_CACHE_DIR, XDG_CACHE_HOME or ~/.cache (update/cache-dir.ts); null: none. */
  cacheDir?: string | null;
}

export function loadKnowledge(options: LoadOptions = {}): Knowledge {
  const bundled: KnowledgeSources['bundled'] = {
    oldest: CHARTS[0]!.version,
    newest: NEWEST_CHART.version,
    date: KNOWLEDGE_DATE,
  };
  const base = { advisories: loadAdvisories(), date: KNOWLEDGE_DATE };
  const dir = options.cacheDir === undefined ? cacheDir() : options.cacheDir;
  let cache: Cache | undefined;
  let cacheProblem: string | undefined;
  try {
    cache = dir === null ? undefined : readCache(dir);
  } catch (e) {
    if (!(e instanceof CacheError)) throw e;
    cacheProblem = e.message;
  }
  const known = new Set(CHARTS.map((c) => c.version));
  const learned = (cache?.charts ?? []).filter((c) => !known.has(c.version)).map(chartOf);
  const charts = [...CHARTS, ...learned].sort((a, b) => semver.compare(a.version, b.version));
  const byVersion = new Map(charts.map((c) => [c.version, c]));
  const stable = charts.filter((c) => !c.prerelease);
  // The key history grows at its end: learned versions newer than every bundled one (the update learns no others).
  const lastBundled = BUNDLED_KEYS.versions.at(-1)!;
  const learnedKeys = (cache?.charts ?? [])
    .filter((c) => !known.has(c.version) && semver.gt(c.version, lastBundled))
    .sort((a, b) => semver.compare(a.version, b.version));
  const newestLearned = learned.filter((c) => !c.prerelease).at(-1) ?? learned.at(-1);
  return {
    ...base,
    charts,
    newest: stable.at(-1) ?? NEWEST_CHART,
    chartVersion: (version: string) => byVersion.get(version.replace(/^v/, '')),
    keys: BUNDLED_KEYS.with(learnedKeys.map((c) => ({ version: c.version, keys: c.keys }))),
    sources: {
      bundled,
      cache:
        cache && dir
          ? {
              path: dir,
              repoUrl: cache.repoUrl,
              fetchedAt: cache.fetchedAt,
              versions: learned.length,
              newest: newestLearned?.version ?? null,
            }
          : null,
    },
    ...(cacheProblem ? { cacheProblem } : {}),
  };
}

/**
 * Whether a Talos version can change what helmvet reports on a Falco release: some advisory's kernel condition holds
 * for the kernel of a Talos release helmvet knows (an unknown Talos version tells no kernel, and no advisory applies).
 */
export function talosVersionsMatter(knowledge: Knowledge): boolean {
  const kernels = [...new Set(Object.values(TALOS_KERNELS))];
  return knowledge.advisories.some((a) => a.kernelRange && kernels.some((k) => a.kernelRange!.check(k)));
}
