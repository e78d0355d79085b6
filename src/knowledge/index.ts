// Everything helmvet knows about the falco chart, loaded once per run.
import { loadAdvisories, type LoadedAdvisory } from './advisories.js';
import { CHARTS, KNOWLEDGE_DATE, NEWEST_CHART, chartVersion, type ChartVersion } from './charts.js';
import { TALOS_KERNELS } from './talos.js';

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

/**
 * Whether a Talos version can change what helmvet reports on a Falco release: some advisory's kernel condition holds
 * for the kernel of a Talos release helmvet knows (an unknown Talos version tells no kernel, and no advisory applies).
 */
export function talosVersionsMatter(knowledge: Knowledge): boolean {
  const kernels = [...new Set(Object.values(TALOS_KERNELS))];
  return knowledge.advisories.some((a) => a.kernelRange && kernels.some((k) => a.kernelRange!.check(k)));
}
