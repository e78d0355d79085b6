import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

describe('falco/base-syscalls-repair', () => {
  const check = (version: string, values = '') => located(lintRepo({ 'a.yaml': helmRelease(version, values) }), 'falco/base-syscalls-repair');

  it('advises repair: true on Falco 0.35 and newer, at the chart version when nothing is written', () => {
    expect(check('9.1.0')).toEqual([
      {
        ruleId: 'falco/base-syscalls-repair',
        severity: 'info',
        file: 'a.yaml',
        line: 18,
        column: 16,
        endLine: 18,
        endColumn: 21,
        message:
          'Falco 0.44.1 traces its full state-engine syscall set because falco.base_syscalls.repair is not set; repair: true adds only the syscalls the loaded rules need ("the most system resource-friendly" mode, falco.yaml), lowering CPU and drops; set falco.base_syscalls.repair: true, or turn this advice off',
      },
    ]);
    expect(check('9.1.0', 'falco:\n  base_syscalls:\n    repair: false').map((f) => [f.line, f.column])).toEqual([[26, 17]]);
  });

  it('warns when custom_set replaces the state-engine syscalls without repair', () => {
    expect(check('9.1.0', 'falco:\n  base_syscalls:\n    custom_set: [clone, execve]').map((f) => [f.severity, f.line, f.column])).toEqual([['warning', 26, 9]]);
    expect(check('9.1.0', 'falco:\n  base_syscalls:\n    custom_set: ["!mprotect"]\n    repair: true')).toEqual([]);
  });

  it('says nothing before Falco 0.35', () => {
    expect(check('3.1.3')).toEqual([]); // Falco 0.34.1
  });
});

describe('falco/cpu-limit', () => {
  const check = (cpu: string) => located(lintRepo({ 'a.yaml': helmRelease('9.1.0', `resources:\n  limits:\n    cpu: ${cpu}`) }), 'falco/cpu-limit');

  it('a limit below 1000m can drop events', () => {
    expect(check('200m').map((f) => [f.severity, f.line, f.column, f.endColumn, f.message.slice(0, 40)])).toEqual([['info', 26, 14, 18, 'a CPU limit of 200m throttles Falco unde']]);
    expect(check('"0.5"').map((f) => f.line)).toEqual([26]);
  });

  it('1000m, 1 and more are fine', () => {
    for (const cpu of ['1000m', '1', '2', '1500m']) expect(check(cpu)).toEqual([]);
  });
});
