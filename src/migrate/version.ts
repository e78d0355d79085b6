// Rewrites a chart version constraint for a target major, in the user's own style:
// ">=4.0.0 <5.0.0" → ">=8.0.0 <9.0.0", "4.x" → "8.x", "~4.22" → "~8.0"; an exact pin becomes the newest known
// version of the target major that no advisory marks as bad.
import semver from 'semver';
import { defaultComponent } from '../knowledge/advisories.js';
import type { Knowledge } from '../knowledge/index.js';
import { chooseVersion } from '../knowledge/range.js';
import type { ChartVersion } from '../knowledge/charts.js';

const VERSION_TOKEN = /(v?)(\d+)((?:\.(?:\d+|[xX*])){0,2})(-[0-9A-Za-z.-]+)?(?![\d.])/g;

/** Does any advisory affect what this chart version deploys by default? */
export function isAdvised(chart: ChartVersion, knowledge: Knowledge): boolean {
  return knowledge.advisories.some((a) => {
    const v = defaultComponent(a, chart);
    return !!v && a.affects(v) !== undefined;
  });
}

/** The newest known version of a major, preferring one no advisory marks as bad. */
export function bestOfMajor(major: number, knowledge: Knowledge): ChartVersion | undefined {
  const line = knowledge.charts.filter((c) => semver.major(c.version) === major && !semver.prerelease(c.version));
  return [...line].reverse().find((c) => !isAdvised(c, knowledge)) ?? line[line.length - 1];
}

export interface VersionRewrite {
  text: string;
  /** What it resolves to, among known versions. */
  resolves: string | undefined;
  note: string;
}

/** Shifts every version in the constraint whose major is `from` or `from + 1` by the distance to `to`. */
function shiftMajors(constraint: string, from: number, to: number): string {
  return constraint.replace(VERSION_TOKEN, (token, v: string, major: string, rest: string) => {
    const m = Number(major);
    if (m !== from && m !== from + 1) return token;
    // The parts below the major restart at zero, keeping their shape (4.22 → 8.0, 4.x → 8.x); a prerelease of the
    // old major does not carry over.
    return `${v}${m - from + to}${rest.replace(/\d+/g, '0')}`;
  });
}

export function rewriteVersion(
  raw: string,
  exact: boolean,
  from: number,
  to: number,
  knowledge: Knowledge,
): VersionRewrite | undefined {
  if (from === to) return undefined;
  const best = bestOfMajor(to, knowledge);
  if (!best) return undefined;
  if (exact) {
    return {
      text: raw.replace(/v?\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?/, (m) => `${m.startsWith('v') ? 'v' : ''}${best.version}`),
      resolves: best.version,
      note: `pinned to ${best.version}, the newest ${to}.x helmvet knows${isAdvised(best, knowledge) ? '' : ' that no advisory marks as bad'}`,
    };
  }
  const shifted = shiftMajors(raw, from, to);
  const versions = knowledge.charts.map((c) => c.version);
  try {
    const { admitted, chosen } = chooseVersion(shifted, versions);
    if (chosen && admitted.every((v) => semver.major(v) === to))
      return { text: shifted, resolves: chosen, note: `"${raw}" becomes "${shifted}", which installs ${chosen}` };
  } catch {
    // Not a constraint after shifting: fall through to the canonical range.
  }
  const canonical = `>=${to}.0.0 <${to + 1}.0.0`;
  return {
    text: canonical,
    resolves: chooseVersion(canonical, versions).chosen,
    note: `"${raw}" could not be shifted to ${to}.x in its own style; it becomes "${canonical}"`,
  };
}
