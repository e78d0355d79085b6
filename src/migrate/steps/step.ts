// A migration step: what values need to cross one chart major boundary.
import semver from 'semver';
import type { ChangeLog } from '../changes.js';
import { applyMigration, entriesFor } from '../transforms.js';
import type { MMap } from '../tree.js';

export interface Step {
  /** The major the values reach (they leave the one before). */
  to: number;
  /** Rewrites the tree for a target chart version of major `to` or later. */
  apply(tree: MMap, target: string, log: ChangeLog): void;
}

/** The first step: it also carries the entries of chart 1.x (`integrations`, removed in 1.6.0), crossed on the way to 2. */
const FIRST = 2;

/** The replacement-table entries whose chart version lies in this step's major, up to the target. */
export function applyTable(tree: MMap, major: number, target: string, log: ChangeLog): void {
  const upTo = semver.major(target) > major ? `${major}.999.999` : target;
  const after = major === FIRST ? '0.0.0' : `${major - 1}.999.999`;
  for (const m of entriesFor(after, upTo)) applyMigration(tree, m, log);
}

/** A step that is the replacement table's entries for its major, then `extra`. */
export const step = (to: number, extra?: (tree: MMap, log: ChangeLog) => void): Step => ({
  to,
  apply(tree, target, log) {
    applyTable(tree, to, target, log);
    extra?.(tree, log);
  },
});
