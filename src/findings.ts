// The one shape every stage speaks: a finding at a span of a source file.
import type { SourceFile } from './load/source.js';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Rank for thresholds: a higher number is more severe. */
export const severityRank: Record<Severity, number> = { info: 1, warning: 2, error: 3 };

/** A half-open range of UTF-16 offsets in a source file's text (BOM excluded). */
export interface Span {
  file: SourceFile;
  start: number;
  end: number;
}

export interface Fix {
  /** `safe`: helmvet migrate applies it; `manual`: a person has to decide. */
  kind: 'safe' | 'manual';
  description: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  /** Primary sources the finding rests on (issues, pull requests, changelogs). */
  references: readonly string[];
  fix?: Fix;
}

/** How many findings are at or above `failOn` (none for `none`): what fails a run, in the CLI and in the Action. */
export function countFailing(findings: readonly Finding[], failOn: Severity | 'none'): number {
  return failOn === 'none' ? 0 : findings.filter((f) => severityRank[f.severity] >= severityRank[failOn]).length;
}
