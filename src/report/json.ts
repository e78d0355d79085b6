// The machine contract (DESIGN.md, schemas/report.schema.json): positions resolved, spans and
// source text left behind. Changing a field's meaning means a new schemaVersion.
import type { LintResult, ReleaseSummary, ReportedKnowledge } from '../engine/result.js';
import type { Finding, FindingData, Fix, Severity } from '../findings.js';
import { docsUrlOf, findingRange } from './positions.js';
import type { FormatOptions } from './types.js';

export interface JsonFinding {
  ruleId: string;
  /** Which of the rule's messages: with `data`, what a script compares (the words may change). */
  messageId: string;
  severity: Severity;
  /** Title, why and help as one text. */
  message: string;
  title: string;
  why: string;
  help: string;
  data: FindingData;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  docsUrl: string;
  references: string[];
  fix?: Fix;
}

/** A ReleaseSummary with an absent constraint written as null: JSON has no undefined. */
export type JsonRelease = Omit<ReleaseSummary, 'constraint'> & { constraint: string | null };

export interface JsonReport {
  schemaVersion: 1;
  tool: { name: string; version: string; knowledge: ReportedKnowledge };
  files: number;
  templates: number;
  findings: JsonFinding[];
  releases: JsonRelease[];
}

export function toJsonReport(result: LintResult): JsonReport {
  return {
    schemaVersion: 1,
    tool: { name: result.tool.name, version: result.tool.version, knowledge: { ...result.knowledge } },
    files: result.files,
    templates: result.templates,
    findings: result.findings.map((finding) => jsonFinding(result, finding)),
    releases: result.releases.map(jsonRelease),
  };
}

export function format(result: LintResult, _options: FormatOptions): string {
  return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
}

function jsonFinding(result: LintResult, finding: Finding): JsonFinding {
  const out: JsonFinding = {
    ruleId: finding.ruleId,
    messageId: finding.messageId,
    severity: finding.severity,
    message: finding.message,
    title: finding.title,
    why: finding.why,
    help: finding.help,
    data: finding.data,
    file: finding.span.file.path,
    ...findingRange(finding),
    docsUrl: docsUrlOf(result, finding.ruleId),
    references: [...finding.references],
  };
  if (finding.fix) out.fix = { kind: finding.fix.kind, description: finding.fix.description };
  return out;
}

// Fields copied one by one, in a fixed order, so that nothing a later stage adds to ReleaseSummary
// leaks into the contract without a schema change.
function jsonRelease(release: ReleaseSummary): JsonRelease {
  const { installed, admitted } = release;
  return {
    title: release.title,
    tool: release.tool,
    file: release.file,
    line: release.line,
    column: release.column,
    constraint: release.constraint ?? null,
    status: release.status,
    note: release.note,
    ...(installed && {
      installed: {
        chart: installed.chart,
        falco: installed.falco,
        falcoPinned: installed.falcoPinned,
        containerPlugin: installed.containerPlugin,
        k8smetaPlugin: installed.k8smetaPlugin,
        driverKind: installed.driverKind,
        imageFlavor: installed.imageFlavor,
      },
    }),
    openAbove: release.openAbove,
    admitted: {
      count: admitted.count,
      ...(admitted.lowest !== undefined && { lowest: admitted.lowest }),
      ...(admitted.highest !== undefined && { highest: admitted.highest }),
    },
  };
}
