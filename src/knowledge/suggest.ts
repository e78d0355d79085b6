// "Did you mean": keys a version knows that an unknown key was probably meant to be, by spelling (edit distance,
// case, snake_case against camelCase) at the same level, or by name at another level (`webserver` → `falco.webserver`,
// `falcoctl.artifact.follow.every` → `falcoctl.config.artifact.follow.every`).
import { compareText } from '../order.js';
import { editDistance } from '../spelling.js';
import type { KeyHistory } from './values-keys.js';

/** `output_rule`, `outputRule` and `OutputRule` are one key to a reader. */
const norm = (s: string) => s.toLowerCase().replace(/[_-]/g, '');

/** How many typos a key of this length may carry and still be recognised. */
const tolerance = (length: number) => (length <= 3 ? 0 : length <= 7 ? 1 : 2);

/**
 * The paths the search at other levels looks at for version `vi` (every version when undefined: known paths, then
 * hints), by their last key as norm() sees it, in that order, repeats kept. Built once per version: a scan of every
 * path for every unknown key cost most of a lint of releases with many of them.
 */
const byLastKeyOf = new WeakMap<KeyHistory, Map<number | undefined, Map<string, string[]>>>();
function candidatesByLastKey(k: KeyHistory, vi: number | undefined): Map<string, string[]> {
  let byLastKey = byLastKeyOf.get(k);
  if (!byLastKey) byLastKeyOf.set(k, (byLastKey = new Map<number | undefined, Map<string, string[]>>()));
  let index = byLastKey.get(vi);
  if (!index) {
    index = new Map();
    for (const c of [...(vi === undefined ? k.allPaths : k.knownPaths(vi)), ...k.hintPaths(vi)]) {
      const last = norm(c.slice(c.lastIndexOf('.') + 1));
      const list = index.get(last);
      if (list) list.push(c);
      else index.set(last, [c]);
    }
    byLastKey.set(vi, index);
  }
  return index;
}

/** At most two keys (dotted paths) that `path` was probably meant to be, at version `vi` (any version when undefined). */
export function suggestKeys(k: KeyHistory, path: readonly string[], vi: number | undefined): string[] {
  const key = path.at(-1)!;
  const parent = path.slice(0, -1).join('.');
  const join = (k: string) => (parent ? `${parent}.${k}` : k);
  const siblings = k.childKeys(parent, vi).filter((k) => k !== key);

  const sameSpelling = siblings.filter((k) => norm(k) === norm(key));
  if (sameSpelling.length) return sameSpelling.slice(0, 2).map(join);

  const limit = tolerance(norm(key).length);
  const close = siblings
    .map((k) => ({ k, d: editDistance(norm(key), norm(k)) }))
    .filter((c) => c.d <= limit)
    .sort((a, b) => a.d - b.d || compareText(a.k, b.k));
  const out = close.slice(0, 2).map((c) => join(c.k));
  if (out.length === 2) return out;

  // The same key at another level: the more trailing keys agree and the more leading keys are shared, the better.
  // Only paths whose last key matches can score (tail >= 1).
  const dotted = path.join('.');
  const sameLast = candidatesByLastKey(k, vi).get(norm(key)) ?? [];
  const lastCount = sameLast.length;
  const scored: { path: string; tail: number; head: number; length: number }[] = [];
  for (const candidate of new Set(sameLast)) {
    if (candidate === dotted || out.includes(candidate)) continue;
    const parts = candidate.split('.');
    let tail = 0;
    while (
      tail < parts.length &&
      tail < path.length &&
      norm(parts[parts.length - 1 - tail]!) === norm(path[path.length - 1 - tail]!)
    )
      tail++;
    if (tail === 0) continue;
    // One matching key is evidence only when the name is rare, or when a top-level key was nested one level down.
    if (tail === 1 && lastCount > 2 && !(parts.length === 1 && path.length === 2)) continue;
    let head = 0;
    while (head < parts.length && head < path.length && parts[head] === path[head]) head++;
    scored.push({ path: candidate, tail, head, length: parts.length });
  }
  scored.sort((a, b) => b.tail - a.tail || b.head - a.head || a.length - b.length || compareText(a.path, b.path));
  for (const s of scored) {
    if (out.length === 2) break;
    out.push(s.path);
  }
  return out;
}
