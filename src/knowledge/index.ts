// Everything helmvet knows about the falco chart, loaded once per run.
import { loadAdvisories, type LoadedAdvisory } from './advisories.js';
import { CHARTS, KNOWLEDGE_DATE, NEWEST_CHART, chartVersion, type ChartVersion } from './charts.js';

export interface Knowledge {
  charts: readonly ChartVersion[];
  newest: ChartVersion;
  date: string;
  chartVersion(version: string): ChartVersion | undefined;
  advisories: readonly LoadedAdvisory[];
}

export function loadKnowledge(): Knowledge {
  return { charts: CHARTS, newest: NEWEST_CHART, date: KNOWLEDGE_DATE, chartVersion, advisories: loadAdvisories() };
}
