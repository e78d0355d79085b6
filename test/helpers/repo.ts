// Writes small GitOps repositories into temporary directories for tests.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { defaultConfig, type Config } from '../../src/config/config.js';
import { lint } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/engine/result.js';
import { positionAt } from '../../src/load/source.js';

export type Files = Record<string, string | Buffer>;

/** A fresh directory holding the files (a `.git` directory makes it a repository root). */
export function writeRepo(files: Files): string {
  const dir = mkdtempSync(join(tmpdir(), 'helmvet-test-'));
  mkdirSync(join(dir, '.git'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export function lintRepo(files: Files, config?: Partial<Config>): LintResult & { dir: string } {
  const dir = writeRepo(files);
  return { ...lint({ cwd: dir, paths: ['.'], config: { ...defaultConfig(dir), ...config } }), dir };
}

export interface Located {
  ruleId: string;
  severity: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

/** Findings as plain records with 1-based positions, for exact comparison. */
export function located(result: LintResult, ruleId?: string): Located[] {
  return result.findings
    .filter((f) => !ruleId || f.ruleId === ruleId)
    .map((f) => {
      const start = positionAt(f.span.file, f.span.start);
      const end = positionAt(f.span.file, f.span.end);
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        file: f.span.file.path,
        line: start.line,
        column: start.column,
        endLine: end.line,
        endColumn: end.column,
        message: f.message,
      };
    });
}

/**
 * For each file, the findings of `helmvet lint FILE` (as pre-commit runs it: the file named, the repository around it
 * read as context) are exactly the findings the whole-repository lint gives that file.
 */
export function expectSameAlone(dir: string, files: readonly string[]): void {
  const key = (l: Located) =>
    `${l.file}:${l.line}:${l.column}-${l.endLine}:${l.endColumn} ${l.severity} ${l.ruleId} ${l.message}`;
  const run = (path: string) => located(lint({ cwd: dir, paths: [path], config: defaultConfig(dir) }));
  const whole = run('.');
  for (const file of files)
    expect({ file, findings: run(file).map(key) }).toEqual({
      file,
      findings: whole.filter((l) => l.file === file).map(key),
    });
}

/** A Flux HelmRelease with the falcosecurity HelmRepository beside it. */
export function helmRelease(version: string | undefined, values = '', extra = ''): string {
  return [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: HelmRepository',
    'metadata:',
    '  name: falcosecurity',
    '  namespace: flux-system',
    'spec:',
    '  url: https://falcosecurity.github.io/charts',
    '---',
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: falco',
    '  namespace: falco',
    'spec:',
    '  chart:',
    '    spec:',
    '      chart: falco',
    ...(version === undefined ? [] : [`      version: ${version}`]),
    '      sourceRef:',
    '        kind: HelmRepository',
    '        name: falcosecurity',
    '        namespace: flux-system',
    ...(extra ? [extra] : []),
    ...(values ? ['  values:', ...values.split('\n').map((l) => (l ? `    ${l}` : l))] : []),
    '',
  ].join('\n');
}

/** A kustomization that renders the falco chart with a values file. */
export const kustomization = (valuesFile: string, more = '') =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nhelmCharts:\n  - name: falco\n    repo: https://falcosecurity.github.io/charts\n    version: 4.2.0\n    valuesFile: ${valuesFile}\n${more}`;

/** Argo CD Application with a `$values/...` values file from its ref source. */
export const argoApplication = (valuesPath: string, version = '4.2.0') =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: falco',
    '  namespace: argocd',
    'spec:',
    '  sources:',
    '    - repoURL: https://falcosecurity.github.io/charts',
    '      chart: falco',
    `      targetRevision: ${version}`,
    '      helm:',
    '        valueFiles:',
    `          - $values/${valuesPath}`,
    '    - repoURL: https://github.com/example/gitops',
    '      ref: values',
    '',
  ].join('\n');

/**
 * Argo CD Application of the falco chart with one source, whose `helm:` block is the lines given (`      values: |`
 * and its block, say); joined without a final line break, so that a test can end the file inside the block.
 */
export const argoHelmValues = (helmLines: string, version = '4.2.0') =>
  [
    'apiVersion: argoproj.io/v1alpha1',
    'kind: Application',
    'metadata:',
    '  name: falco',
    'spec:',
    '  source:',
    '    repoURL: https://falcosecurity.github.io/charts',
    '    chart: falco',
    `    targetRevision: ${version}`,
    '    helm:',
    helmLines,
  ].join('\n');
