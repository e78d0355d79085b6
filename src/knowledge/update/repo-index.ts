// A Helm repository's index.yaml: `entries.<chart>[]`, one item per published version, each with the tarball's
// URL (relative to the repository when relative, as Helm resolves it), its sha256 and when it was published.
import semver from 'semver';
import { parse } from 'yaml';
import { KnowledgeUpdateError, firstLine } from './errors.js';
import { checkHttpUrl } from './download.js';

export interface IndexEntry {
  version: string;
  appVersion: string | null;
  /** The first of `urls`, made absolute. */
  url: string;
  /** sha256 of the tarball in lower-case hex; null when the index gives none. */
  digest: string | null;
  /** `created` as YYYY-MM-DD; null when absent or not a date. */
  date: string | null;
}

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/**
 * The chart's versions, in index order. `indexUrl` names the file in errors; relative `urls` resolve against
 * `repoUrl`. The failsafe schema reads every scalar as the string it is written as: `version: 1.10` stays 1.10.
 */
export function parseRepoIndex(source: string, indexUrl: string, repoUrl: string, chart = 'falco'): IndexEntry[] {
  let doc: unknown;
  try {
    doc = parse(source, { schema: 'failsafe' });
  } catch (e) {
    throw new KnowledgeUpdateError(`${indexUrl}: not valid YAML (${firstLine(e)})`);
  }
  if (!isMap(doc) || !isMap(doc.entries))
    throw new KnowledgeUpdateError(`${indexUrl}: not a Helm repository index (no entries)`);
  const list = doc.entries[chart];
  if (!Array.isArray(list)) throw new KnowledgeUpdateError(`${indexUrl}: the index lists no ${chart} chart`);

  const base = repoUrl.endsWith('/') ? repoUrl : `${repoUrl}/`;
  const seen = new Set<string>();
  const entries: IndexEntry[] = [];
  for (const item of list) {
    const version = isMap(item) ? text(item.version) : null;
    if (!isMap(item) || version === null)
      throw new KnowledgeUpdateError(`${indexUrl}: a ${chart} entry has no version`);
    // Helm refuses to package a chart whose version is not SemVer 2; an index that lists one is not Helm's.
    if (!semver.parse(version))
      throw new KnowledgeUpdateError(`${indexUrl}: ${chart} chart version ${version} is not a semantic version`);
    if (seen.has(version)) continue;
    seen.add(version);

    const first = Array.isArray(item.urls) ? text(item.urls[0]) : null;
    if (first === null) throw new KnowledgeUpdateError(`${indexUrl}: ${chart} ${version} has no urls`);
    let url: string;
    try {
      url = new URL(first, base).href;
    } catch {
      throw new KnowledgeUpdateError(`${indexUrl}: ${chart} ${version} has a bad URL ${first}`);
    }
    checkHttpUrl(url, `${indexUrl}: ${chart} ${version}`);

    const rawDigest = text(item.digest);
    const digest = rawDigest === null ? null : rawDigest.replace(/^sha256:/i, '').toLowerCase();
    if (digest !== null && !/^[0-9a-f]{64}$/.test(digest))
      throw new KnowledgeUpdateError(`${indexUrl}: ${chart} ${version} has digest ${rawDigest}, not a sha256`);

    const created = text(item.created);
    const date = created !== null && /^\d{4}-\d{2}-\d{2}/.test(created) ? created.slice(0, 10) : null;
    entries.push({ version, appVersion: text(item.appVersion), url, digest, date });
  }
  return entries;
}
