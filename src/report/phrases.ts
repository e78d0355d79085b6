// Wording shared by the formatters for people: counts of problems and what a release installs.
import type { LintResult, ReleaseSummary } from '../engine/result.js';
import { SEVERITIES, type Severity } from '../findings.js';

export type SeverityCounts = Record<Severity, number>;

export function countBySeverity(result: LintResult): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0 };
  for (const finding of result.findings) counts[finding.severity]++;
  return counts;
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `1 error, 0 warnings, 2 info`: every severity, zeros included, so the shape never changes. */
// "info" is a mass noun: `2 info`, not `2 infos`.
export function countsText(counts: SeverityCounts, decorate = (_severity: Severity, text: string) => text): string {
  return SEVERITIES.map((severity) =>
    decorate(severity, severity === 'info' ? `${counts.info} info` : plural(counts[severity], severity)),
  ).join(', ');
}

/** Findings that `helmvet migrate` fixes by itself. */
export function fixableCount(result: LintResult): number {
  return result.findings.filter((finding) => finding.fix?.kind === 'safe').length;
}

/** `chart 4.22.0 · Falco 0.41.3 · container plugin 0.3.1 · k8smeta 0.3.1`; undefined when nothing resolved. */
// A plugin the chart does not ship by default is left out rather than printed as "null".
export function installedText(release: ReleaseSummary): string | undefined {
  const installed = release.installed;
  if (release.status !== 'resolved' || !installed) return undefined;
  const parts = [`chart ${installed.chart}`, `Falco ${installed.falco}${installed.falcoPinned ? ' (image.tag)' : ''}`];
  if (installed.containerPlugin) parts.push(`container plugin ${installed.containerPlugin}`);
  if (installed.k8smetaPlugin) parts.push(`k8smeta ${installed.k8smetaPlugin}`);
  return parts.join(' · ');
}
