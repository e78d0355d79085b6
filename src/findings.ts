// The one shape every stage speaks: a finding at a span of a source file, as data (messageId and data) and as the
// words its rule gives that data (title, why, help).
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

/** What a finding is about, as plain JSON values: what stages and tests compare, never the words. */
export type DataValue = string | number | boolean | null | readonly DataValue[] | { readonly [key: string]: DataValue };
export type FindingData = { readonly [key: string]: DataValue };

export interface Finding {
  ruleId: string;
  /** Which of its rule's messages (`meta.messages`) this is. */
  messageId: string;
  data: FindingData;
  severity: Severity;
  /** What is wrong, one line. */
  title: string;
  /** Why it matters: the mechanism and what it breaks. */
  why: string;
  /** What to do. */
  help: string;
  /** Title, why and help as one text: the JSON report's `message`. */
  message: string;
  span: Span;
  /** Primary sources the finding rests on (issues, pull requests, changelogs). */
  references: readonly string[];
  fix?: Fix;
}

/** Where a rule's page is published: docs/rules/<id>.md of the repository. */
export const DOCS_BASE = 'https://github.com/helmvet/helmvet/blob/main/docs/rules/';
export const docsUrl = (id: string) => `${DOCS_BASE}${id}.md`;

/** Parts of a message as sentences: each capitalised and ended, the empty ones left out. */
export function sentences(...parts: string[]): string {
  // A first word that is code (`repair: true`, `falco.metrics`, `-lockdown`) keeps its case.
  // So does helmvet's own name, which is written in lower case.
  const capital = (s: string) =>
    /^[a-z]+(?![\w:./-])/.test(s) && !s.startsWith('helmvet') ? `${s.charAt(0).toUpperCase()}${s.slice(1)}` : s;
  const sentence = (s: string) => `${capital(s)}${/[.?!]["')]?$/.test(s) ? '' : '.'}`;
  return parts
    .filter((p) => p !== '')
    .map(sentence)
    .join(' ');
}

/** `Title. Why. Help.`: the three parts of a finding as one text. */
export const composeMessage = (title: string, why: string, help: string): string => sentences(title, why, help);

/** How many findings are at or above `failOn` (none for `none`): what fails a run, in the CLI and in the Action. */
export function countFailing(findings: readonly Finding[], failOn: Severity | 'none'): number {
  return failOn === 'none' ? 0 : findings.filter((f) => severityRank[f.severity] >= severityRank[failOn]).length;
}
