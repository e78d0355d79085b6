// When the chart loads the container and k8smeta plugins, and which plugin a values tree really runs.
// Facts: ../shared/reference/falco-chart-migrations.md §2.1 and falco-facts.md §1, from charts values.yaml and
// _helpers.tpl ("falco.containerPlugin", "k8smeta.configuration") at each falco-<version> tag.
import semver from 'semver';
import type { ChartVersion } from '../knowledge/charts.js';
import { isPluginRef } from '../knowledge/plugins.js';
import { boolAt, stringAt, valueAt, type VNode, type VScalar } from '../model/values.js';

/** A user `falco.plugins` entry with this name replaces the chart's generated one. */
function userPlugin(values: VNode | undefined, name: string): { loaded: boolean } | undefined {
  const list = valueAt(values, ['falco', 'plugins']);
  if (list?.kind !== 'seq' || !list.items.some((p) => stringAt(p, ['name']) === name)) return undefined;
  const load = valueAt(values, ['falco', 'load_plugins']);
  return { loaded: load?.kind === 'seq' && load.items.some((i) => i.kind === 'scalar' && i.value === name) };
}

/**
 * Does the chart load the container plugin with these values? From 4.22.0 (the first chart with the plugin),
 * when collectors.enabled and driver.enabled hold and either containerEngine or, before 7.0.0, a legacy collector
 * is enabled. Defaults: 4.22.0–6.1.x containerEngine off and legacy collectors on; 6.2.0–6.4.1 the reverse;
 * 7.0.0 removed the legacy collectors.
 */
export function containerPluginLoaded(values: VNode | undefined, chart: ChartVersion | undefined): boolean {
  if (chart && semver.lt(chart.version, '4.22.0')) return false;
  if (boolAt(values, ['collectors', 'enabled']) === false || boolAt(values, ['driver', 'enabled']) === false)
    return false;
  const own = userPlugin(values, 'container');
  if (own) return own.loaded;
  const modern = !chart || semver.gte(chart.version, '6.2.0');
  if (boolAt(values, ['collectors', 'containerEngine', 'enabled']) ?? modern) return true;
  if (chart && semver.gte(chart.version, '7.0.0')) return false;
  return ['docker', 'containerd', 'crio'].some((c) => boolAt(values, ['collectors', c, 'enabled']) ?? !modern);
}

/** Does the chart load the k8smeta plugin? From 4.0.0, when collectors.kubernetes.enabled (default false) and driver.enabled. */
export function k8smetaPluginLoaded(values: VNode | undefined, chart: ChartVersion | undefined): boolean {
  if (chart && semver.lt(chart.version, '4.0.0')) return false;
  if (boolAt(values, ['driver', 'enabled']) === false) return false;
  const own = userPlugin(values, 'k8smeta');
  if (own) return own.loaded;
  return boolAt(values, ['collectors', 'kubernetes', 'enabled']) === true;
}

/** Plugin refs the user writes: the chart's pluginRef key and falcoctl install refs. */
export function userPluginRefs(values: VNode | undefined, plugin: 'container' | 'k8smeta'): VScalar[] {
  const refs: VScalar[] = [];
  const key = valueAt(values, ['collectors', plugin === 'container' ? 'containerEngine' : 'kubernetes', 'pluginRef']);
  if (key?.kind === 'scalar' && typeof key.value === 'string') refs.push(key);
  const install = valueAt(values, ['falcoctl', 'config', 'artifact', 'install', 'refs']);
  for (const item of install?.kind === 'seq' ? install.items : []) {
    if (item.kind === 'scalar' && typeof item.value === 'string' && isPluginRef(item.value, plugin)) refs.push(item);
  }
  return refs;
}
