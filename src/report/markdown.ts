// A pull request summary (comment or $GITHUB_STEP_SUMMARY): counts, a table of findings, a table of deployments.
import type { LintResult, ReleaseSummary } from '../engine/result.js';
import type { Finding, Severity } from '../findings.js';
import { docsUrlOf, findingRange } from './positions.js';
import { countBySeverity, countsText, fixableCount, installedText, plural } from './summary.js';
import type { FormatOptions } from './types.js';

const EMOJI: Record<Severity, string> = { error: '❌', warning: '⚠️', info: 'ℹ️' };

/**
 * Text for a table cell: Markdown punctuation backslash-escaped so a message cannot open emphasis,
 * links or HTML, `|` so it cannot end the cell, and line breaks as `<br>` so it cannot end the row.
 */
export function escapeCell(text: string): string {
  return text.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\r?\n/g, '<br>');
}

/** Text as inline code in a cell: a fence longer than any backtick run inside, `|` still escaped (GFM tables). */
function codeCell(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const body = text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  // A body that starts or ends with a backtick needs a space against the fence.
  const pad = body.startsWith('`') || body.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${body}${pad}${fence}`;
}

/** A repository path as a link destination, relative to where the summary is shown. */
function href(path: string, line: number): string {
  return `${path.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

function location(path: string, line: number): string {
  return `[${escapeCell(path)}:${line}](${href(path, line)})`;
}

export function format(result: LintResult, _options: FormatOptions): string {
  const sections = [['## helmvet'], problems(result)];
  if (result.releases.length > 0) sections.push(releases(result.releases));
  sections.push([`<sub>helmvet ${result.tool.version} · chart index up to ${result.knowledge.newestChart} (${result.knowledge.date})</sub>`]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function problems(result: LintResult): string[] {
  const files = plural(result.files, 'file');
  if (result.findings.length === 0) return [`✅ No problems found in ${files}.`];
  const counts = countBySeverity(result);
  const fixable = fixableCount(result);
  const emojiCounts = countsText(counts, (severity, text) => `${EMOJI[severity]} ${text}`);
  const lines = [
    `**${plural(result.findings.length, 'problem')}** in ${files}: ${emojiCounts}.` +
      (fixable > 0 ? ` ${fixable} fixable with \`helmvet migrate\`.` : ''),
    '',
    '| Severity | Location | Rule | Message |',
    '| --- | --- | --- | --- |',
  ];
  for (const finding of result.findings) lines.push(findingRow(result, finding));
  return lines;
}

function findingRow(result: LintResult, finding: Finding): string {
  const { line } = findingRange(finding);
  const rule = `[${escapeCell(finding.ruleId)}](${docsUrlOf(result, finding.ruleId)})`;
  return `| ${EMOJI[finding.severity]} ${finding.severity} | ${location(finding.span.file.path, line)} | ${rule} | ${escapeCell(finding.message)} |`;
}

function releases(list: readonly ReleaseSummary[]): string[] {
  const lines = ['### Falco deployments', '', '| Deployment | Location | Version | Resolves | Installs |', '| --- | --- | --- | --- | --- |'];
  for (const release of list) {
    const constraint = release.constraint === undefined ? 'none (newest stable)' : codeCell(release.constraint);
    const cells = [escapeCell(release.title), location(release.file, release.line), constraint, escapeCell(release.note), installedText(release) ?? '—'];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}
