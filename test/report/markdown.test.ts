import { describe, expect, it } from 'vitest';
import { escapeCell, format } from '../../src/report/markdown.js';
import { sampleResult } from './sample.js';

const DOCS = 'https://github.com/helmvet/helmvet/blob/main/docs/rules';
const HR = 'clusters/prod/falco/helmrelease.yaml';
const SECRET_FILE = 'clusters/prod/falco/falco-values.secret.yaml';

describe('markdown', () => {
  it('summarises counts, findings and deployments as tables', () => {
    expect(format(sampleResult(), { color: false })).toBe(
      [
        '## helmvet',
        '',
        '**3 problems** in 2 files: ❌ 1 error, ⚠️ 1 warning, ℹ️ 1 info. 1 fixable with `helmvet migrate`.',
        '',
        '| Severity | Location | Rule | Message |',
        '| --- | --- | --- | --- |',
        `| ❌ error | [${HR}:10](${HR}#L10) | [falco/version-advisory](${DOCS}/falco/version-advisory.md) | **chart 3.8.7 installs Falco 0.36.2, which crashes on kernels \\>= 6.6**<br>The modern eBPF probe fails to load there. Use chart 4.0.0 or newer. |`,
        `| ⚠️ warning | [${HR}:12](${HR}#L12) | [falco/removed-driver-kind](${DOCS}/falco/removed-driver-kind.md) | **driver.kind ebpf was removed in chart 4.0.0 \\| use modern\\_ebpf** |`,
        `| ℹ️ info | [${SECRET_FILE}:11](${SECRET_FILE}#L11) | [flux/values-from-secret](${DOCS}/flux/values-from-secret.md) | **values from Secret falco-values are checked for keys only** |`,
        '',
        '### Falco deployments',
        '',
        '| Deployment | Location | Version | Resolves | Installs |',
        '| --- | --- | --- | --- | --- |',
        `| HelmRelease security/falco | [${HR}:10](${HR}#L10) | \`3.8.7\` | 3.8.7 admits 3.8.7 (1 version) | chart 3.8.7 · Falco 0.36.2 |`,
        '',
        '<sub>helmvet 0.1.0 · falco charts 1.1.8 to 9.1.0 bundled (facts as of 2026-06-11)</sub>',
        '',
      ].join('\n'),
    );
  });

  it('says plainly when there are no problems', () => {
    expect(format(sampleResult({ findings: [], releases: [] }), { color: false })).toBe(
      '## helmvet\n\n✅ No problems found in 2 files.\n\n<sub>helmvet 0.1.0 · falco charts 1.1.8 to 9.1.0 bundled (facts as of 2026-06-11)</sub>\n',
    );
  });

  it('keeps a cell in its cell: pipes, line breaks and Markdown syntax are escaped', () => {
    expect(escapeCell('a | b\nc *d* <img> [x](y)')).toBe('a \\| b<br>c \\*d\\* \\<img\\> \\[x\\](y)');
  });

  it('writes an unresolved release with a dash and a constraint with pipes as inline code', () => {
    const [release] = sampleResult().releases;
    const odd = {
      ...release!,
      constraint: '>=4.0.0 || ^5',
      status: 'no-match' as const,
      note: 'nothing matches',
      installed: undefined,
    };
    expect(format(sampleResult({ releases: [odd] }), { color: false })).toContain(
      '| `>=4.0.0 \\|\\| ^5` | nothing matches | — |',
    );
  });

  it('links files under a base when one is given (a job summary, shown on the run page), relative links otherwise', () => {
    const out = format(sampleResult(), { color: false, linkBase: 'https://github.com/o/r/blob/0123abc/' });
    expect(out).toContain(
      '[clusters/prod/falco/helmrelease.yaml:10](https://github.com/o/r/blob/0123abc/clusters/prod/falco/helmrelease.yaml#L10)',
    );
    expect(format(sampleResult(), { color: false })).toContain('(clusters/prod/falco/helmrelease.yaml#L10)');
  });
});
