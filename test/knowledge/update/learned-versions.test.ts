// The whole loop as a user runs it, with real processes: `helmvet knowledge update` against a chart repository served
// on 127.0.0.1, then `helmvet lint` and `helmvet migrate` using what it learned; and without the cache, nothing of it.
import { execFile, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeRepo } from '../../helpers/repo.js';
import { chartTgz, indexYaml, serve, sha256, tempDir, type ChartSpec, type TestServer } from './helpers.js';

const bin = fileURLToPath(new URL('../../../bin/helmvet.js', import.meta.url));
const helmvet = (args: string[], cwd: string, cache: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, HELMVET_CACHE_DIR: cache, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

/** The same, without blocking this process, whose event loop serves the chart repository. */
const helmvetAsync = (args: string[], cwd: string, cache: string) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd, encoding: 'utf8', env: { ...process.env, HELMVET_CACHE_DIR: cache, NO_COLOR: '1' } },
      (error, stdout, stderr) => {
        done({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });

// 9.3.0 as a future chart repository would publish it: a new Falco, new plugin pins, a new key.
const NEXT: ChartSpec = {
  version: '9.3.0',
  appVersion: '0.46.0',
  containerPlugin: '0.8.0',
  k8smetaPlugin: '0.4.3',
  extraValues: { tracing: { enabled: false, sampleRate: 10 } },
};
const release = (version: string, values: string) =>
  [
    'apiVersion: source.toolkit.fluxcd.io/v1',
    'kind: HelmRepository',
    'metadata:',
    '  name: falcosecurity',
    '  namespace: flux-system',
    'spec:',
    '  url: https://falcosecurity.github.io/charts',
    '---',
    'apiVersion: helm.toolkit.fluxcd.io/v2',
    'kind: HelmRelease',
    'metadata:',
    '  name: falco',
    '  namespace: falco',
    'spec:',
    '  chart:',
    '    spec:',
    '      chart: falco',
    `      version: ${version}`,
    '      sourceRef:',
    '        kind: HelmRepository',
    '        name: falcosecurity',
    '        namespace: flux-system',
    '  values:',
    ...values.split('\n').map((l) => `    ${l}`),
    '',
  ].join('\n');

interface Report {
  tool: { knowledge: { newestChart: string; cache: { newest: string | null; versions: number } | null } };
  findings: { ruleId: string; messageId: string; data: Record<string, unknown>; line: number }[];
  releases: {
    installed?: { chart: string; falco: string; containerPlugin: string | null; k8smetaPlugin: string | null };
  }[];
}

let server: TestServer;
let cache: string;
const none = tempDir();

beforeAll(async () => {
  server = await serve({});
  const tarball = chartTgz(NEXT);
  server.routes.set('/falco-9.3.0.tgz', { body: tarball });
  server.routes.set('/index.yaml', {
    body: indexYaml([
      { version: '9.2.0', appVersion: '0.45.0', urls: ['falco-9.2.0.tgz'] },
      { version: '9.3.0', appVersion: '0.46.0', urls: ['falco-9.3.0.tgz'], digest: sha256(tarball) },
    ]),
  });
  cache = tempDir();
  const update = await helmvetAsync(['knowledge', 'update', '--repo-url', server.url], tempDir(), cache);
  expect(update.stderr).toBe('');
  expect(update.stdout).toContain('learned falco chart 9.3.0 (Falco 0.46.0, container plugin 0.8.0, k8smeta 0.4.3)');
  expect(update.code).toBe(0);
});
afterAll(async () => {
  await server.close();
});

describe('what knowledge update learned, used by lint and migrate', () => {
  it('the bundled 9.2.0 is not downloaded: only the version helmvet does not know', () => {
    expect(server.requests).toEqual(['/index.yaml', '/falco-9.3.0.tgz']);
  });

  it('"9.x" resolves to 9.3.0, with the Falco and plugins its Chart.yaml and values.yaml say; its new key is a key', () => {
    const dir = writeRepo({ 'falco.yaml': release('"9.x"', 'tracing:\n  enabled: true\ntracng: {}') });
    const r = helmvet(['lint', '--format', 'json', '--fail-on', 'none'], dir, cache);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout) as Report;
    expect(report.releases[0]!.installed).toMatchObject({
      chart: '9.3.0',
      falco: '0.46.0',
      containerPlugin: '0.8.0',
      k8smetaPlugin: '0.4.3',
    });
    expect(report.tool.knowledge).toMatchObject({ newestChart: '9.3.0', cache: { newest: '9.3.0', versions: 1 } });
    const keys = report.findings.filter((f) => f.ruleId === 'falco/unknown-value');
    // `tracing` is not reported; the typo is, with "did you mean" from 9.3.0's own keys.
    expect(keys.map((f) => [f.data.path, f.data.suggestions])).toEqual([['tracng', ['tracing']]]);
    expect(keys[0]!.data.keysDerived).toBeNull();
    expect(report.findings.filter((f) => f.ruleId === 'falco/unknown-chart-version')).toEqual([]);
  });

  it('without the cache nothing of 9.3.0 is known: "9.x" installs 9.2.0, the new key is unknown, a 9.3.0 pin is unknown', () => {
    const dir = writeRepo({
      'falco.yaml': release('"9.x"', 'tracing:\n  enabled: true'),
      'pinned/falco.yaml': release('9.3.0', 'tty: true').replace(
        /name: falco\n {2}namespace: falco/,
        'name: falco-pinned\n  namespace: falco',
      ),
    });
    const report = JSON.parse(helmvet(['lint', '--format', 'json', '--fail-on', 'none'], dir, none).stdout) as Report;
    expect(report.tool.knowledge).toMatchObject({ newestChart: '9.2.0', cache: null });
    expect(report.releases.map((x) => x.installed?.chart ?? null)).toEqual(['9.2.0', null]);
    expect(report.findings.filter((f) => f.ruleId === 'falco/unknown-value').map((f) => f.data.path)).toEqual([
      'tracing',
    ]);
    expect(
      report.findings.filter((f) => f.ruleId === 'falco/unknown-chart-version').map((f) => f.data.constraint),
    ).toEqual(['9.3.0']);
  });

  it('helmvet knowledge says what it knows, bundled and learned', () => {
    const r = helmvet(['knowledge'], tempDir(), cache);
    expect(r.stdout.split('\n')[0]).toMatch(
      /^bundled {2}falco charts 1\.1\.8 to 9\.2\.0 \(\d+ versions\), facts as of \d{4}-\d\d-\d\d$/,
    );
    expect(r.stdout).toContain(`cache    1 version up to 9.3.0, fetched `);
    expect(r.stdout).toContain(` from ${server.url} (${cache})\n`);
    expect(r.stdout).toContain('newest   9.3.0\n');
  });

  it('migrate moves a 4.x release to 9.3.0, the newest of major 9 it knows', () => {
    const dir = writeRepo({ 'falco.yaml': release('4.22.0', 'tty: true') });
    const r = helmvet(['migrate', '--format', 'json'], dir, cache);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toMatchObject({ target: '9.3.0' });
  });

  it('a cache that cannot be used is said in one line, and the run goes on with the bundled facts', () => {
    const broken = tempDir();
    spawnSync('sh', ['-c', `printf '{"format": 1, "charts": [' > "${join(broken, 'falco-charts.json')}"`]);
    const dir = writeRepo({ 'falco.yaml': release('"9.x"', 'tty: true') });
    const r = helmvet(['lint', '--format', 'json', '--fail-on', 'none'], dir, broken);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(
      /^helmvet: the chart cache \S+ is corrupt \(not JSON: .+\); run helmvet knowledge update to rebuild it; linting with the bundled facts\n$/,
    );
    expect((JSON.parse(r.stdout) as Report).releases[0]!.installed?.chart).toBe('9.2.0');
  });
});
