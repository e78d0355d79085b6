// What a run knew of the falco chart, in words: the bundled facts and how far they reach, and what
// `helmvet knowledge update` learned. Markdown and SARIF say it (`helmvet knowledge` has its own lines).
import type { ReportedKnowledge } from '../engine/result.js';

/** `falco charts 1.1.8 to 9.2.0 bundled (facts as of 2026-09-22); 9.3.0 learned from URL (2 versions, fetched …)` */
export function knowledgeText(k: ReportedKnowledge): string {
  const bundled = `falco charts ${k.bundled.oldest} to ${k.bundled.newest} bundled (facts as of ${k.bundled.date})`;
  if (!k.cache) return bundled;
  const learned =
    k.cache.versions === 0
      ? 'nothing newer learned'
      : `${k.cache.newest ?? 'versions'} learned (${k.cache.versions} version${k.cache.versions === 1 ? '' : 's'})`;
  return `${bundled}; ${learned} from ${k.cache.repoUrl}, fetched ${k.cache.fetchedAt.slice(0, 10)}`;
}
