// SARIF 2.1.0 for GitHub code scanning and SARIF viewers: one run, every rule described, one result per finding.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import type { LintResult } from '../engine/result.js';
import type { Finding, Severity } from '../findings.js';
import { lineText } from '../load/source.js';
import { docsUrlOf, findingRange, spanEnd } from './positions.js';
import { knowledgeText } from './knowledge-text.js';
import type { FormatOptions } from './types.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/helmvet/helmvet';
const SRCROOT = '%SRCROOT%';
// Our own fingerprint name: upload-sarif computes `primaryLocationLineHash` itself and warns when a
// tool's value under that name differs from its own.
const FINGERPRINT = 'helmvetLineHash/v1';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

interface RuleDescriptor {
  id: string;
  name: string;
  shortDescription: { text: string };
  helpUri: string;
  help: { text: string; markdown: string };
  defaultConfiguration: { level: 'error' | 'warning' | 'note' };
  properties: { tags: string[] };
}

export function format(result: LintResult, _options: FormatOptions): string {
  const rules = ruleDescriptors(result);
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const seen = new Map<string, number>();
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.tool.name,
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        // Relative paths are resolved against the directory helmvet ran in (`file` is relative to it).
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(process.cwd()) } },
        columnKind: 'utf16CodeUnits',
        results: result.findings.map((finding) => sarifResult(finding, index.get(finding.ruleId) ?? 0, seen)),
        // What the run knew of the falco chart (SARIF 2.1.0 §3.8: a property bag for what the format has no place for).
        properties: { knowledge: result.knowledge, knowledgeText: knowledgeText(result.knowledge) },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** Every rule of the run, then any rule id a finding names without metadata (the loader's syntax errors). */
function ruleDescriptors(result: LintResult): RuleDescriptor[] {
  const described = result.rules.map((rule) =>
    descriptor(rule.id, rule.title, rule.severity, rule.docsUrl, rule.references),
  );
  const known = new Set(described.map((rule) => rule.id));
  for (const finding of result.findings) {
    if (known.has(finding.ruleId)) continue;
    known.add(finding.ruleId);
    described.push(
      descriptor(
        finding.ruleId,
        finding.ruleId,
        finding.severity,
        docsUrlOf(result, finding.ruleId),
        finding.references,
      ),
    );
  }
  return described;
}

function descriptor(
  id: string,
  title: string,
  severity: Severity,
  helpUri: string,
  references: readonly string[],
): RuleDescriptor {
  const sources = references.map((reference) => `- ${reference}`).join('\n');
  const more = `Documentation: ${helpUri}${sources ? `\n\nReferences:\n${sources}` : ''}`;
  return {
    id,
    name: pascalCase(id.slice(id.lastIndexOf('/') + 1)),
    shortDescription: { text: title },
    helpUri,
    help: { text: `${title}\n\n${more}`, markdown: `**${title}**\n\n${more}` },
    defaultConfiguration: { level: LEVEL[severity] },
    // The pack (falco, flux, talos, helmvet) lets code scanning filter by what the rule is about.
    properties: { tags: [id.slice(0, id.indexOf('/')) || 'helmvet'] },
  };
}

/** `version-advisory` → `VersionAdvisory`. */
export function pascalCase(kebab: string): string {
  return kebab
    .split('-')
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}

function sarifResult(finding: Finding, ruleIndex: number, seen: Map<string, number>) {
  const { file, start } = finding.span;
  const range = findingRange(finding);
  const region = {
    startLine: range.line,
    startColumn: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    // Secrets: a result says where, never what.
    ...(!file.sensitive && { snippet: { text: file.text.slice(start, spanEnd(finding)) } }),
  };
  return {
    ruleId: finding.ruleId,
    ruleIndex,
    level: LEVEL[finding.severity],
    message: {
      text: finding.message,
      markdown: `**${markdownText(finding.title)}**\n\n${markdownText(finding.why)}\n\n${markdownText(finding.help)}`,
    },
    locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(file.path), uriBaseId: SRCROOT }, region } }],
    partialFingerprints: { [FINGERPRINT]: fingerprint(finding, lineText(file, range.line), seen) },
    properties: {
      messageId: finding.messageId,
      ...(finding.references.length > 0 && { references: [...finding.references] }),
    },
  };
}

/**
 * sha256 of rule, file and the trimmed text of the span's first line, with an occurrence number as
 * GitHub's own line hash has: the result keeps its identity when lines are inserted above it or the
 * block is re-indented, and two equal results in one file stay apart.
 */
function fingerprint(finding: Finding, line: string, seen: Map<string, number>): string {
  const { file } = finding.span;
  // A hash of a Secret's line would let anyone confirm a guessed value offline; the message is not secret.
  const content = file.sensitive ? finding.message : line.trim();
  const hash = createHash('sha256').update(`${finding.ruleId}\0${file.path}\0${content}`).digest('hex');
  const occurrence = (seen.get(hash) ?? 0) + 1;
  seen.set(hash, occurrence);
  return `${hash}:${occurrence}`;
}

/** Text as Markdown: its punctuation escaped, so a message cannot open emphasis, links or HTML. */
const markdownText = (text: string) => text.replace(/[\\*_[\]<>|~]/g, '\\$&');

/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `%`). */
function fileUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}
