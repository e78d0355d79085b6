// `helmvet knowledge update` as the command prints it: one line per version learned, the cache path, exit 0; a
// failure is `helmvet: <message>` on stderr and exit 2. The cache directory comes from HELMVET_CACHE_DIR.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runKnowledgeUpdate } from '../../../src/cli/knowledge.js';
import { CHART_VERSIONS } from '../../../src/knowledge/charts.js';
import { CACHE_FILE } from '../../../src/knowledge/update/cache.js';
import { chartTgz, indexYaml, serve, sha256, tempDir, type ChartSpec, type TestServer } from './helpers.js';

let server: TestServer;
let cacheDir: string;
let out: string[];
let err: string[];

beforeEach(async () => {
  server = await serve({});
  cacheDir = tempDir();
  vi.stubEnv('HELMVET_CACHE_DIR', cacheDir);
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => out.push(String(s)) > 0);
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => err.push(String(s)) > 0);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
  await server.close();
});

function publish(specs: ChartSpec[]) {
  const items = specs.map((spec) => {
    const tarball = chartTgz(spec);
    server.routes.set(`/falco-${spec.version}.tgz`, { body: tarball });
    return {
      version: spec.version,
      appVersion: spec.appVersion,
      urls: [`falco-${spec.version}.tgz`],
      digest: sha256(tarball),
    };
  });
  server.routes.set('/index.yaml', { body: indexYaml(items) });
}

describe('runKnowledgeUpdate', () => {
  it('prints each version learned (pre-releases marked) and the cache path; the bundled versions are not downloaded', async () => {
    const bundled = CHART_VERSIONS[CHART_VERSIONS.length - 1]!;
    publish([
      { version: bundled },
      { version: '99.3.0', appVersion: '0.46.0', containerPlugin: '0.8.0', k8smetaPlugin: '0.4.3' },
      { version: '99.4.0-rc1', appVersion: '0.47.0-rc1', containerPlugin: '0.9.0' },
    ]);
    expect(await runKnowledgeUpdate({ repoUrl: server.url })).toBe(0);
    expect(out.join('')).toBe(
      [
        'learned falco chart 99.3.0 (Falco 0.46.0, container plugin 0.8.0, k8smeta 0.4.3)',
        'learned falco chart 99.4.0-rc1, a pre-release (Falco 0.47.0-rc1, container plugin 0.9.0, k8smeta 0.4.1)',
        `cache: ${join(cacheDir, CACHE_FILE)}`,
        '',
      ].join('\n'),
    );
    expect(err).toEqual([]);
    expect(server.requests).not.toContain(`/falco-${bundled}.tgz`);
    expect(readFileSync(join(cacheDir, CACHE_FILE), 'utf8')).toContain('"version": "99.3.0"');
  });

  it('says when there is nothing new, and that the cache is unchanged', async () => {
    publish([{ version: '99.3.0', appVersion: '0.46.0' }]);
    expect(await runKnowledgeUpdate({ repoUrl: server.url })).toBe(0);
    out.length = 0;
    expect(await runKnowledgeUpdate({ repoUrl: server.url })).toBe(0);
    expect(out.join('')).toBe(
      `nothing new in ${server.url} (1 falco chart version, all known)\ncache: ${join(cacheDir, CACHE_FILE)} (unchanged)\n`,
    );
  });

  it('names a missing plugin pin', async () => {
    publish([{ version: '99.3.0', appVersion: '0.46.0', valuesYaml: 'driver:\n  kind: modern_ebpf\n' }]);
    expect(await runKnowledgeUpdate({ repoUrl: server.url })).toBe(0);
    expect(out[0]).toMatch(
      /^learned falco chart 99\.3\.0 \(Falco 0\.46\.0, no container plugin, no k8smeta plugin\)\n/,
    );
  });

  it('rebuilds a corrupt cache and says so on stderr', async () => {
    publish([{ version: '99.3.0', appVersion: '0.46.0' }]);
    writeFileSync(join(cacheDir, CACHE_FILE), 'not json');
    expect(await runKnowledgeUpdate({ repoUrl: server.url })).toBe(0);
    expect(err).toEqual([
      expect.stringMatching(
        /^helmvet: the chart cache .*falco-charts\.json is corrupt \(not JSON: [^)]+\); rebuilt it\n$/,
      ),
    ]);
    expect(out.join('')).toMatch(/^learned falco chart 99\.3\.0 /);
  });

  it('a failure is one line on stderr and exit 2', async () => {
    expect(await runKnowledgeUpdate({ repoUrl: server.url })).toBe(2);
    expect(err).toEqual([`helmvet: cannot fetch ${server.url}/index.yaml: HTTP 404\n`]);
    expect(out).toEqual([]);
  });

  it('a timeout is one line on stderr and exit 2', async () => {
    server.routes.set('/index.yaml', 'hang');
    expect(await runKnowledgeUpdate({ repoUrl: server.url }, { timeoutMs: 200 })).toBe(2);
    expect(err).toEqual([`helmvet: timed out after 0.2 s fetching ${server.url}/index.yaml\n`]);
  });
});
