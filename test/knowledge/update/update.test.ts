// updateKnowledge end to end against a real HTTP server on 127.0.0.1: what it learns, what it does not download,
// and that every failure (network, HTTP status, timeout, digest, hostile tarball) leaves the cache byte for byte.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CACHE_FILE, readCache, type Cache } from '../../../src/knowledge/update/cache.js';
import { KnowledgeUpdateError } from '../../../src/knowledge/update/errors.js';
import { DEFAULT_REPO_URL, updateKnowledge, type UpdateOptions } from '../../../src/knowledge/update/update.js';
import {
  chartEntries,
  chartTgz,
  indexYaml,
  serve,
  sha256,
  tempDir,
  tgz,
  type ChartSpec,
  type IndexItem,
  type TestServer,
} from './helpers.js';

const KNOWN = [{ version: '9.0.0' }, { version: '9.1.0' }];
const NOW = () => new Date('2026-08-04T12:00:00.000Z');

// 9.3.0 adds a key (collectors.containerEngine.newEngine) and moves the container plugin pin to 0.8.0.
const V930: ChartSpec = {
  version: '9.3.0',
  appVersion: '0.46.0',
  containerPlugin: '0.8.0',
  k8smetaPlugin: '0.4.3',
  extraValues: { metrics: { newKey: { enabled: false } } },
};
const V940RC: ChartSpec = { version: '9.4.0-rc1', appVersion: '0.47.0-rc1', containerPlugin: '0.9.0-rc1' };
const V920: ChartSpec = { version: '9.2.0', appVersion: '0.45.0', containerPlugin: '0.7.4' };
const V910: ChartSpec = { version: '9.1.0', appVersion: '0.44.1' };

let server: TestServer;
let cacheDir: string;
let cachePath: string;
let repoUrl: string;

beforeEach(async () => {
  server = await serve({});
  cacheDir = join(tempDir(), 'cache');
  cachePath = join(cacheDir, CACHE_FILE);
  repoUrl = `${server.url}/charts`;
});
afterEach(() => server.close());

/** Serves the tarball at /charts/<name> and returns its index item (relative URL, right digest unless given). */
function publish(spec: ChartSpec, tarball = chartTgz(spec), item: Partial<IndexItem> = {}): IndexItem {
  const name = `falco-${spec.version}.tgz`;
  server.routes.set(`/charts/${name}`, { body: tarball });
  return {
    version: spec.version,
    appVersion: spec.appVersion,
    urls: [name],
    digest: sha256(tarball),
    created: '2026-08-03T09:30:00Z',
    ...item,
  };
}
const publishIndex = (items: IndexItem[]) => server.routes.set('/charts/index.yaml', { body: indexYaml(items) });
const update = (options: Partial<UpdateOptions> = {}) =>
  updateKnowledge({ repoUrl, cacheDir, known: KNOWN, now: NOW, timeoutMs: 5_000, ...options });

/** The error of a run that must fail, after checking the cache is exactly as it was and no temporary file is left. */
async function failingRun(options: Partial<UpdateOptions> = {}): Promise<string> {
  const before = existsSync(cachePath) ? readFileSync(cachePath) : undefined;
  const listing = existsSync(cacheDir) ? readdirSync(cacheDir) : undefined;
  const error = await update(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KnowledgeUpdateError);
  expect((error as Error).message).not.toContain('\n');
  if (before) expect(readFileSync(cachePath).equals(before)).toBe(true);
  else expect(existsSync(cachePath)).toBe(false);
  expect(existsSync(cacheDir) ? readdirSync(cacheDir) : undefined).toEqual(listing);
  return (error as Error).message;
}

/** A first, successful run: the cache holds 9.3.0. */
async function cacheWith930(): Promise<Buffer> {
  publishIndex([publish(V910), publish(V930)]);
  await update();
  return readFileSync(cachePath);
}

