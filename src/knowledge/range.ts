// Chart version constraints as Flux source-controller evaluates them (Argo CD uses the same Go
// library): Masterminds/semver v3 `NewConstraint`, `Constraints.Check`, `NewVersion`, as read on
// its master after v3.4.0 (Flux pins v3.5.0, whose tag was not available to compare).
// npm `semver` does the parsing of normalised versions and the comparing; its *range* grammar is
// not used, because Masterminds differs from it in ways that change which chart gets installed:
//   - a prerelease in any comparison of an AND group lets prereleases of *any* version through
//     for the whole group (`>=1.2.3-0` admits 3.0.0-rc.1); npm only admits prereleases of the
//     same major.minor.patch;
//   - `~0.0.0` and `~*` admit everything, `^*` admits only 0.0.0, `!=*` excludes only 0.0.0;
//   - `x.1.2` is `*` (anything after a wildcard major is ignored), `1.x.5` is `1.x`;
//   - `1.2-3` is 1.2 with prerelease `3`; a hyphen range needs spaces (`1.2 - 3`), and after a
//     space-separated comparison it is an error (`>=1 2 - 3`; `>=1, 2 - 3` is fine);
//   - `=>`, `=<`, `~>` are accepted, `V1.2` and `1.2.3.4` are not.
import semver, { type SemVer } from 'semver';

export class ConstraintError extends Error {
  override name = 'ConstraintError';
}

export interface Constraint {
  readonly raw: string;
  /** Masterminds v3 Check(): does this version satisfy the constraint? `version` is a chart version string such as "4.22.0" or "v1.2.3". Invalid versions return false. */
  check(version: string): boolean;
}

interface Version {
  sv: SemVer;
  /** Prerelease as written (npm turns numeric identifiers into numbers). */
  pre: string;
  /** Would Flux's fluxcd/pkg version.ParseVersion (StrictNewVersion after one optional `v`) accept it? */
  strict: boolean;
}

// Masterminds' coercing NewVersion: optional lowercase `v`, 1-3 numeric parts, leading zeros allowed.
const LOOSE_VERSION =
  /^v?([0-9]+)(\.[0-9]+)?(\.[0-9]+)?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** Masterminds NewVersion (CoerceNewVersion=true, the default): `v1.2` → 1.2.0, `01.02.03` → 1.2.3. */
function parseVersion(text: string): Version | undefined {
  const m = LOOSE_VERSION.exec(text);
  if (!m) return undefined;
  const [, major = '', minorPart, patchPart, pre, build] = m;
  const minor = minorPart?.slice(1);
  const patch = patchPart?.slice(1);
  const num = (s: string | undefined) => (s ?? '0').replace(/^0+(?=\d)/, '');
  // npm's strict parser then validates what Masterminds' validatePrerelease/validateMetadata
  // validate (no empty identifiers, no leading zero in numeric prerelease identifiers).
  // Known gaps: npm caps parts at 2^53-1 (Go at 2^64-1) and whole versions at 256 characters.
  const sv = semver.parse(
    `${num(major)}.${num(minor)}.${num(patch)}${pre ? `-${pre}` : ''}${build ? `+${build}` : ''}`,
  );
  if (!sv) return undefined;
  const canonical = (s: string | undefined) => s !== undefined && num(s) === s;
  return { sv, pre: pre ?? '', strict: canonical(major) && canonical(minor) && canonical(patch) };
}

const compare = (a: Version, b: Version): number => semver.compare(a.sv, b.sv); // build metadata ignored, as in Go

// The regular expressions of constraints.go, built the same way. Go's RE2 `\s` is ASCII
// [\t\n\f\r ] (no \v, no Unicode spaces, unlike JS `\s`). The version class admits `|`, as in
// Go: such a version then fails NewVersion, unless it sits after a wildcard major and is ignored.
const WS = '[\\t\\n\\f\\r ]';
const CV =
  'v?([0-9|x|X|\\*]+)(\\.[0-9|x|X|\\*]+)?(\\.[0-9|x|X|\\*]+)?' +
  '(-([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?' +
  '(\\+([0-9A-Za-z\\-]+(\\.[0-9A-Za-z\\-]+)*))?';
// Order matters (leftmost-first alternation, same in RE2 and JS); the empty alternative is "no operator".
const OPS = '=||!=|>|<|>=|=>|<=|=<|~|~>|\\^';
const RANGE = new RegExp(`(${CV})${WS}+-${WS}+(${CV})${WS}*`, 'g'); // Go's has a leading \s*: see below
const FIND = new RegExp(`(${OPS})${WS}*(${CV})`, 'g');
const ONE = new RegExp(`^${WS}*(${OPS})${WS}*(${CV})${WS}*$`);
const VALID = new RegExp(`^(${WS}*(${OPS})${WS}*(${CV})${WS}*)((?:${WS}+|,${WS}*)(${OPS})${WS}*(${CV})${WS}*)*$`);

