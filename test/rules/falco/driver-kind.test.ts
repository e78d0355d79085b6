import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'falco/driver-kind';
const check = (version: string, kind: string, extra = '') => located(lintRepo({ 'a.yaml': helmRelease(version, `driver:\n  kind: ${kind}${extra}`) }), RULE);
// helmRelease puts values at line 24: `driver:`, line 25: `  kind: …` indented by 4 more, so the kind starts at column 13.
const at = { line: 25, column: 13 };

describe(RULE, () => {
  it('an alias on chart 4.x and later is a warning with its replacement', () => {
    expect(check('4.2.5', 'module')).toEqual([
      { ruleId: RULE, severity: 'warning', file: 'a.yaml', ...at, endLine: 25, endColumn: 19, message: 'driver.kind "module" is an old alias of "kmod" that chart 4.2.5 still maps but warns "might be removed in the future"; write "kmod"' },
    ]);
    expect(check('9.1.0', 'modern-bpf').map((f) => [f.severity, f.message])).toEqual([
      ['warning', 'driver.kind "modern-bpf" is an old alias of "modern_ebpf" that chart 9.1.0 still maps but warns "might be removed in the future"; write "modern_ebpf"'],
    ]);
  });

  it('ebpf: fine on 6.x, deprecated on 8.x, a render failure on 9.x', () => {
    expect(check('6.2.2', 'ebpf')).toEqual([]);
    expect(check('8.0.5', 'ebpf').map((f) => f.severity)).toEqual(['warning']);
    expect(check('9.1.0', 'ebpf')).toEqual([
      expect.objectContaining({
        severity: 'error',
        ...at,
        message: 'driver.kind "ebpf" was removed in Falco 0.44.0: chart 9.1.0 fails to render ("The following chart configuration is no longer supported"); use modern_ebpf (or kmod)',
      }),
    ]);
    expect(check('9.1.0', 'gvisor').map((f) => f.severity)).toEqual(['error']);
  });

  it('a kind the chart does not know: render failure from 4.0.0, silently the kernel module before', () => {
    expect(check('4.2.0', 'auto').map((f) => f.message)).toEqual(['driver.kind "auto" is not supported by chart 4.2.0, so the chart fails to render ("unsupported driver kind"); it accepts kmod, ebpf, modern_ebpf, gvisor']);
    expect(check('4.4.0', 'auto')).toEqual([]);
    expect(check('3.8.5', 'modern_ebpf').map((f) => f.message)).toEqual([
      'chart 3.8.5 knows driver.kind module, ebpf, modern-bpf only: with "modern_ebpf" none of its driver settings apply and Falco runs with the kernel module (the driver loader builds it and Falco starts without a driver flag); use one of those, or upgrade the chart',
    ]);
    expect(check('3.8.5', 'modern-bpf')).toEqual([]);
    expect(check('2.5.5', 'modern-bpf').map((f) => f.severity)).toEqual(['error']);
  });

  it('says nothing when the driver is off, on 1.x, or for valid kinds', () => {
    expect(check('9.1.0', 'ebpf', '\n  enabled: false')).toEqual([]);
    expect(check('1.19.4', 'whatever')).toEqual([]);
    for (const kind of ['kmod', 'modern_ebpf', 'auto']) expect(check('9.1.0', kind)).toEqual([]);
  });

  it('values without a known chart version: only kinds no chart knows', () => {
    const values = (kind: string) => ({ 'values.yaml': `driver:\n  kind: ${kind}\ncollectors:\n  enabled: true\n` });
    expect(located(lintRepo(values('epbf')), RULE).map((f) => [f.line, f.column, f.message])).toEqual([
      [2, 9, 'driver.kind "epbf" is not a driver any falco chart knows (module, ebpf, modern-bpf, kmod, modern_ebpf, gvisor, auto); use modern_ebpf, kmod or auto'],
    ]);
    expect(located(lintRepo(values('ebpf')), RULE)).toEqual([]);
  });
});