describe('updateKnowledge learns what is new', () => {
  it('downloads each new version (relative and absolute URLs, a pre-release), not the known ones, and writes the cache', async () => {
    const rc = chartTgz(V940RC);
    server.routes.set('/mirror/falco-9.4.0-rc1.tgz', { body: rc });
    publishIndex([
      publish(V910),
      publish(V930),
      publish(V920),
      {
        version: '9.4.0-rc1',
        appVersion: '0.47.0-rc1',
        urls: [`${server.url}/mirror/falco-9.4.0-rc1.tgz`],
        digest: sha256(rc),
      },
    ]);

    const result = await update();

    expect(server.requests).toEqual([
      '/charts/index.yaml',
      '/charts/falco-9.2.0.tgz',
      '/charts/falco-9.3.0.tgz',
      '/mirror/falco-9.4.0-rc1.tgz',
    ]);
    expect(server.requests).not.toContain('/charts/falco-9.1.0.tgz');
    expect(result).toMatchObject({
      repoUrl,
      alreadyKnown: ['9.1.0'],
      cachePath,
      written: true,
      fetchedAt: '2026-08-04T12:00:00.000Z',
    });
    expect(result.learned.map((c) => [c.version, c.falco, c.containerPlugin, c.k8smetaPlugin, c.prerelease])).toEqual([
      ['9.2.0', '0.45.0', '0.7.4', '0.4.1', false],
      ['9.3.0', '0.46.0', '0.8.0', '0.4.3', false],
      ['9.4.0-rc1', '0.47.0-rc1', '0.9.0-rc1', '0.4.1', true],
    ]);

    const cache = JSON.parse(readFileSync(cachePath, 'utf8')) as Cache;
    expect(cache).toEqual(readCache(cacheDir));
    expect(Object.keys(cache)).toEqual(['format', 'repoUrl', 'fetchedAt', 'charts']);
    expect(cache).toMatchObject({ format: 1, repoUrl, fetchedAt: '2026-08-04T12:00:00.000Z' });
    expect(cache.charts.map((c) => c.version)).toEqual(['9.2.0', '9.3.0', '9.4.0-rc1']);
    const v930 = cache.charts[1]!;
    expect({ ...v930, keys: undefined }).toEqual({
      version: '9.3.0',
      falco: '0.46.0',
      date: '2026-08-03',
      prerelease: false,
      digest: sha256(chartTgz(V930)),
      containerPluginRef: 'ghcr.io/falcosecurity/plugins/plugin/container:0.8.0',
      containerPlugin: '0.8.0',
      k8smetaPluginRef: 'ghcr.io/falcosecurity/plugins/plugin/k8smeta:0.4.3',
      k8smetaPlugin: '0.4.3',
      driverKind: 'auto',
      image: 'docker.io/falcosecurity/falco:0.46.0',
      keys: undefined,
    });
    expect(v930.keys).toMatchObject({
      metrics: 'map',
      'metrics.newKey': 'map',
      'metrics.newKey.enabled': 'bool',
      'collectors.containerEngine.engines.containerd.sockets': 'list',
      podAnnotations: 'free',
    });
    expect(cache.charts[0]!.keys).not.toHaveProperty(['metrics.newKey']);
    expect(readdirSync(cacheDir)).toEqual([CACHE_FILE]);
  });

  it('a second run learns nothing, downloads only the index and leaves the cache file as it was', async () => {
    const first = await cacheWith930();
    const { mtimeMs } = statSync(cachePath);
    server.requests.length = 0;

    const result = await update({ now: () => new Date('2026-08-05T00:00:00.000Z') });

    expect(result).toMatchObject({
      learned: [],
      alreadyKnown: ['9.1.0', '9.3.0'],
      written: false,
      fetchedAt: '2026-08-05T00:00:00.000Z',
    });
    expect(server.requests).toEqual(['/charts/index.yaml']);
    expect(readFileSync(cachePath).equals(first)).toBe(true);
    expect(statSync(cachePath).mtimeMs).toBe(mtimeMs);
  });

  it('a later run adds only the newer version to what the cache holds', async () => {
    await cacheWith930();
    server.requests.length = 0;
    publishIndex([publish(V910), publish(V930), publish({ version: '9.3.1', appVersion: '0.46.1' })]);

    const result = await update();

    expect(result.learned.map((c) => c.version)).toEqual(['9.3.1']);
    expect(server.requests).toEqual(['/charts/index.yaml', '/charts/falco-9.3.1.tgz']);
    expect(readCache(cacheDir)!.charts.map((c) => c.version)).toEqual(['9.3.0', '9.3.1']);
  });

  it('a first run that finds nothing new still writes an (empty) cache, saying when it looked', async () => {
    publishIndex([publish(V910)]);
    const result = await update();
    expect(result).toMatchObject({ learned: [], alreadyKnown: ['9.1.0'], written: true });
    expect(readCache(cacheDir)).toEqual({ format: 1, repoUrl, fetchedAt: '2026-08-04T12:00:00.000Z', charts: [] });
  });

  it('drops a cached version that helmvet now bundles', async () => {
    await cacheWith930();
    const result = await update({ known: [...KNOWN, { version: '9.3.0' }] });
    expect(result).toMatchObject({ learned: [], written: true });
    expect(readCache(cacheDir)!.charts).toEqual([]);
  });

  it('a cache of another repository is replaced, not merged', async () => {
    await cacheWith930();
    const other = await serve({});
    try {
      other.routes.set('/index.yaml', { body: indexYaml([{ version: '9.1.0', urls: ['falco-9.1.0.tgz'] }]) });
      const result = await update({ repoUrl: `${other.url}/` });
      expect(result).toMatchObject({ repoUrl: other.url, learned: [], alreadyKnown: ['9.1.0'], written: true });
      expect(readCache(cacheDir)).toEqual({
        format: 1,
        repoUrl: other.url,
        fetchedAt: '2026-08-04T12:00:00.000Z',
        charts: [],
      });
    } finally {
      await other.close();
    }
  });

  it('replaces a corrupt cache and says why', async () => {
    publishIndex([publish(V930)]);
    await update({ known: [] }); // makes the directory
    writeFileSync(cachePath, '{"format": 1, "charts": [');
    const result = await update({ known: [] });
    expect(result.replacedCache).toMatch(/^the chart cache .*falco-charts\.json is corrupt \(not JSON: [^)]+\)$/);
    expect(readCache(cacheDir)!.charts.map((c) => c.version)).toEqual(['9.3.0']);
  });

  it('reads a tarball without a digest in the index, recording its sha256', async () => {
    const tarball = chartTgz(V930);
    publishIndex([publish(V930, tarball, { digest: undefined })]);
    expect((await update()).learned[0]!.digest).toBe(sha256(tarball));
  });

  it('reads a body sent in chunks without Content-Length', async () => {
    const tarball = chartTgz(V930);
    const item = publish(V930, tarball);
    server.routes.set('/charts/falco-9.3.0.tgz', { body: tarball, chunked: true });
    publishIndex([item]);
    expect((await update()).learned.map((c) => c.version)).toEqual(['9.3.0']);
  });

  it('uses the fetch it is given', async () => {
    publishIndex([publish(V930)]);
    const asked: string[] = [];
    const spy: typeof fetch = (input, init) => {
      asked.push(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      return fetch(input, init);
    };
    await update({ fetch: spy });
    expect(asked).toEqual([`${repoUrl}/index.yaml`, `${repoUrl}/falco-9.3.0.tgz`]);
  });

  it('defaults to the falcosecurity repository', () => {
    expect(DEFAULT_REPO_URL).toBe('https://falcosecurity.github.io/charts');
  });
});

