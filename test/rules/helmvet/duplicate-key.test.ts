import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'helmvet/duplicate-key';

describe(RULE, () => {
  it('an error in a Kubernetes object, read as Helm would (the later value wins)', () => {
    const file = helmRelease('9.1.0', 'driver:\n  kind: ebpf\n  kind: modern_ebpf');
    const result = lintRepo({ 'a.yaml': file });
    expect(located(result, RULE)).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'a.yaml',
        line: 26,
        column: 7,
        endLine: 26,
        endColumn: 11,
        message: '"kind" is already set on line 25 of this map: kustomize and Flux reject the file ("mapping key already defined"), so nothing in it is applied; keep one',
      },
    ]);
    // The later value is the one the rules see: modern_ebpf is fine on 9.1.0, ebpf would not be.
    expect(located(result, 'falco/driver-kind')).toEqual([]);
  });

  it('a warning in plain values', () => {
    expect(located(lintRepo({ 'values.yaml': 'driver:\n  kind: kmod\ntty: true\ntty: false\n' }), RULE).map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ['warning', 4, 1, '"tty" is already set on line 3 of this map: Helm keeps this later one and drops the first, and kustomize rejects the file; keep one'],
    ]);
  });

  it('the same key in different maps is fine', () => {
    expect(located(lintRepo({ 'values.yaml': 'a:\n  enabled: true\nb:\n  enabled: true\n' }), RULE)).toEqual([]);
  });
});
