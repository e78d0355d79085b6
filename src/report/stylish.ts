// The terminal format: findings grouped by file with the offending source line and a caret under
// the span, then what helmvet worked out for each Falco deployment, then one summary line.
import pc from 'picocolors';
import type { LintResult, ReleaseSummary } from '../engine/result.js';
import { sentences, type Finding, type Severity } from '../findings.js';
import { lineText } from '../load/source.js';
import { findingRange, type Range } from './positions.js';
import { countBySeverity, countsText, fixableCount, installedText, plural } from './phrases.js';
import { expand, sanitize } from './terminal.js';
import type { FormatOptions } from './types.js';

type Colors = ReturnType<typeof pc.createColors>;
type Paint = (text: string) => string;

const paintFor = (c: Colors, severity: Severity): Paint =>
  ({ error: c.red, warning: c.yellow, info: c.blue })[severity];

export function format(result: LintResult, options: FormatOptions): string {
  // Never the global instance: it guesses from the environment, and the caller has already decided.
  const c = pc.createColors(options.color);
  const blocks: string[][] = [];
  for (const group of groupByFile(result.findings)) blocks.push(fileBlock(group, c, options.width));
  if (result.releases.length > 0) blocks.push(releasesBlock(result.releases, c));
  blocks.push(summaryBlock(result, c));
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

/** Findings of one file together, files in the order the (sorted) findings first name them. */
function groupByFile(findings: readonly Finding[]): Finding[][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.span.file.path);
    if (group) group.push(finding);
    else groups.set(finding.span.file.path, [finding]);
  }
  return [...groups.values()];
}

/**
 * Words wrapped at spaces to `width` columns, each line after the first indented as the first: `why:` and `help:`
 * lines read as paragraphs in a narrow terminal instead of breaking mid-word. No width: one line.
 */
export function wrap(
  label: string,
  text: string,
  indent: number,
  width: number | undefined,
  paint: Paint = (s) => s,
): string[] {
  const first = `${' '.repeat(indent)}${label} `;
  if (!width) return [`${' '.repeat(indent)}${paint(label)} ${text}`];
  const room = Math.max(20, width - first.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.map((l, i) =>
    i === 0 ? `${' '.repeat(indent)}${paint(label)} ${l}` : `${' '.repeat(first.length)}${l}`,
  );
}

function fileBlock(findings: Finding[], c: Colors, width: number | undefined): string[] {
  const rows = findings.map((finding) => ({ finding, range: findingRange(finding) }));
  const at = (range: Range) => `${range.line}:${range.column}`;
  const atWidth = Math.max(...rows.map((row) => at(row.range).length));
  const severityWidth = Math.max(...rows.map((row) => row.finding.severity.length));
  const gutterWidth = Math.max(...rows.map((row) => String(row.range.line).length));
  const lines = [c.underline(sanitize(findings[0]?.span.file.path ?? ''))];
  for (const { finding, range } of rows) {
    const paint = paintFor(c, finding.severity);
    lines.push(
      `  ${c.dim(at(range).padEnd(atWidth))}  ${paint(finding.severity.padEnd(severityWidth))}  ${c.bold(sanitize(finding.title))}  ${c.dim(finding.ruleId)}`,
    );
    // Secrets: the position is enough to find the problem; their text never reaches a log.
    if (!finding.span.file.sensitive) lines.push(...snippet(finding, range, gutterWidth, paint, c));
    const indent = 4 + gutterWidth + 3;
    if (finding.why) lines.push(...wrap('why:', sentences(sanitize(finding.why)), indent, width, c.dim));
    if (finding.help) lines.push(...wrap('help:', sentences(sanitize(finding.help)), indent, width, c.cyan));
  }
  return lines;
}

/** The span's first line and a caret line under the span; a multi-line span is marked to that line's end. */
function snippet(finding: Finding, range: Range, gutterWidth: number, paint: Paint, c: Colors): string[] {
  const source = lineText(finding.span.file, range.line);
  const startIndex = Math.min(range.column - 1, source.length);
  const endIndex = range.endLine === range.line ? Math.max(startIndex, range.endColumn - 1) : source.length;
  const before = expand(source.slice(0, startIndex));
  const marked = expand(source.slice(startIndex, endIndex), before.width);
  const shown = expand(source).text;
  const caretWidth = Math.max(1, marked.width - before.width);
  const gutter = (label: string) => c.dim(`    ${label.padStart(gutterWidth)} |`);
  return [
    `${gutter(String(range.line))}${shown ? ` ${shown}` : ''}`,
    `${gutter('')} ${' '.repeat(before.width)}${paint(`^${'~'.repeat(caretWidth - 1)}`)}`,
  ];
}

function releasesBlock(releases: readonly ReleaseSummary[], c: Colors): string[] {
  const lines = [c.bold('Falco deployments')];
  for (const release of releases) {
    lines.push(`  ${sanitize(release.title)}  ${c.dim(`${sanitize(release.file)}:${release.line}`)}`);
    const constraint = release.constraint === undefined ? 'none (newest stable)' : sanitize(release.constraint);
    lines.push(`    ${c.dim('version ')}  ${constraint}`);
    lines.push(`    ${c.dim('resolves')}  ${sanitize(release.note)}`);
    const installed = installedText(release);
    if (installed) lines.push(`    ${c.dim('installs')}  ${installed}`);
  }
  return lines;
}

function summaryBlock(result: LintResult, c: Colors): string[] {
  const counts = countBySeverity(result);
  const total = result.findings.length;
  const templates = result.templates
    ? [
        c.dim(
          `  ${plural(result.templates, 'template')} not linted (not YAML until Helm or a template engine renders ${result.templates > 1 ? 'them' : 'it'})`,
        ),
      ]
    : [];
  if (total === 0) return [c.green(c.bold(`✔ no problems in ${plural(result.files, 'file')}`)), ...templates];
  const paint = counts.error > 0 ? c.red : counts.warning > 0 ? c.yellow : c.blue;
  const lines = [paint(c.bold(`✖ ${plural(total, 'problem')} (${countsText(counts)})`))];
  const fixable = fixableCount(result);
  if (fixable > 0) lines.push(c.dim(`  ${fixable} of them fixable with \`helmvet migrate\``));
  return [...lines, ...templates];
}