interface Comparison {
  op: string;
  con: Version;
  /** A wildcard or missing part: `1.x`/`1` are minorDirty, `1.2.x`/`1.2` patchDirty, `*` only dirty. */
  dirty: boolean;
  minorDirty: boolean;
  patchDirty: boolean;
}

const isX = (s: string) => s === 'x' || s === 'X' || s === '*';

function tilde(v: Version, c: Comparison): boolean {
  if (compare(v, c.con) < 0) return false;
  const { major, minor, patch } = c.con.sv;
  // Masterminds special case: ~0.0.0 (and ~*, whose version is 0.0.0) admits everything.
  if (major === 0 && minor === 0 && patch === 0 && !c.minorDirty && !c.patchDirty) return true;
  return v.sv.major === major && (c.minorDirty || v.sv.minor === minor);
}

function caret(v: Version, c: Comparison): boolean {
  if (compare(v, c.con) < 0) return false;
  const con = c.con.sv;
  if (con.major > 0 || c.minorDirty) return v.sv.major === con.major;
  if (v.sv.major > 0) return false;
  if (con.minor > 0 || c.patchDirty) return v.sv.minor === con.minor;
  if (v.sv.minor > 0) return false;
  // Reached by ^0.0.3, ^0.0.0 and also ^* (a wildcard major is not minorDirty): patch must be equal.
  return v.sv.patch === con.patch;
}

const OPERATORS: Record<string, (v: Version, c: Comparison) => boolean> = {
  // No operator or `=`: a partial version means `~` (`1.2` = 1.2.x), a full one means equal.
  '': (v, c) => (c.dirty ? tilde(v, c) : compare(v, c.con) === 0),
  '!=': (v, c) => {
    const con = c.con.sv;
    if (c.dirty) {
      if (v.sv.major !== con.major) return true;
      if (c.minorDirty) return false;
      if (v.sv.minor !== con.minor) return true;
      if (!c.patchDirty && v.sv.patch !== con.patch) return true;
      // `!=4.1-alpha` excludes every 4.1.z-alpha but not 4.1.0.
      if (c.patchDirty) return v.pre !== c.con.pre;
    }
    return compare(v, c.con) !== 0;
  },
  '>': (v, c) => {
    // Partial versions: `>1` means 2.0.0 and up, `>1.2` means 1.3.0 and up.
    if (!c.dirty) return compare(v, c.con) > 0;
    if (v.sv.major !== c.con.sv.major) return v.sv.major > c.con.sv.major;
    if (c.minorDirty) return false;
    if (c.patchDirty) return v.sv.minor > c.con.sv.minor;
    return compare(v, c.con) > 0;
  },
  // `<1.2` is < 1.2.0 and `>=1.2` is >= 1.2.0: the wildcard is a zero.
  '<': (v, c) => compare(v, c.con) < 0,
  '>=': (v, c) => compare(v, c.con) >= 0,
  '<=': (v, c) => {
    // Partial versions: `<=1` admits all of 1.x, `<=1.2` all of 1.2.x.
    if (!c.dirty) return compare(v, c.con) <= 0;
    if (v.sv.major > c.con.sv.major) return false;
    return !(v.sv.major === c.con.sv.major && v.sv.minor > c.con.sv.minor && !c.minorDirty);
  },
  '~': tilde,
  '^': caret,
};
const ALIASES: Record<string, string> = { '=': '', '=>': '>=', '=<': '<=', '~>': '~' };

function parseComparison(token: string, raw: string, from: number): Comparison {
  const m = ONE.exec(token);
  if (!m)
    throw new ConstraintError(
      `invalid version constraint ${JSON.stringify(raw)}: cannot read ${JSON.stringify(token)}`,
    );
  const [, op = '', cv = '', major = '', minor = '', patch = '', pre = ''] = m;
  // Wildcards and missing parts become zeros; the prerelease is kept, build metadata dropped.
  let text = cv;
  let minorDirty = false;
  let patchDirty = false;
  let dirty = true;
  if (isX(major)) text = `0.0.0${pre}`;
  else if (minor === '' || isX(minor.slice(1))) [text, minorDirty] = [`${major}.0.0${pre}`, true];
  else if (patch === '' || isX(patch.slice(1))) [text, patchDirty] = [`${major}${minor}.0${pre}`, true];
  else dirty = false;
  const con = parseVersion(text);
  if (!con) {
    const i = raw.indexOf(cv, from);
    throw new ConstraintError(
      `invalid version constraint ${JSON.stringify(raw)}: ${JSON.stringify(cv)}${i < 0 ? '' : ` at offset ${i}`} is not a valid version`,
    );
  }
  return { op: ALIASES[op] ?? op, con, dirty, minorDirty, patchDirty };
}

