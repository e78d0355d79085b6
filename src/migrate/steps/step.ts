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

/**
 * The replacement-table entries whose chart version lies after `after` and in this step's major, up to the target.
 */
function applyTable(tree: MMap, major: number, after: string, target: string, log: ChangeLog): void {
  const upTo = semver.major(target) > major ? `${major}.999.999` : target;
  for (const m of entriesFor(after, upTo)) applyMigration(tree, m, log);
}

/**
 * A step that is the replacement table's entries for its major (those after `after`: by default, after the major
 * before), then `extra`.
 */
export const step = (to: number, extra?: (tree: MMap, log: ChangeLog) => void, after = `${to - 1}.999.999`): Step => ({
  to,
  apply(tree, target, log) {
    applyTable(tree, to, after, target, log);
    extra?.(tree, log);
  },
});
