import { describe, expect, it } from 'vitest';
import { format as github } from '../../src/report/github.js';
import { FORMATS, isFormat, render } from '../../src/report/index.js';
import { format as stylish } from '../../src/report/stylish.js';
import { sampleResult } from './sample.js';

describe('report registry', () => {
  it('lists the five formats of the CLI contract', () => {
    expect(FORMATS).toEqual(['stylish', 'json', 'sarif', 'github', 'markdown']);
    expect(FORMATS.every(isFormat)).toBe(true);
    expect(isFormat('junit')).toBe(false);
    expect(isFormat('toString')).toBe(false);
  });

  it('renders with the named formatter', () => {
    expect(render('github', sampleResult(), { color: false })).toBe(github(sampleResult(), { color: false }));
    expect(render('stylish', sampleResult(), { color: true })).toBe(stylish(sampleResult(), { color: true }));
  });

  it('every format ends with exactly one newline', () => {
    for (const name of FORMATS) expect(render(name, sampleResult(), { color: false })).toMatch(/[^\n]\n$/);
  });
});
