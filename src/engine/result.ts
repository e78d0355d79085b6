// What a lint run hands to the formatters.
import type { Finding } from '../findings.js';
import type { Skipped } from '../load/discover.js';
import type { RuleMeta } from '../rules/create-rule.js';

/** What helmvet worked out for one Falco deployment. */
export interface ReleaseSummary {
  /** `HelmRelease security/falco`, `Application argocd/falco`, `helmCharts falco`. */
  title: string;
  tool: 'flux' | 'argocd' | 'kustomize';
  /** Where the version is written (or the chart is named when it is not). */
  file: string;
  line: number;
  column: number;
  /** The constraint as written; undefined when absent (newest stable). */
  constraint: string | undefined;
  /** resolved: `installed` is what the tool installs today as far as helmvet knows. Otherwise why not. */
  status: 'resolved' | 'unknown-version' | 'no-match' | 'variable' | 'invalid' | 'git';
  /** One line for people: `>=4.0.0 <5.0.0 admits 4.0.0 to 4.22.0 (41 versions)`, or why nothing is known. */
  note: string;
  installed?: {
    chart: string;
    /** The Falco that runs: the chart's, or the one image.tag pins (its tag, when it names no version). */
    falco: string;
    /** image.tag pins the Falco, instead of the chart's appVersion. */
    falcoPinned: boolean;
    containerPlugin: string | null;
    k8smetaPlugin: string | null;
    driverKind: string | null;
    imageFlavor: string | null;
  };
  /** The constraint admits versions newer than the newest helmvet knows. */
  openAbove: boolean;
  admitted: { count: number; lowest?: string; highest?: string };
}

/** What a run knew, as the reports say it (schemas/report.schema.json `tool.knowledge`). */
export interface ReportedKnowledge {
  newestChart: string;
  date: string;
  bundled: { oldest: string; newest: string; date: string };
  cache: { repoUrl: string; fetchedAt: string; versions: number; newest: string | null } | null;
}

export interface LintResult {
  /** YAML files linted (discovered and referenced). */
  files: number;
  /** Files not linted because a tool renders them first (Helm chart templates, Go-template and Jinja files). */
  templates: number;
  /** Paths given that checked nothing, and why. */
  skipped: readonly Skipped[];
  /** Final severities, suppressions applied, sorted by file and position. */
  findings: Finding[];
  releases: ReleaseSummary[];
  knowledge: ReportedKnowledge;
  /** Metadata of every rule, for formatters that describe rules (SARIF). */
  rules: readonly (RuleMeta & { docsUrl: string })[];
  tool: { name: 'helmvet'; version: string };
}
