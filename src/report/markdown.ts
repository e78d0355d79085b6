// A pull request summary (comment or $GITHUB_STEP_SUMMARY): counts, a table of findings, a table of deployments.
import type { LintResult, ReleaseSummary } from '../engine/result.js';
import { sentences, type Finding, type Severity } from '../findings.js';
import { docsUrlOf, findingRange } from './positions.js';
import { countBySeverity, countsText, fixableCount, installedText, plural } from './phrases.js';
import { knowledgeText } from './knowledge-text.js';
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

/** A repository path as a link destination: under `base`, or relative to where the summary is shown. */
function href(path: string, line: number, base = ''): string {
  return `${base}${path.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

type Locate = (path: string, line: number) => string;
const locator =
  (base: string | undefined): Locate =>
  (path, line) =>
    `[${escapeCell(path)}:${line}](${href(path, line, base)})`;

export function format(result: LintResult, options: FormatOptions): string {
  const location = locator(options.linkBase);
  const sections = [['## helmvet'], problems(result, location)];
  if (result.releases.length > 0) sections.push(releases(result.releases, location));
  sections.push([`<sub>helmvet ${result.tool.version} · ${escapeCell(knowledgeText(result.knowledge))}</sub>`]);
  return `${sections.map((lines) => lines.join('\n')).join('\n\n')}\n`;
}

function problems(result: LintResult, location: Locate): string[] {
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
  for (const finding of result.findings) lines.push(findingRow(result, finding, location));
  return lines;
}

function findingRow(result: LintResult, finding: Finding, location: Locate): string {
  const { line } = findingRange(finding);
  const rule = `[${escapeCell(finding.ruleId)}](${docsUrlOf(result, finding.ruleId)})`;
  return `| ${EMOJI[finding.severity]} ${finding.severity} | ${location(finding.span.file.path, line)} | ${rule} | **${escapeCell(finding.title)}**${finding.why || finding.help ? `<br>${escapeCell(sentences(finding.why, finding.help))}` : ''} |`;
}

function releases(list: readonly ReleaseSummary[], location: Locate): string[] {
  const lines = [
    '### Falco deployments',
    '',
    '| Deployment | Location | Version | Resolves | Installs |',
    '| --- | --- | --- | --- | --- |',
  ];
  for (const release of list) {
    const constraint = release.constraint === undefined ? 'none (newest stable)' : codeCell(release.constraint);
    const cells = [
      escapeCell(release.title),
      location(release.file, release.line),
      constraint,
      escapeCell(release.note),
      installedText(release) ?? '—',
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines;
}
