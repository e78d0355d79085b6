import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'falco/open-version-range';
const check = (files: Record<string, string>) => located(lintRepo(files), RULE);

describe(RULE, () => {
  it('a lower bound only, `*` or no version admit every future major', () => {
    expect(check({ 'a.yaml': helmRelease('">=4.0.0"') })).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        file: 'a.yaml',
        line: 18,
        column: 16,
        endLine: 18,
        endColumn: 25,
        message: '">=4.0.0" admits every future major of the falco chart: a new major (they rename and remove values, e.g. 7.0.0 and 9.0.0) deploys without review; bound it, e.g. ">=9.0.0 <10.0.0"',
      },
    ]);
    expect(check({ 'a.yaml': helmRelease('"*"') }).map((f) => f.line)).toEqual([18]);
    expect(check({ 'a.yaml': helmRelease(undefined) }).map((f) => [f.line, f.column, f.message])).toEqual([
      [17, 14, 'HelmRelease falco/falco has no spec.chart.spec.version, so it admits every future major of the falco chart: a new major (they rename and remove values, e.g. 7.0.0 and 9.0.0) deploys without review; bound it, e.g. ">=9.0.0 <10.0.0"'],
    ]);
  });

  it('ranges bounded to a major, and exact pins, are fine', () => {
    for (const v of ['"9.x"', '"~9.1"', '">=8.0.0 <9.0.0"', '9.1.0', '"^9.0.0"']) expect(check({ 'a.yaml': helmRelease(v) })).toEqual([]);
  });

  it('a chart from the default branch of a git repository', () => {
    const app = 'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://github.com/falcosecurity/charts.git\n    path: charts/falco\n';
    expect(check({ 'app.yaml': app }).map((f) => [f.line, f.column, f.severity])).toEqual([[8, 11, 'warning']]);
    expect(check({ 'app.yaml': `${app}    targetRevision: falco-4.2.0\n` })).toEqual([]);
  });
});
