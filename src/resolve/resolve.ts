// Which chart versions each Falco release admits and which one its tool installs today, as far as helmvet knows.
import semver from 'semver';
import type { Span } from '../findings.js';
import { FALCOSECURITY_CHART_GIT, FALCOSECURITY_CHART_REPOS, type ChartVersion } from '../knowledge/charts.js';
import type { Knowledge } from '../knowledge/index.js';
import { chooseVersion, ConstraintError, parseConstraint } from '../knowledge/range.js';
import { serving, type Serving } from '../knowledge/flux.js';
import type { Release, RepoModel, Unresolved } from '../model/types.js';
import { runningFlux, type RunningFlux } from './flux.js';
import { runsOf, type Runs } from './runs.js';

export type ResolutionStatus = 'resolved' | 'unknown-version' | 'no-match' | 'variable' | 'invalid' | 'git';

export interface ResolvedRelease {
  release: Release;
  status: ResolutionStatus;
  /** The constraint as the tool reads it (`*` when the field is absent). */
  constraint: string;
  /** Known chart versions the constraint admits, oldest first. */
  admitted: ChartVersion[];
  /** What the tool installs today, as far as helmvet knows. */
  installed: ChartVersion | undefined;
  exact: boolean;
  /** The constraint admits versions newer than the newest helmvet knows, so `installed` may be older than what runs. */
  openAbove: boolean;
  /** The constraint lets every future major in (absent, empty, `*`, or no upper bound past the next major). */
  anyMajor: boolean;
  /** Where findings about the version point: the version string, or where it belongs. */
  span: Span;
  /** Why nothing is installed, for `invalid`. */
  error?: string;
  /** Flux releases: what the Flux the repository runs (or, when it does not say, the newest) does with the apiVersion. */
  api?: { serving: Serving; flux: RunningFlux | undefined };
  /** What the installed chart runs with the release's values: its Falco, driver and plugins. */
  runs?: Runs;
}

const normalizeUrl = (url: string) => url.trim().replace(/\/+$/, '').toLowerCase();

/** Is this the falcosecurity falco chart? `undefined` when it is a chart named falco from a source helmvet does not know. */
export function isFalcoChart(release: Release, mirrors: readonly string[]): boolean | undefined {
  const { chart } = release;
  if (chart.sourceKind === 'git') {
    const path = (chart.path ?? '').replace(/^\.\//, '').replace(/\/+$/, '');
    return !!chart.repoUrl && FALCOSECURITY_CHART_GIT.test(chart.repoUrl) && /(^|\/)charts?\/falco$/.test(path);
  }
  if (chart.name !== 'falco') return false;
  if (!chart.repoUrl) return true;
  const url = normalizeUrl(chart.repoUrl);
  if ([...FALCOSECURITY_CHART_REPOS, ...mirrors].some((r) => normalizeUrl(r) === url)) return true;
  return undefined;
}

function admitsNewer(raw: string, newest: string): boolean {
  try {
    const c = parseConstraint(raw);
    return ['patch', 'minor', 'major'].some((bump) =>
      c.check(semver.inc(newest, bump as semver.ReleaseType) ?? newest),
    );
  } catch {
    return false;
  }
}

/** Does the constraint admit the two majors after `highest`, the newest version it admits among known ones? */
function admitsNextMajors(constraint: string, highest: string): boolean {
  try {
    const c = parseConstraint(constraint);
    const next = semver.inc(highest, 'major');
    return !!next && c.check(next) && c.check(semver.inc(next, 'major') ?? next);
  } catch {
    return false;
  }
}

function resolveOne(release: Release, knowledge: Knowledge): ResolvedRelease {
  const { version } = release;
  const span = version.node?.span ?? version.anchor;
  const base = { release, admitted: [], installed: undefined, exact: false, openAbove: false, anyMajor: false, span };
  const raw = version.raw?.trim();
  if (version.kind === 'git') return { ...base, status: 'git', constraint: raw ?? '' };
  if (raw && /\$\{[^}]*\}|\$[A-Za-z_]/.test(raw)) return { ...base, status: 'variable', constraint: raw };
  const constraint = raw === undefined || raw === '' ? '*' : raw;
  const versions = knowledge.charts.map((c) => c.version);
  // An OCI tag is a literal tag, not a range.
  const literal = version.field === 'spec.ref.tag';
  let chosen: { admitted: string[]; chosen: string | undefined; exact: boolean };
  try {
    chosen = literal
      ? (() => {
          const hit = versions.find((v) => v === constraint.replace(/^v/, ''));
          return { admitted: hit ? [hit] : [], chosen: hit, exact: true };
        })()
      : chooseVersion(constraint, versions);
  } catch (e) {
    if (!(e instanceof ConstraintError)) throw e;
    return { ...base, status: 'invalid', constraint, error: e.message };
  }
  const admitted = chosen.admitted.map((v) => knowledge.chartVersion(v)).filter((c): c is ChartVersion => !!c);
  const openAbove = literal
    ? !chosen.chosen &&
      semver.valid(semver.coerce(constraint)) !== null &&
      semver.gt(semver.coerce(constraint)!, knowledge.newest.version)
    : admitsNewer(constraint, knowledge.newest.version);
  const installed = chosen.chosen ? knowledge.chartVersion(chosen.chosen) : undefined;
  if (!installed)
    return {
      ...base,
      status: openAbove ? 'unknown-version' : 'no-match',
      constraint,
      admitted,
      openAbove,
      exact: chosen.exact,
    };
  const anyMajor = !chosen.exact && (constraint.trim() === '*' || admitsNextMajors(constraint, installed.version));
  return {
    ...base,
    status: 'resolved',
    constraint,
    admitted,
    installed,
    exact: chosen.exact,
    openAbove,
    anyMajor,
    runs: runsOf(release.values, installed, admitted),
  };
}

export function resolveReleases(
  model: RepoModel,
  knowledge: Knowledge,
  mirrors: readonly string[],
  unresolved: Unresolved[],
): ResolvedRelease[] {
  const out: ResolvedRelease[] = [];
  const flux = runningFlux(model.fluxPins);
  for (const release of model.releases) {
    const falco = isFalcoChart(release, mirrors);
    if (falco === undefined) {
      unresolved.push({
        span: release.chart.span,
        why: { reason: 'not-falcosecurity', release: release.title, url: release.chart.repoUrl ?? null },
      });
    }
    if (!falco) continue;
    const resolved = resolveOne(release, knowledge);
    out.push(
      release.tool === 'flux'
        ? { ...resolved, api: { serving: serving(release.apiVersion, flux?.version), flux } }
        : resolved,
    );
  }
  return out;
}
