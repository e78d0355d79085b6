// What a release of the falco chart runs with its values: the Falco (the chart's appVersion, or the one `image.tag`
// pins), the driver, and the plugins the chart loads with their versions. Worked out once per release (resolve.ts);
// the rules, the summary and migrate read it and never work it out again.
import type { ChartVersion } from '../knowledge/charts.js';
import { effectiveDriver, type EffectiveDriver } from './driver.js';
import { containerPluginLoaded, k8smetaPluginLoaded } from './plugins.js';
import { stringAt, valueAt, type VNode } from '../model/values.js';
import { falcoVersionOfTag } from './images.js';

/** The Falco that runs: the chart's, or the one `image.tag` pins (`0.41.0-debian` is 0.41.0). */
export type RunningFalco = {
  /** null when the tag pins a Falco helmvet cannot name (`latest`, a branch). */
  version: string | null;
  pinned: boolean;
  /** The image tag, when it pins a Falco helmvet cannot name. */
  tag: string | null;
};

export interface RunningPlugin {
  /** The chart loads the plugin with these values. */
  loaded: boolean;
  /** The version the chart pins by default; null when it pins none. */
  version: string | null;
  /** The user names the plugin's ref (`pluginRef`): the chart's default is not what runs. */
  userRef: boolean;
}

export interface Runs {
  falco: RunningFalco;
  /** undefined when helmvet cannot tell (a `${VAR}`, a kind the chart does not accept). */
  driver: EffectiveDriver | undefined;
  container: RunningPlugin;
  k8smeta: RunningPlugin;
}

export function runningFalco(values: VNode | undefined, chart: ChartVersion): RunningFalco {
  const tag = stringAt(values, ['image', 'tag'])?.trim();
  const version = falcoVersionOfTag(tag);
  if (!tag || version === chart.falco) return { version: chart.falco, pinned: false, tag: null };
  return { version: version ?? null, pinned: true, tag: version ? null : tag };
}

/**
 * What chart `chart` runs with these values. `admitted`: the versions a range admits, whose common driver default
 * holds when no version is installed.
 */
export function runsOf(values: VNode | undefined, chart: ChartVersion, admitted: readonly ChartVersion[] = []): Runs {
  return {
    falco: runningFalco(values, chart),
    driver: effectiveDriver(values, chart, admitted),
    container: {
      loaded: containerPluginLoaded(values, chart),
      version: chart.containerPlugin,
      userRef: valueAt(values, ['collectors', 'containerEngine', 'pluginRef']) !== undefined,
    },
    k8smeta: {
      loaded: k8smetaPluginLoaded(values, chart),
      version: chart.k8smetaPlugin,
      userRef: valueAt(values, ['collectors', 'kubernetes', 'pluginRef']) !== undefined,
    },
  };
}
