// Which of the repository's Talos clusters a release is applied to, from the layout of the repository: a path segment
// of the release's file that names one cluster and no other (its talconfig's clusterName, or a directory of its
// talconfig that the other clusters' talconfigs do not share: `talos/prod/` against `talos/staging/`).
import { dirname, relative, sep } from 'node:path';
import type { Talconfig } from '../model/talos.js';

export interface ClusterMatch {
  /** The talconfigs of the clusters the release is applied to. */
  talconfigs: Talconfig[];
  /** False when the repository describes several clusters and nothing in it tells which one the release runs on. */
  known: boolean;
}

const segments = (root: string, absPath: string) =>
  relative(root, absPath)
    .split(sep)
    .filter((s) => s && s !== '..' && s !== '.');

export function clustersOf(releaseFile: string, talconfigs: readonly Talconfig[], root: string): ClusterMatch {
  const clusters = new Set(talconfigs.map((t) => t.clusterName ?? t.file.absPath));
  if (clusters.size <= 1) return { talconfigs: [...talconfigs], known: true };
  const marks = talconfigs.map(
    (t) => new Set([...(t.clusterName ? [t.clusterName] : []), ...segments(root, dirname(t.file.absPath))]),
  );
  // A mark every cluster has (`talos`, `kubernetes`) tells nothing.
  const shared = new Set([...marks[0]!].filter((m) => marks.every((s) => s.has(m))));
  const path = new Set(segments(root, dirname(releaseFile)));
  const hits = talconfigs.filter((_, i) => [...marks[i]!].some((m) => !shared.has(m) && path.has(m)));
  return hits.length ? { talconfigs: hits, known: true } : { talconfigs: [...talconfigs], known: false };
}
