import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { parseSource } from '../../src/load/source.js';
import { docsUrlOf, findingRange } from '../../src/report/positions.js';
import { finding, sampleResult } from './sample.js';

function at(text: string, start: number, end: number): Finding {
  const file = parseSource('f.yaml', '/repo/f.yaml', text);
  return finding({ ruleId: 'falco/x', severity: 'error', title: 'm', span: { file, start, end }, references: [] });
}

describe('findingRange', () => {
  it('is 1-based with an exclusive end column', () => {
    expect(findingRange(at('a: bcd\n', 3, 6))).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 7 });
  });

  it('ends a span that includes its line break (LF or CRLF) on its last line', () => {
    expect(findingRange(at('a:\n  b: 1\nc: 2\n', 3, 10))).toEqual({ line: 2, column: 1, endLine: 2, endColumn: 7 });
    expect(findingRange(at('a:\r\n  b: 1\r\nc: 2\r\n', 4, 12))).toEqual({
      line: 2,
      column: 1,
      endLine: 2,
      endColumn: 7,
    });
  });

  it('keeps an empty span empty, and clamps an end past the text', () => {
    expect(findingRange(at('a: b\n', 3, 3))).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 4 });
    expect(findingRange(at('a: b', 3, 99))).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 5 });
  });

  it('counts columns in UTF-16 units, as SARIF declares and editors expect', () => {
    expect(findingRange(at('a: "😀" x\n', 8, 9))).toEqual({ line: 1, column: 9, endLine: 1, endColumn: 10 });
  });
});

describe('docsUrlOf', () => {
  it('uses the rule metadata, else the URL derived from the id', () => {
    expect(docsUrlOf(sampleResult(), 'falco/version-advisory')).toBe(
      'https://github.com/helmvet/helmvet/blob/main/docs/rules/falco/version-advisory.md',
    );
    expect(docsUrlOf(sampleResult({ rules: [] }), 'helmvet/yaml-syntax')).toBe(
      'https://github.com/helmvet/helmvet/blob/main/docs/rules/helmvet/yaml-syntax.md',
    );
  });
});
