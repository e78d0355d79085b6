import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { parseSource } from '../../src/load/source.js';
import { format } from '../../src/report/stylish.js';
import { finding, sampleResult } from './sample.js';

// Built from lines so that trailing spaces and the exact gutter stay visible in review.
const expected = [
  'clusters/prod/falco/helmrelease.yaml',
  '  10:16  error    chart 3.8.7 installs Falco 0.36.2, which crashes on kernels >= 6.6  falco/version-advisory',
  '    10 |       version:  "3.8.7"',
  '       |                 ^~~~~~~',
  '         why: The modern eBPF probe fails to load there.',
  '         help: Use chart 4.0.0 or newer.',
  '  12:5   warning  driver.kind ebpf was removed in chart 4.0.0 | use modern_ebpf  falco/removed-driver-kind',
  '    12 |     driver:',
  '       |     ^~~~~~~',
  '',
  'clusters/prod/falco/falco-values.secret.yaml',
  '  11:11  info  values from Secret falco-values are checked for keys only  flux/values-from-secret',
  '',
  'Falco deployments',
  '  HelmRelease security/falco  clusters/prod/falco/helmrelease.yaml:10',
  '    version   3.8.7',
  '    resolves  3.8.7 admits 3.8.7 (1 version)',
  '    installs  chart 3.8.7 · Falco 0.36.2',
  '',
  '✖ 3 problems (1 error, 1 warning, 1 info)',
  '  1 of them fixable with `helmvet migrate`',
  '',
].join('\n');

/** One finding on `needle` in a one-file result. */
function single(text: string, needle: string, length = needle.length) {
  const file = parseSource('values.yaml', '/repo/values.yaml', text);
  const start = text.indexOf(needle);
  const f: Finding = finding({
    ruleId: 'falco/x',
    severity: 'error',
    title: 'm',
    span: { file, start, end: start + length },
    references: [],
  });
  return format(sampleResult({ files: 1, findings: [f], releases: [] }), { color: false });
}

describe('stylish', () => {
  it('groups by file, shows the line with a caret under the span, the deployments and a summary', () => {
    expect(format(sampleResult(), { color: false })).toBe(expected);
  });

  it('colors only when asked', () => {
    const colored = format(sampleResult(), { color: true });
    expect(colored).toContain('\u001b[31merror');
    expect(colored).toContain('\u001b[4mclusters/prod/falco/helmrelease.yaml');
    expect(stripVTControlCharacters(colored)).toBe(expected);
    expect(format(sampleResult(), { color: false })).not.toContain('\u001b');
  });

  it('says so when there is nothing to report', () => {
    expect(format(sampleResult({ findings: [], releases: [] }), { color: false })).toBe('✔ no problems in 2 files\n');
    expect(format(sampleResult({ files: 1, findings: [], releases: [] }), { color: false })).toBe(
      '✔ no problems in 1 file\n',
    );
  });

  it('keeps the caret under the span after tabs and wide characters', () => {
    const out = single('a:\t"東京\tx": bad\n', 'bad');
    // `a:` + tab to column 4, `"東京` is 5 wide, tab to 12, `x": ` ends at 16.
    expect(out).toContain('    1 | a:  "東京   x": bad\n      |                 ^~~\n');
  });

  it('marks an empty span with a single caret and a span ending in a line break on its own line', () => {
    expect(single('key: value\n', 'value', 0)).toContain('      |      ^\n');
    expect(single('key: value\n', 'value\n')).toMatch(/^ {2}1:6 {2}error/m);
  });

  it('shows control characters and bidirectional overrides from the file as replacement characters', () => {
    const out = single('key: "\u001b[2J\u202eevil"\n', 'evil');
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u202e');
    expect(out).toContain('    1 | key: "�[2J�evil"\n      |            ^~~~\n');
  });

  it('wraps why and help to the terminal width at spaces, aligned under the source line', () => {
    const file = parseSource('values.yaml', '/repo/values.yaml', 'key: value\n');
    const f = finding({
      ruleId: 'falco/x',
      severity: 'error',
      title: 'a title',
      why: 'one two three four five six seven eight nine ten eleven twelve',
      help: 'do this',
      span: { file, start: 5, end: 10 },
      references: [],
    });
    const out = format(sampleResult({ files: 1, findings: [f], releases: [] }), { color: false, width: 40 });
    expect(out).toContain(
      [
        '        why: One two three four five six',
        '             seven eight nine ten eleven',
        '             twelve.',
        '        help: Do this.',
      ].join('\n'),
    );
    // No width (a pipe, a file): one line each.
    expect(format(sampleResult({ files: 1, findings: [f], releases: [] }), { color: false })).toContain(
      '        why: One two three four five six seven eight nine ten eleven twelve.\n',
    );
  });

  it('prints why a release is unresolved and a missing constraint', () => {
    const [release] = sampleResult().releases;
    const unresolved = {
      ...release!,
      constraint: undefined,
      status: 'unknown-version' as const,
      note: 'newest stable: 9.1.0',
      installed: undefined,
    };
    const out = format(sampleResult({ findings: [], releases: [unresolved] }), { color: false });
    expect(out).toContain('    version   none (newest stable)\n    resolves  newest stable: 9.1.0\n\n✔');
  });
});