class MastermindsConstraint implements Constraint {
  readonly raw: string;
  /** OR of AND groups; `pre` is true when a comparison of the group names a prerelease. */
  private readonly groups: { comparisons: Comparison[]; pre: boolean }[] = [];

  constructor(raw: string) {
    this.raw = raw;
    // Hyphen ranges first: `a - b` becomes `>= a, <= b ` (Go replaces the first occurrence of
    // each matched text, as String.replace with a string pattern does).
    let text = raw;
    let end = 0;
    for (const m of raw.matchAll(RANGE)) {
      // Go's pattern starts with \s*, so its match begins where the whitespace before `a` does
      // (not before the previous match). Extending by hand gives the same text in linear time.
      let start = m.index;
      while (start > end && /[\t\n\f\r ]/.test(raw.charAt(start - 1))) start--;
      end = m.index + m[0].length;
      text = text.replace(raw.slice(start, end), () => `>= ${m[1] ?? ''}, <= ${m[11] ?? ''} `);
    }
    let offset = 0; // of the segment in `text`, which is `raw` unless a hyphen range was rewritten
    for (const [index, segment] of text.split('||').entries()) {
      const from = text === raw ? offset : 0;
      // Collapsing whitespace runs does not change what VALID matches, and keeps a
      // backtracking engine from exploring every split of a run (Go's RE2 is linear).
      if (!VALID.test(segment.replace(/[\t\n\f\r ]+/g, ' '))) {
        throw new ConstraintError(
          `invalid version constraint ${JSON.stringify(raw)}: alternative ${index + 1} ` +
            (text === raw
              ? `(${JSON.stringify(segment)}) at offset ${from}`
              : `(${JSON.stringify(segment)} after rewriting hyphen ranges)`) +
            ' is not a list of comparisons such as ">=1.2.3 <2"',
        );
      }
      const comparisons = [...segment.matchAll(FIND)].map((m) => parseComparison(m[0], raw, from));
      this.groups.push({ comparisons, pre: comparisons.some((c) => c.con.pre !== '') });
      offset += segment.length + 2;
    }
  }

  check(version: string): boolean {
    const v = parseVersion(version);
    return v !== undefined && this.checkVersion(v);
  }

  checkVersion(v: Version): boolean {
    return this.groups.some(
      // A prerelease version is only considered by a group that names a prerelease somewhere.
      (g) => (v.pre === '' || g.pre) && g.comparisons.every((c) => OPERATORS[c.op]?.(v, c) ?? false),
    );
  }
}

/** Masterminds `NewConstraint`. Note that it rejects "" (Flux turns "" into "*" first; see chooseVersion). */
export function parseConstraint(raw: string): Constraint {
  return new MastermindsConstraint(raw);
}

/** Flux source-controller's choice of a chart version from an index: returns the admitted versions (sorted ascending, as given in `available`) and the one Flux would install (`chosen`), or undefined when nothing matches. `raw` undefined/""/"*" = newest stable. Exact string match first. Throws ConstraintError for an invalid constraint. */
export function chooseVersion(
  raw: string | undefined,
  available: readonly string[],
): { admitted: string[]; chosen: string | undefined; exact: boolean } {
  // getChartVersion: an entry spelled exactly like `version` wins before any parsing, so a
  // pin such as "latest" or "1.2" works if the index has that exact string.
  if (raw) {
    const hit = available.find((v) => v === raw);
    if (hit !== undefined) return { admitted: [hit], chosen: hit, exact: true };
  }
  const constraint = new MastermindsConstraint(raw ? raw : '*');
  // Index entries must pass fluxcd/pkg version.ParseVersion (strict SemVer after one optional
  // `v`); others ("1.2", "01.2.3", "latest") are skipped silently.
  const matched: { text: string; v: Version }[] = [];
  for (const text of available) {
    const v = parseVersion(text);
    if (v?.strict && constraint.checkVersion(v)) matched.push({ text, v });
  }
  // Stable sort: versions equal but for build metadata keep index order; Flux breaks that tie
  // by the entries' `created` time (newest wins), which this list does not carry.
  matched.sort((a, b) => compare(a.v, b.v));
  const admitted = matched.map((m) => m.text);
  return { admitted, chosen: admitted.at(-1), exact: false };
}
