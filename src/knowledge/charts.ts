// The falco chart index: every published version with what it installs by default.
import index from './data/falco-charts.json' with { type: 'json' };

export interface ChartVersion {
  version: string;
  /** The chart's appVersion: the Falco it deploys. */
  falco: string;
  date: string;
  containerPluginRef: string | null;
  /** Tag of the container plugin the chart pins (4.22.0 on); null when it pins none. */
  containerPlugin: string | null;
  k8smetaPluginRef: string | null;
  k8smetaPlugin: string | null;
  driverKind: string | null;
  image: string | null;
  imageFlavor: string | null;
}

export const CHARTS: readonly ChartVersion[] = index.charts;
export const CHART_VERSIONS: readonly string[] = CHARTS.map((c) => c.version);
const byVersion = new Map(CHARTS.map((c) => [c.version, c]));

export const chartVersion = (version: string): ChartVersion | undefined => byVersion.get(version.replace(/^v/, ''));

export const NEWEST_CHART: ChartVersion = CHARTS[CHARTS.length - 1]!;
export const KNOWLEDGE_DATE: string = index.snapshot;
export const FALCO_TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(index.topLevelKeys);

/** Repositories that publish the falcosecurity falco chart. */
export const FALCOSECURITY_CHART_REPOS = ['https://falcosecurity.github.io/charts', 'oci://ghcr.io/falcosecurity/charts', 'ghcr.io/falcosecurity/charts'];
/** Git repositories that hold its source: falcosecurity/charts (charts/falco) and, from 9.0.0, falcosecurity/falco (chart/falco). */
export const FALCOSECURITY_CHART_GIT = /github\.com[/:]falcosecurity\/(charts|falco)(\.git)?\/?$/;