describe('updateKnowledge leaves the cache as it was when anything fails', () => {
  it('an index URL answering 404', async () => {
    await cacheWith930();
    server.routes.delete('/charts/index.yaml');
    expect(await failingRun()).toBe(`cannot fetch ${repoUrl}/index.yaml: HTTP 404`);
  });

  it('an index URL answering 404, with no cache yet: none is created', async () => {
    expect(await failingRun()).toBe(`cannot fetch ${repoUrl}/index.yaml: HTTP 404`);
  });

  it('a tarball answering 500', async () => {
    await cacheWith930();
    const item = publish({ version: '9.3.1' });
    server.routes.set('/charts/falco-9.3.1.tgz', { status: 500, body: 'oops' });
    publishIndex([publish(V930), item]);
    expect(await failingRun()).toBe(`cannot fetch ${repoUrl}/falco-9.3.1.tgz: HTTP 500`);
  });

  it('a server that never answers the index: a timeout', async () => {
    await cacheWith930();
    server.routes.set('/charts/index.yaml', 'hang');
    const started = Date.now();
    expect(await failingRun({ timeoutMs: 300 })).toBe(`timed out after 0.3 s fetching ${repoUrl}/index.yaml`);
    expect(Date.now() - started).toBeLessThan(4_000);
  });

  it('a tarball whose body stops coming: a timeout', async () => {
    await cacheWith930();
    publishIndex([publish(V930), publish({ version: '9.3.1' })]);
    server.routes.set('/charts/falco-9.3.1.tgz', 'stall');
    expect(await failingRun({ timeoutMs: 300 })).toBe(`timed out after 0.3 s fetching ${repoUrl}/falco-9.3.1.tgz`);
  });

  it('a server that is not there: a network error', async () => {
    await cacheWith930();
    const gone = await serve({}); // a port that was free a moment ago, and nothing listens on now
    await gone.close();
    expect(await failingRun({ repoUrl: gone.url })).toMatch(
      new RegExp(`^cannot fetch ${gone.url}/index\\.yaml: connect ECONNREFUSED 127\\.0\\.0\\.1:\\d+$`),
    );
  });

  it('a bad digest, even when the other new versions are fine', async () => {
    await cacheWith930();
    const good = publish({ version: '9.3.1', appVersion: '0.46.1' });
    const tampered = publish({ version: '9.3.2' }, chartTgz({ version: '9.3.2' }), { digest: 'ab'.repeat(32) });
    publishIndex([publish(V930), good, tampered]);
    expect(await failingRun()).toBe(
      `falco-9.3.2.tgz: sha256 mismatch (index says ${'ab'.repeat(32)}, got ${sha256(chartTgz({ version: '9.3.2' }))})`,
    );
  });

  it('a tarball with a ../ path', async () => {
    await cacheWith930();
    publishIndex([
      publish(V930),
      publish(
        { version: '9.3.1' },
        tgz([...chartEntries({ version: '9.3.1' }), { path: '../../etc/passwd', body: 'root:x:0:0::/root:/bin/sh\n' }]),
      ),
    ]);
    expect(await failingRun()).toBe('falco-9.3.1.tgz: entry ../../etc/passwd is outside the chart');
  });

  it('a tarball whose falco/values.yaml is a symbolic link', async () => {
    await cacheWith930();
    const entries = chartEntries({ version: '9.3.1' });
    const hostile = tgz([entries[0]!, { path: 'falco/values.yaml', type: '2', linkname: '/etc/passwd' }]);
    publishIndex([publish(V930), publish({ version: '9.3.1' }, hostile)]);
    expect(await failingRun()).toBe('falco-9.3.1.tgz: entry falco/values.yaml links to /etc/passwd, outside the chart');

    const inside = tgz([
      entries[0]!,
      { path: 'falco/values.yaml', type: '2', linkname: 'templates/values.yaml' },
      { path: 'falco/templates/values.yaml', body: 'a: 1\n' },
    ]);
    publishIndex([publish(V930), publish({ version: '9.3.1' }, inside)]);
    expect(await failingRun()).toBe('falco-9.3.1.tgz: falco/values.yaml is a symbolic link, not a regular file');
  });

  it('a tarball that is not a tarball', async () => {
    await cacheWith930();
    publishIndex([publish(V930), publish({ version: '9.3.1' }, Buffer.from('<html>Not Found</html>'))]);
    expect(await failingRun()).toMatch(/^falco-9\.3\.1\.tgz: not a gzip file/);
  });

  it('a Chart.yaml whose version is not the index entry', async () => {
    await cacheWith930();
    publishIndex([
      publish(V930),
      publish({ version: '9.3.1' }, chartTgz({ version: '9.3.1', chartYamlVersion: '9.9.9' })),
    ]);
    expect(await failingRun()).toBe('falco-9.3.1.tgz: falco/Chart.yaml says version 9.9.9, the index says 9.3.1');
  });

  it('a tarball over the size cap', async () => {
    await cacheWith930();
    const huge = Buffer.alloc(20 * 1024 * 1024 + 1);
    const item = publish({ version: '9.3.1' }, huge);
    publishIndex([publish(V930), item]);
    expect(await failingRun()).toBe(`cannot fetch ${repoUrl}/falco-9.3.1.tgz: larger than 20 MB`);
    server.routes.set('/charts/falco-9.3.1.tgz', { body: huge, chunked: true }); // no Content-Length to trust
    expect(await failingRun()).toBe(`cannot fetch ${repoUrl}/falco-9.3.1.tgz: larger than 20 MB`);
  });

  it('an index that is not a Helm index', async () => {
    await cacheWith930();
    server.routes.set('/charts/index.yaml', { body: '<html>' });
    expect(await failingRun()).toBe(`${repoUrl}/index.yaml: not a Helm repository index (no entries)`);
  });

  it('a repository URL that is not http(s)', async () => {
    expect(await failingRun({ repoUrl: 'oci://ghcr.io/falcosecurity/charts' })).toBe(
      'the chart repository: oci://ghcr.io/falcosecurity/charts is not an http(s) URL',
    );
    expect(server.requests).toEqual([]);
  });
});
