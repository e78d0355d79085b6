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
  /** A SemVer pre-release (9.2.0-rc1): never the newest, and a range admits it only when it names a pre-release. */
  prerelease: boolean;
  /**
   * Published after helmvet's sources were read: the facts no source states (`fields`) are those of version `from`,
   * and every finding that rests on them says so. null for a version read from its own values.yaml.
   */
  derived: { from: string; fields: readonly string[]; sources: readonly string[] } | null;
}

export const CHARTS: readonly ChartVersion[] = index.charts;
export const CHART_VERSIONS: readonly string[] = CHARTS.map((c) => c.version);
const byVersion = new Map(CHARTS.map((c) => [c.version, c]));

/** The newest stable version (a pre-release is never the newest, as Flux and Helm pick versions). */
export const NEWEST_CHART: ChartVersion = byVersion.get(index.newest)!;
export const KNOWLEDGE_DATE: string = index.snapshot;
export const FALCO_TOP_LEVEL_KEYS: ReadonlySet<string> = new Set(index.topLevelKeys);

/** Repositories that publish the falcosecurity falco chart. */
export const FALCOSECURITY_CHART_REPOS = [
  'https://falcosecurity.github.io/charts',
  'oci://ghcr.io/falcosecurity/charts',
  'ghcr.io/falcosecurity/charts',
];
/** Git repositories that hold its source: falcosecurity/charts (charts/falco) and, from 9.0.0, falcosecurity/falco (chart/falco). */
export const FALCOSECURITY_CHART_GIT = /github\.com[/:]falcosecurity\/(charts|falco)(\.git)?\/?$/;
