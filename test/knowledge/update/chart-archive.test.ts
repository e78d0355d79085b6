// A chart .tgz read in memory: gunzip under a cap (gzip bombs), then the two files, as UTF-8 text.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readChartArchive } from '../../../src/knowledge/update/chart-archive.js';
import { KnowledgeUpdateError } from '../../../src/knowledge/update/errors.js';
import { LIMITS } from '../../../src/knowledge/update/limits.js';
import { chartTgz, tar, tgz } from './helpers.js';

const refusal = (run: () => unknown): string => {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(KnowledgeUpdateError);
    return (e as Error).message;
  }
  throw new Error('expected a refusal');
};

describe('readChartArchive', () => {
  it('returns Chart.yaml and values.yaml of a chart tarball', () => {
    const files = readChartArchive(chartTgz({ version: '9.3.0', appVersion: '0.46.0' }), 'falco-9.3.0.tgz');
    expect(files.chartYaml).toContain('version: 9.3.0');
    expect(files.valuesYaml).toContain('pluginRef: ghcr.io/falcosecurity/plugins/plugin/container:0.7.1');
  });

  it('reads a tarball written as Helm writes it (gzip header with Extra and a comment)', () => {
    const files = readChartArchive(readFileSync(new URL('fixtures/helm-save.tgz', import.meta.url)), 'helm-save.tgz');
    expect(files).toEqual({
      chartYaml: 'apiVersion: v2\nname: falco\nversion: 9.3.0\nappVersion: 0.46.0\n',
      valuesYaml: 'driver:\n  kind: modern_ebpf\n',
    });
  });

  it('drops a UTF-8 byte order mark', () => {
    const files = readChartArchive(
      tgz([
        { path: 'falco/Chart.yaml', body: '\uFEFFname: falco\n' },
        { path: 'falco/values.yaml', body: '' },
      ]),
      'x.tgz',
    );
    expect(files.chartYaml).toBe('name: falco\n');
  });

  it('refuses what is not gzip', () => {
    expect(refusal(() => readChartArchive(Buffer.from('<html>404</html>'), 'falco-9.3.0.tgz'))).toMatch(
      /^falco-9\.3\.0\.tgz: not a gzip file \(.+\)$/,
    );
    expect(refusal(() => readChartArchive(chartTgz({ version: '9.3.0' }).subarray(0, 100), 'falco-9.3.0.tgz'))).toMatch(
      /^falco-9\.3\.0\.tgz: not a gzip file/,
    );
  });

  it('stops a gzip bomb at the 100 MB cap', () => {
    // 101 MB of zeros is about 100 kB of gzip: inflating it whole is what the cap prevents.
    const bomb = gzipSync(
      tar([{ path: 'falco/values.yaml', body: Buffer.alloc(LIMITS.unpackedBytes + 1024 * 1024) }]),
      { level: 1 },
    );
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(refusal(() => readChartArchive(bomb, 'falco-9.3.0.tgz'))).toBe(
      'falco-9.3.0.tgz: unpacks to more than 100 MB',
    );
  });

  it('applies the limits it is given', () => {
    const limits = { ...LIMITS, unpackedBytes: 4096, chartFileBytes: 1024 };
    expect(refusal(() => readChartArchive(chartTgz({ version: '9.3.0' }), 'x.tgz', limits))).toBe(
      'x.tgz: unpacks to more than 4 kB',
    );
    expect(
      refusal(() =>
        readChartArchive(chartTgz({ version: '9.3.0', valuesYaml: 'a: 1\n'.repeat(400) }), 'x.tgz', {
          ...LIMITS,
          chartFileBytes: 1024,
        }),
      ),
    ).toBe('x.tgz: falco/values.yaml is larger than 1 kB');
  });

  it('names the file that is missing', () => {
    expect(
      refusal(() => readChartArchive(tgz([{ path: 'falco/Chart.yaml', body: 'name: falco\n' }]), 'falco-9.3.0.tgz')),
    ).toBe('falco-9.3.0.tgz: has no falco/values.yaml');
    expect(
      refusal(() => readChartArchive(tgz([{ path: 'other/Chart.yaml', body: 'name: falco\n' }]), 'falco-9.3.0.tgz')),
    ).toBe('falco-9.3.0.tgz: has no falco/Chart.yaml');
  });

  it('refuses a file that is not UTF-8', () => {
    const latin1 = Buffer.from('image:\n  tag: caf\xe9\n', 'latin1');
    expect(
      refusal(() =>
        readChartArchive(
          tgz([
            { path: 'falco/Chart.yaml', body: 'name: falco\n' },
            { path: 'falco/values.yaml', body: latin1 },
          ]),
          'x.tgz',
        ),
      ),
    ).toBe('x.tgz: falco/values.yaml is not UTF-8 text');
  });

  it('names the tarball in tar errors', () => {
    expect(refusal(() => readChartArchive(tgz([{ path: '../../etc/passwd', body: 'x' }]), 'falco-9.3.0.tgz'))).toBe(
      'falco-9.3.0.tgz: entry ../../etc/passwd is outside the chart',
    );
  });
});
