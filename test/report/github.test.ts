import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/load/source.js';
import { escapeData, escapeProperty, format } from '../../src/report/github.js';
import { finding, sampleResult } from './sample.js';

describe('github', () => {
  it('writes one workflow command per finding; a multi-line span without columns', () => {
    expect(format(sampleResult(), { color: false })).toBe(
      [
        '::error file=clusters/prod/falco/helmrelease.yaml,line=10,col=16,endLine=10,endColumn=23,title=chart 3.8.7 installs Falco 0.36.2%2C which crashes on kernels >= 6.6::The modern eBPF probe fails to load there. Use chart 4.0.0 or newer. (falco/version-advisory)',
        '::warning file=clusters/prod/falco/helmrelease.yaml,line=12,endLine=13,title=driver.kind ebpf was removed in chart 4.0.0 | use modern_ebpf::driver.kind ebpf was removed in chart 4.0.0 | use modern_ebpf. (falco/removed-driver-kind)',
        '::notice file=clusters/prod/falco/falco-values.secret.yaml,line=11,col=11,endLine=11,endColumn=87,title=values from Secret falco-values are checked for keys only::Values from Secret falco-values are checked for keys only. (flux/values-from-secret)',
        '',
      ].join('\n'),
    );
  });

  it('writes nothing when there is nothing to report', () => {
    expect(format(sampleResult({ findings: [] }), { color: false })).toBe('');
  });

  it('escapes as @actions/core does: data %, CR, LF; properties also : and ,', () => {
    expect(escapeData('100% done\r\nnext: a, b')).toBe('100%25 done%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
  });

  it('escapes the message and the file of a real finding', () => {
    const file = parseSource('odd:dir,1/50%.yaml', '/repo/odd:dir,1/50%.yaml', 'a: 1\n');
    const f = finding({
      ruleId: 'falco/x',
      severity: 'info',
      title: 'first: 100%',
      why: 'second,\nline',
      span: { file, start: 3, end: 4 },
      references: [],
    });
    expect(format(sampleResult({ findings: [f] }), { color: false })).toBe(
      '::notice file=odd%3Adir%2C1/50%25.yaml,line=1,col=4,endLine=1,endColumn=5,title=first%3A 100%25::Second,%0Aline. (falco/x)\n',
    );
  });
});
