// Which Flux the repository runs, from what it states (model/flux-pins.ts): a version, or a constraint resolved the
// way flux-operator resolves a distribution version (the newest release it admits). Flux upgrades itself from the
// manifests it is given, so where the repository states several versions (a bootstrap pin and the manifests Flux
// reconciles) the newest is the one running.
import semver from 'semver';
import { FLUX2_CHART_FLUX, FLUX2_CHART_NEWEST, FLUX_RELEASES, fluxOfChart, NEWEST_FLUX } from '../knowledge/flux.js';
import { parseConstraint } from '../knowledge/range.js';
import type { FluxPin } from '../model/flux-pins.js';

export interface RunningFlux {
  /** The Flux release it decides by (for a constraint, the newest release it admits). */
  version: string;
  pin: FluxPin;
  /** For messages: `Flux 2.1.1 (the Flux install manifests kubernetes/bootstrap/kustomization.yaml pulls)`. */
  label: string;
}

/** The newest of `known` that a version or constraint admits; `above` when it also admits releases newer than those. */
function newestAdmitted(written: string, known: readonly string[], newest: string, above: string): string | undefined {
  const exact = semver.valid(written.trim().replace(/^v/, ''));
  if (exact) return exact;
  try {
    const c = parseConstraint(written);
    const next = semver.inc(newest, 'patch')!;
    if (c.check(next) || c.check(semver.inc(newest, 'minor')!)) return above;
    return [...known].reverse().find((v) => c.check(v));
  } catch {
    return undefined;
  }
}

function versionOf(pin: FluxPin): string | undefined {
  if (pin.of === 'flux') return newestAdmitted(pin.constraint, FLUX_RELEASES, NEWEST_FLUX, NEWEST_FLUX);
  const chart = newestAdmitted(
    pin.constraint,
    FLUX2_CHART_FLUX.map(([from]) => from).concat(FLUX2_CHART_NEWEST),
    FLUX2_CHART_NEWEST,
    '',
  );
  return chart ? fluxOfChart(chart) : chart === '' ? NEWEST_FLUX : undefined;
}

export function runningFlux(pins: readonly FluxPin[]): RunningFlux | undefined {
  let best: RunningFlux | undefined;
  for (const pin of pins) {
    const version = versionOf(pin);
    if (!version || (best && semver.lte(version, best.version))) continue;
    const shown =
      pin.of === 'flux'
        ? `Flux ${pin.constraint.replace(/^v(?=\d)/, '')}`
        : `Flux ${semver.major(version)}.${semver.minor(version)} (flux2 chart ${pin.constraint})`;
    best = { version, pin, label: `${shown} (${pin.how})` };
  }
  return best;
}
