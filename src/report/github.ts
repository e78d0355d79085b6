// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.
import type { LintResult } from '../engine/result.js';
import { sentences, type Finding, type Severity } from '../findings.js';
import { findingRange } from './positions.js';
import type { FormatOptions } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** The message, escaped as @actions/core's `escapeData` does, so a newline cannot end the command. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value, escaped as @actions/core's `escapeProperty`: `:` and `,` would end it. */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function format(result: LintResult, _options: FormatOptions): string {
  return result.findings.map((finding) => `${annotation(finding)}\n`).join('');
}

function annotation(finding: Finding): string {
  const range = findingRange(finding);
  const properties: [string, string | number][] = [
    ['file', finding.span.file.path],
    ['line', range.line],
  ];
  // @actions/core: columns "cannot be sent when startLine and endLine are different values";
  // a multi-line span is annotated by its lines alone.
  if (range.endLine === range.line)
    properties.push(['col', range.column], ['endLine', range.endLine], ['endColumn', range.endColumn]);
  else properties.push(['endLine', range.endLine]);
  // The title is what the annotation shows in bold; the body says why and what to do, and which rule.
  properties.push(['title', finding.title]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  const body = sentences(finding.why, finding.help) || sentences(finding.title);
  return `::${COMMAND[finding.severity]} ${list}::${escapeData(`${body} (${finding.ruleId})`)}`;
}
