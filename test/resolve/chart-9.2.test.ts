// Chart 9.2.0, published after helmvet's sources could read its values.yaml: what it installs, how ranges meet it
// and its pre-release, and "9.1.1", which was never published.
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { chooseVersion } from '../../src/knowledge/range.js';
import { helmRelease, lintRepo } from '../helpers/repo.js';

const knowledge = loadKnowledge({ cacheDir: null });
const versions = knowledge.charts.map((c) => c.version);

describe('chart 9.2.0', () => {
  it('installs Falco 0.45.0, container plugin 0.7.4 and k8smeta 0.4.2, and is the newest stable version', () => {
    expect(knowledge.chartVersion('9.2.0')).toMatchObject({
      falco: '0.45.0',
      containerPlugin: '0.7.4',
      k8smetaPlugin: '0.4.2',
      date: '2026-09-21',
      prerelease: false,
      derived: { from: '9.1.0' },
    });
    expect(knowledge.newest.version).toBe('9.2.0');
  });

  it('a release pinning 9.2.0 resolves to it, with no unknown-version finding', () => {
    const r = lintRepo({ 'falco.yaml': helmRelease('9.2.0') });
    expect(r.releases.map((x) => x.installed)).toEqual([
      expect.objectContaining({ chart: '9.2.0', falco: '0.45.0', containerPlugin: '0.7.4', k8smetaPlugin: '0.4.2' }),
    ]);
    expect(
      r.findings.filter(
        (f) => f.ruleId === 'falco/unknown-chart-version' || f.ruleId === 'falco/invalid-chart-version',
      ),
    ).toEqual([]);
  });

  it('its pre-release 9.2.0-rc1 is installed only by a constraint that names a pre-release', () => {
    expect(knowledge.chartVersion('9.2.0-rc1')).toMatchObject({ falco: '0.45.0-rc2', prerelease: true });
    expect(chooseVersion('9.x', versions).chosen).toBe('9.2.0');
    expect(chooseVersion('>=9.1.0 <9.2.0', versions).chosen).toBe('9.1.0');
    expect(chooseVersion('>=9.2.0-rc1 <9.2.0', versions).chosen).toBe('9.2.0-rc1');
    expect(chooseVersion('9.2.0-rc1', versions).chosen).toBe('9.2.0-rc1');
  });

  it('"9.1.1" was never published: a pin of it matches nothing', () => {
    expect(knowledge.chartVersion('9.1.1')).toBeUndefined();
    const r = lintRepo({ 'falco.yaml': helmRelease('9.1.1') });
    expect(
      r.findings.filter((f) => f.ruleId === 'falco/invalid-chart-version').map((f) => [f.messageId, f.data.constraint]),
    ).toEqual([['noMatch', '9.1.1']]);
  });
});
