// Which HelmRelease API versions each Flux release serves, and how a repository says which Flux it runs.
//
// Served versions: the `spec.versions` of config/crd/bases/helm.toolkit.fluxcd.io_helmreleases.yaml at every
// fluxcd/helm-controller tag, mapped to Flux releases by fluxcd/flux2 manifests/bases/helm-controller/kustomization.yaml
// at every flux2 tag. v2beta1 from Flux 0.1.0 (helm-controller 0.1.0), deprecated from 2.2.0 (helm-controller 0.37.0,
// "v2beta1 HelmRelease is deprecated, upgrade to v2beta2"), removed in 2.7.0 (helm-controller 1.4.0, commit d7cd9ae);
// v2beta2 from 2.2.0, deprecated from 2.3.0 (helm-controller 1.0.1), removed in 2.8.0 (helm-controller 1.5.0,
// commit 34861e7); v2 from 2.3.0. helm-controller CHANGELOG 1.4.0 and 1.5.0: "Before upgrading the CRDs, Flux users
// must run `flux migrate`" (flux2 cmd/flux/migrate.go, first in Flux 2.7.0).
import semver from 'semver';

export interface ApiLifecycle {
  /** The first Flux release that serves it. */
  since: string;
  deprecatedIn?: string;
  removedIn?: string;
  /** The helm-controller release that removed it, for messages. */
  removedInController?: string;
  /** What replaces it. */
  successor: string;
}

export const HELMRELEASE_APIS: Readonly<Record<string, ApiLifecycle>> = {
  'helm.toolkit.fluxcd.io/v2alpha1': {
    since: '0.0.13',
    removedIn: '0.1.0',
    removedInController: '0.1.0',
    successor: 'helm.toolkit.fluxcd.io/v2beta1',
  },
  'helm.toolkit.fluxcd.io/v2beta1': {
    since: '0.1.0',
    deprecatedIn: '2.2.0',
    removedIn: '2.7.0',
    removedInController: '1.4.0',
    successor: 'helm.toolkit.fluxcd.io/v2',
  },
  'helm.toolkit.fluxcd.io/v2beta2': {
    since: '2.2.0',
    deprecatedIn: '2.3.0',
    removedIn: '2.8.0',
    removedInController: '1.5.0',
    successor: 'helm.toolkit.fluxcd.io/v2',
  },
  'helm.toolkit.fluxcd.io/v2': { since: '2.3.0', successor: 'helm.toolkit.fluxcd.io/v2' },
};

/** helm.fluxcd.io/v1 belongs to Flux v1's Helm Operator, which Flux v2's helm-controller never served. */
export const HELM_OPERATOR_API = 'helm.fluxcd.io/v1';

/**
 * The newest patch of every Flux minor (fluxcd/flux2 tags up to v2.9.4, 2026-08-07): what a constraint such as `2.6.x`
 * installs. Flux 1.x was Flux v1 (no helm-controller); 2.0.0 followed 0.41.
 */
export const FLUX_RELEASES: readonly string[] = [
  ...'0.1.8 0.2.6 0.3.0 0.4.3 0.5.9 0.6.3 0.7.7 0.8.2 0.9.1 0.10.0 0.11.0 0.12.3 0.13.4 0.14.2 0.15.3 0.16.2 0.17.2 0.18.3 0.19.1 0.20.1'.split(
    ' ',
  ),
  ...'0.21.1 0.22.1 0.23.0 0.24.1 0.25.3 0.26.3 0.27.4 0.28.5 0.29.5 0.30.2 0.31.5 0.32.0 0.33.0 0.34.0 0.35.0 0.36.0 0.37.0 0.38.3'.split(
    ' ',
  ),
  ...'0.39.0 0.40.2 0.41.2 2.0.1 2.1.2 2.2.3 2.3.0 2.4.0 2.5.1 2.6.4 2.7.5 2.8.8 2.9.4'.split(' '),
];

/** The newest Flux release helmvet knows. */
export const NEWEST_FLUX = FLUX_RELEASES[FLUX_RELEASES.length - 1]!;

/** `flux migrate` first shipped in Flux 2.7.0 (flux2 cmd/flux/migrate.go). */
export const FLUX_MIGRATE_SINCE = '2.7.0';

export type Serving = 'current' | 'deprecated' | 'removed' | 'not-yet' | 'never';

/** What a Flux release does with a HelmRelease apiVersion; the newest Flux when the version is undefined. */
export function serving(apiVersion: string, flux: string = NEWEST_FLUX): Serving {
  if (apiVersion === HELM_OPERATOR_API) return 'never';
  const api = HELMRELEASE_APIS[apiVersion];
  if (!api) return 'never';
  if (semver.lt(flux, api.since)) return 'not-yet';
  if (api.removedIn && semver.gte(flux, api.removedIn)) return 'removed';
  if (api.deprecatedIn && semver.gte(flux, api.deprecatedIn)) return 'deprecated';
  return 'current';
}

/** Served by the newest Flux without a deprecation: an API a release can stay on. */
export const isCurrentHelmReleaseApi = (apiVersion: string) => serving(apiVersion) === 'current';

/**
 * fluxcd-community/helm-charts charts/flux2: chart version → the Flux it installs (appVersion at each flux2-<version>
 * tag; chart 2.18.3 is Flux 2.8.5, the newest in the snapshot). Ranges by the first chart version of each Flux minor.
 */
export const FLUX2_CHART_FLUX: readonly (readonly [chartFrom: string, flux: string])[] = [
  ['0.0.1', '0.20.1'],
  ['0.3.0', '0.21.1'],
  ['0.4.0', '0.23.0'],
  ['0.6.0', '0.24.0'],
  ['0.9.0', '0.25.3'],
  ['0.11.0', '0.26.1'],
  ['0.13.0', '0.27.0'],
  ['0.15.0', '0.28.3'],
  ['0.17.0', '0.29.1'],
  ['0.19.0', '0.30.2'],
  ['0.20.0', '0.31.1'],
  ['1.1.0', '0.32.0'],
  ['1.2.0', '0.33.0'],
  ['1.5.0', '0.34.0'],
  ['1.6.0', '0.35.0'],
  ['1.7.0', '0.36.0'],
  ['2.1.0', '0.37.0'],
  ['2.6.0', '0.39.0'],
  ['2.7.0', '0.41.1'],
  ['2.8.0', '2.0.0-rc.3'],
  ['2.9.0', '2.0.0'],
  ['2.10.0', '2.1.0'],
  ['2.12.0', '2.2.0'],
  ['2.13.0', '2.3.0'],
  ['2.14.0', '2.4.0'],
  ['2.15.0', '2.5.1'],
  ['2.16.0', '2.6.1'],
  ['2.17.0', '2.7.2'],
  ['2.18.0', '2.8.1'],
];
export const FLUX2_CHART_NEWEST = '2.18.3';

/** The Flux minor a flux2 chart version installs; undefined past the newest chart helmvet knows. */
export function fluxOfChart(chart: string): string | undefined {
  if (!semver.valid(chart) || semver.gt(chart, FLUX2_CHART_NEWEST)) return undefined;
  let flux: string | undefined;
  for (const [from, f] of FLUX2_CHART_FLUX) if (semver.gte(chart, from)) flux = f;
  return flux;
}
