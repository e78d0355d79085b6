// Whether an advisory's conditions hold for what a release runs: the driver it loads, the plugins the chart loads, the
// values in effect, and what the repository says of the nodes (their kernel through the Talos version, their names).
// The advisory data says which conditions it needs (schemas/advisory.schema.json); this decides them.
import type { LoadedAdvisory, ValuesCondition } from '../knowledge/advisories.js';
import type { ChartVersion } from '../knowledge/charts.js';
import type { FalcoDriver } from '../knowledge/drivers.js';
import { containerPluginLoaded, k8smetaPluginLoaded } from './plugins.js';
import { talosKernel } from '../knowledge/talos.js';
import { fileLine } from '../load/source.js';
import type { TalosModel } from '../model/talos.js';
import { scalarAt, type VNode } from '../model/values.js';

export interface ConditionInput {
  /** The user's values, merged (undefined: none, or none helmvet can read). */
  values: VNode | undefined;
  /** The chart version that runs; undefined for values without a release, or Falco run from its image. */
  chart: ChartVersion | undefined;
  /** The driver it loads, as the release's values and chart decide it; undefined when helmvet cannot tell. */
  driver: FalcoDriver | undefined;
  /** false for Falco run from its image: which plugins it loads and which values it has are in its own falco.yaml. */
  chartValues: boolean;
  talos: TalosModel;
}

function holds(c: ValuesCondition, input: ConditionInput): boolean {
  if ('any' in c) return c.any.some((x) => holds(x, input));
  if ('driver' in c) return !!input.driver && c.driver.includes(input.driver);
  const written = scalarAt(input.values, c.key.split('.'));
  const value = written && written.value !== null ? written.value : c.default;
  return value === c.is;
}

/**
 * The clause that says why the advisory applies here (` on Talos v1.13.7, Linux 6.18.39 (talos/talconfig.yaml:3)`),
 * '' when it needs nothing the repository tells, or undefined when it does not apply (or helmvet cannot tell that it
 * does: a condition on values Falco reads from its own falco.yaml, a kernel no Talos config names).
 */
export function advisoryApplies(
  advisory: LoadedAdvisory,
  input: ConditionInput,
  kernelOf: (talos: string | undefined) => string | undefined = talosKernel,
): string | undefined {
  if (advisory.drivers && (!input.driver || !advisory.drivers.includes(input.driver))) return undefined;
  if ((advisory.plugins || advisory.values) && !input.chartValues) return undefined;
  for (const plugin of advisory.plugins ?? []) {
    const loaded =
      plugin === 'container'
        ? containerPluginLoaded(input.values, input.chart)
        : k8smetaPluginLoaded(input.values, input.chart);
    if (!loaded) return undefined;
  }
  if (advisory.values && !advisory.values.every((c) => holds(c, input))) return undefined;
  const clauses: string[] = [];
  if (advisory.kernelRange) {
    const met = input.talos.talconfigs.find((tc) => {
      const kernel = kernelOf(tc.talosVersion.version);
      return kernel && advisory.kernelRange!.check(kernel);
    });
    if (!met) return undefined;
    const at = met.talosVersion.node?.span ?? met.root.span;
    clauses.push(
      `on Talos ${met.talosVersion.version!}, Linux ${kernelOf(met.talosVersion.version)!} (${fileLine(at.file, at.start)})`,
    );
  }
  if (advisory.nodeNamePattern) {
    const pattern = advisory.nodeNamePattern;
    const node = input.talos.talconfigs.flatMap((tc) => tc.nodes).find((n) => pattern.test(n.hostname));
    if (!node) return undefined;
    const at = node.root.entries.get('hostname')?.value.span ?? node.root.span;
    clauses.push(`on node ${node.hostname} (${fileLine(at.file, at.start)})`);
  }
  return clauses.map((c) => ` ${c}`).join('');
}
