// One answer to "which Falco runs": the chart's appVersion, or the one image.tag pins; every rule, the summary and
// the reports read it from the resolved release (resolve/runs.ts).
import { describe, expect, it } from 'vitest';
import { render } from '../../src/report/index.js';
import { helmRelease, lintRepo } from '../helpers/repo.js';

describe('which Falco runs', () => {
  it('chart 8.0.5 with image.tag 0.44.1: no falco#3643, and every message and the summary say Falco 0.44.1', () => {
    const r = lintRepo({ 'falco.yaml': helmRelease('8.0.5', 'image:\n  tag: 0.44.1') });
    expect(r.findings.filter((f) => f.ruleId === 'falco/version-advisory' && f.data.advisory === 'falco-3643')).toEqual(
      [],
    );
    // Chart 8.0.5 deploys Falco 0.43.1 by default: nothing says so of this release.
    const words = r.findings.map((f) => f.message);
    expect(words.filter((m) => m.includes('0.43.1'))).toEqual([]);
    expect(words.filter((m) => m.includes('Falco 0.44.1')).length).toBeGreaterThan(0);
    expect(r.releases.map((x) => x.installed)).toEqual([
      expect.objectContaining({ chart: '8.0.5', falco: '0.44.1', falcoPinned: true }),
    ]);
    expect(render('stylish', r, { color: false })).toContain(
      'installs  chart 8.0.5 · Falco 0.44.1 (image.tag) · container plugin 0.6.3',
    );
  });

  it('a tag that names no version is said as the tag, and no Falco advisory is guessed', () => {
    const r = lintRepo({ 'falco.yaml': helmRelease('8.0.5', 'image:\n  tag: master') });
    expect(r.releases.map((x) => x.installed)).toEqual([
      expect.objectContaining({ falco: 'master', falcoPinned: true }),
    ]);
    expect(r.findings.filter((f) => f.ruleId === 'falco/version-advisory' && f.data.component === 'Falco')).toEqual([]);
  });

  it('the chart’s own Falco written as image.tag is no pin', () => {
    const r = lintRepo({ 'falco.yaml': helmRelease('8.0.5', 'image:\n  tag: 0.43.1') });
    expect(r.releases.map((x) => x.installed)).toEqual([
      expect.objectContaining({ falco: '0.43.1', falcoPinned: false }),
    ]);
    expect(r.findings.filter((f) => f.data.advisory === 'falco-3643').map((f) => f.messageId)).toEqual(['installed']);
  });
});
