// Offsets of a finding's span turned into the 1-based positions every output format speaks.
import { docsUrl, type Finding } from '../findings.js';
import type { LintResult } from '../engine/result.js';
import { positionAt } from '../load/source.js';

/** Lines and columns are 1-based UTF-16 units; `endColumn` is exclusive, as in ESLint and SARIF. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** The span's end, moved back over trailing line breaks. */
// yaml's ranges of block nodes end after the final newline; reported as is, a one-line value would
// seem to end at column 1 of the next line, and GitHub would draw it as a two-line annotation.
export function spanEnd(finding: Finding): number {
  const { file, start } = finding.span;
  let end = Math.max(start, Math.min(finding.span.end, file.text.length));
  while (end > start && (file.text[end - 1] === '\n' || file.text[end - 1] === '\r')) end--;
  return end;
}

export function findingRange(finding: Finding): Range {
  const { file, start } = finding.span;
  const from = positionAt(file, start);
  const to = positionAt(file, spanEnd(finding));
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** A rule's documentation: its metadata's URL, else the one derived from the id, as for every rule. */
// Findings from stages without a registered rule (syntax errors from the loader) still get a link.
export function docsUrlOf(result: LintResult, ruleId: string): string {
  return result.rules.find((rule) => rule.id === ruleId)?.docsUrl ?? docsUrl(ruleId);
}
