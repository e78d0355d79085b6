import { describe, expect, it } from 'vitest';
import { helmRelease, located as allLocated, lintRepo } from '../helpers/repo.js';
import type { LintResult } from '../../src/engine/result.js';

// The suppressions under test are for the errors of version-advisory (the socket mount of charts 4.22.0 to 9.1.0 is
// info beside them) and for unused-suppression; other rules' advice on the same files is not the point.
const located = (result: LintResult) =>
  allLocated(result).filter(
    (f) =>
      (f.ruleId === 'falco/version-advisory' && f.severity === 'error') || f.ruleId === 'helmvet/unused-suppression',
  );

describe('inline suppressions', () => {
  it('helmvet-disable-next-line suppresses the named rule on the next line, comments in between allowed', () => {
    const file = helmRelease('6.0.1').replace(
      '      version: 6.0.1',
      '      # helmvet-disable-next-line falco/version-advisory -- CRI-O upgrade first\n      # (tracked in OPS-12)\n      version: 6.0.1',
    );
    expect(located(lintRepo({ 'a.yaml': file }))).toEqual([]);
  });

  it('helmvet-disable covers the rest of its document only', () => {
    const one = helmRelease('6.0.1').replace(
      'kind: HelmRelease',
      'kind: HelmRelease\n# helmvet-disable falco/version-advisory -- accepted risk',
    );
    const result = located(
      lintRepo({ 'a.yaml': one, 'b.yaml': helmRelease('6.0.1').replace(/name: falco\n/, 'name: other\n') }),
    );
    expect(result.map((f) => [f.file, f.ruleId])).toEqual([['b.yaml', 'falco/version-advisory']]);
  });

  it('an unused, unknown or empty suppression is reported where it is written', () => {
    const file = [
      '# helmvet-disable-next-line falco/version-advisory -- stale',
      'a: 1',
      '# helmvet-disable-next-line falco/nope',
      'b: 2',
      '# helmvet-disable-next-line',
      'c: 3',
      '',
    ].join('\n');
    expect(lintRepo({ 'a.yaml': file }).findings.map((f) => [f.ruleId, f.messageId, f.data])).toEqual([
      ['helmvet/unused-suppression', 'unused', { rules: ['falco/version-advisory'], line: 2 }],
      ['helmvet/unused-suppression', 'unknownRule', { rules: ['falco/nope'], suggestion: null }],
      ['helmvet/unused-suppression', 'noRule', {}],
    ]);
    expect(located(lintRepo({ 'a.yaml': file })).map((f) => [f.line, f.column])).toEqual([
      [1, 1],
      [3, 1],
      [5, 1],
    ]);
  });

  it('suppresses a finding inside YAML held in a ConfigMap block', () => {
    const files = {
      'hr.yaml': helmRelease('9.1.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: v'),
      'cm.yaml':
        'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: v\n  namespace: falco\ndata:\n  values.yaml: |\n    collectors:\n      containerEngine:\n        # helmvet-disable-next-line falco/version-advisory -- testing the fix build\n        pluginRef: container:0.3.3\n',
    };
    expect(located(lintRepo(files))).toEqual([]);
  });
});
