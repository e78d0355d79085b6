// `helmvet knowledge`: what helmvet knows, and from where. `helmvet knowledge update`: learn the falco chart versions
// published after this helmvet was built, into the user's cache. One line per version learned, then where the cache
// is; a failure is one line and exit 2.
import { CHART_VERSIONS } from '../knowledge/charts.js';
import { loadKnowledge } from '../knowledge/index.js';
import { cacheDir } from '../knowledge/update/cache-dir.js';
import {
  KnowledgeUpdateError,
  updateKnowledge,
  type CachedChart,
  type UpdateOptions,
} from '../knowledge/update/index.js';
import { plural } from '../report/phrases.js';
import { EXIT } from './errors.js';

export interface KnowledgeUpdateCliOptions {
  repoUrl?: string;
}

/** What the tests change: where the cache is, the transport, the clock. */
export type KnowledgeUpdateOverrides = Partial<
  Pick<UpdateOptions, 'cacheDir' | 'fetch' | 'timeoutMs' | 'now' | 'known'>
>;

/** `learned falco chart 9.3.0 (Falco 0.46.0, container plugin 0.8.0, k8smeta 0.4.3)` */
export function learnedLine(c: CachedChart): string {
  const plugins = [
    c.containerPlugin ? `container plugin ${c.containerPlugin}` : 'no container plugin',
    c.k8smetaPlugin ? `k8smeta ${c.k8smetaPlugin}` : 'no k8smeta plugin',
  ];
  return `learned falco chart ${c.version}${c.prerelease ? ', a pre-release' : ''} (Falco ${c.falco}, ${plugins.join(', ')})`;
}

/** The coverage: bundled versions and their date, what the cache adds and where it is, and the newest known. */
export function runKnowledge(): string {
  const k = loadKnowledge();
  const { bundled, cache } = k.sources;
  const lines = [
    `bundled  falco charts ${bundled.oldest} to ${bundled.newest} (${CHART_VERSIONS.length} versions), facts as of ${bundled.date}`,
    cache
      ? `cache    ${cache.versions === 0 ? 'no versions beyond the bundled ones' : `${plural(cache.versions, 'version')}${cache.newest ? ` up to ${cache.newest}` : ''}`}, fetched ${cache.fetchedAt} from ${cache.repoUrl} (${cache.path})`
      : `cache    none at ${cacheDir()}: \`helmvet knowledge update\` learns the versions published since`,
    `newest   ${k.newest.version}`,
  ];
  if (k.cacheProblem) lines.push(`helmvet: ${k.cacheProblem}`);
  return `${lines.join('\n')}\n`;
}

export async function runKnowledgeUpdate(
  options: KnowledgeUpdateCliOptions,
  overrides: KnowledgeUpdateOverrides = {},
): Promise<number> {
  try {
    const result = await updateKnowledge({
      known: CHART_VERSIONS.map((version) => ({ version })),
      ...overrides,
      ...(options.repoUrl !== undefined ? { repoUrl: options.repoUrl } : {}),
    });
    if (result.replacedCache) process.stderr.write(`helmvet: ${result.replacedCache}; rebuilt it\n`);
    const lines = result.learned.map(learnedLine);
    if (lines.length === 0)
      lines.push(
        `nothing new in ${result.repoUrl} (${plural(result.alreadyKnown.length, 'falco chart version')}, all known)`,
      );
    lines.push(`cache: ${result.cachePath}${result.written ? '' : ' (unchanged)'}`);
    process.stdout.write(`${lines.join('\n')}\n`);
    return EXIT.ok;
  } catch (e) {
    // The network and the repository fail in expected ways: one line, no stack. Anything else is a bug (exit 3 in main).
    if (!(e instanceof KnowledgeUpdateError)) throw e;
    process.stderr.write(`helmvet: ${e.message}\n`);
    return EXIT.usage;
  }
}
