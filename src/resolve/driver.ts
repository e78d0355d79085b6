// The driver a release of the falco chart loads with its values (the facts: knowledge/drivers.ts).
import semver from 'semver';
import type { ChartVersion } from '../knowledge/charts.js';
import { DRIVER_NAMES, type FalcoDriver } from '../knowledge/drivers.js';
import { boolAt, scalarAt, type VNode, type VScalar } from '../model/values.js';

export interface EffectiveDriver {
  kind: FalcoDriver;
  /** The value the user wrote; undefined when the chart's default applies. */
  written: VScalar | undefined;
  /** `driver.kind`, or `ebpf.enabled` for chart 1.x. */
  field: 'driver.kind' | 'ebpf.enabled';
  /** The value as written, or the chart's default as the chart spells it (`module`). */
  value: string;
  /** The chart version (or versions) whose default applies; undefined when the user wrote the driver. */
  defaultOf: string | undefined;
}

/**
 * The driver a falco chart release loads with these values (falco-chart-migrations.md §2.4): `driver.enabled: false`
 * loads none; `driver.kind` when set; else the chart's default (`module` 2.x–3.x, `kmod` 4.0.0–4.3.1, `auto` from
 * 4.4.0). Chart 1.x has no driver.kind: `ebpf.enabled: true` loads the legacy probe. undefined when helmvet cannot
 * tell (no known chart, a `${VAR}` value, a kind the chart does not accept).
 */
export function effectiveDriver(
  values: VNode | undefined,
  chart: ChartVersion | undefined,
  candidates: readonly ChartVersion[] = [],
): EffectiveDriver | undefined {
  const legacy = chart && semver.lt(chart.version, '2.0.0');
  if (legacy) {
    const ebpf = scalarAt(values, ['ebpf', 'enabled']);
    return ebpf?.value === true
      ? { kind: 'ebpf', written: ebpf, field: 'ebpf.enabled', value: ebpf.source, defaultOf: undefined }
      : undefined;
  }
  if (boolAt(values, ['driver', 'enabled']) === false) return undefined;
  const written = scalarAt(values, ['driver', 'kind']);
  if (written && written.value !== null) {
    const kind = typeof written.value === 'string' ? DRIVER_NAMES.get(written.value) : undefined;
    if (!kind || (kind === 'auto' && chart && semver.lt(chart.version, '4.4.0'))) return undefined;
    return { kind, written, field: 'driver.kind', value: written.source, defaultOf: undefined };
  }
  // Without an installed version, the admitted versions may still agree on the default.
  const defaults = chart ? [chart] : candidates;
  const kinds = [...new Set(defaults.map((c) => c.driverKind))];
  const value = kinds.length === 1 ? kinds[0] : undefined;
  const kind = value ? DRIVER_NAMES.get(value) : undefined;
  if (!kind || !value) return undefined;
  const defaultOf = chart ? chart.version : `${defaults[0]!.version} to ${defaults[defaults.length - 1]!.version}`;
  return { kind, written: undefined, field: 'driver.kind', value, defaultOf };
}
