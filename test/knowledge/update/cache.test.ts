// Where the cache lives, and reading it back: absent, valid, corrupt, of another format.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cacheDir } from '../../../src/knowledge/update/cache-dir.js';
import { CACHE_FILE, CacheError, readCache, writeCache, type Cache } from '../../../src/knowledge/update/cache.js';
import { KnowledgeUpdateError } from '../../../src/knowledge/update/errors.js';
import { tempDir } from './helpers.js';

const CHART = {
  version: '9.3.0',
  falco: '0.46.0',
  date: '2026-08-03',
  prerelease: false,
  digest: 'ab'.repeat(32),
  containerPluginRef: 'ghcr.io/falcosecurity/plugins/plugin/container:0.8.0',
  containerPlugin: '0.8.0',
  k8smetaPluginRef: null,
  k8smetaPlugin: null,
  driverKind: 'auto',
  image: 'docker.io/falcosecurity/falco:0.46.0',
  keys: { driver: 'map', 'driver.kind': 'string' },
} as const;
const CACHE: Cache = {
  format: 1,
  repoUrl: 'http://127.0.0.1:1',
  fetchedAt: '2026-08-04T00:00:00.000Z',
  charts: [{ ...CHART, keys: { ...CHART.keys } }],
};

describe('cacheDir', () => {
  it('HELMVET_CACHE_DIR first, then XDG_CACHE_HOME/helmvet, then ~/.cache/helmvet', () => {
    expect(cacheDir({ HELMVET_CACHE_DIR: '/c/helmvet-own', XDG_CACHE_HOME: '/xdg' }, '/home/u')).toBe('/c/helmvet-own');
    expect(cacheDir({ XDG_CACHE_HOME: '/xdg' }, '/home/u')).toBe('/xdg/helmvet');
    expect(cacheDir({}, '/home/u')).toBe('/home/u/.cache/helmvet');
  });

  it('empty variables count as unset, a relative XDG_CACHE_HOME is ignored (XDG spec), a relative HELMVET_CACHE_DIR is resolved', () => {
    expect(cacheDir({ HELMVET_CACHE_DIR: '', XDG_CACHE_HOME: '' }, '/home/u')).toBe('/home/u/.cache/helmvet');
    expect(cacheDir({ XDG_CACHE_HOME: 'relative/cache' }, '/home/u')).toBe('/home/u/.cache/helmvet');
    expect(cacheDir({ HELMVET_CACHE_DIR: 'here' }, '/home/u')).toBe(join(process.cwd(), 'here'));
  });

  it('defaults to the process environment', () => {
    expect(cacheDir()).toBe(cacheDir(process.env));
  });
});

describe('readCache and writeCache', () => {
  it('undefined when there is no cache (not even a directory)', () => {
    expect(readCache(join(tempDir(), 'missing'))).toBeUndefined();
  });

  it('reads back what it wrote, creating the directory; no temporary file is left', () => {
    const dir = join(tempDir(), 'a', 'b');
    expect(writeCache(dir, CACHE)).toBe(join(dir, CACHE_FILE));
    expect(readCache(dir)).toEqual(CACHE);
    expect(readdirSync(dir)).toEqual([CACHE_FILE]);
  });

  const corrupt = (content: string): CacheError => {
    const dir = tempDir();
    writeFileSync(join(dir, CACHE_FILE), content);
    try {
      readCache(dir);
    } catch (e) {
      expect(e).toBeInstanceOf(CacheError);
      expect(e).toBeInstanceOf(KnowledgeUpdateError);
      expect((e as Error).message).not.toContain('\n');
      return e as CacheError;
    }
    throw new Error('expected a CacheError');
  };

  it('a file that is not JSON is a CacheError naming the file', () => {
    const e = corrupt('{"format": 1, "charts": [');
    expect(e.message).toMatch(
      /^the chart cache .*falco-charts\.json is corrupt \(not JSON: .+\); run helmvet knowledge update to rebuild it$/,
    );
  });

  it('another format is a CacheError that says so', () => {
    expect(corrupt(JSON.stringify({ ...CACHE, format: 2 })).message).toMatch(
      /has format 2, this helmvet reads format 1/,
    );
    expect(corrupt('[]').message).toMatch(/is corrupt \(not an object\)/);
  });

  it.each([
    [{ repoUrl: 3 }, 'repoUrl is not a string'],
    [{ fetchedAt: 'never' }, 'fetchedAt is not a date'],
    [{ charts: {} }, 'charts is not a list'],
    [{ charts: [null] }, 'charts[0]: not an object'],
    [{ charts: [{ ...CHART, version: 7 }] }, 'charts[0]: version is not a string'],
    [{ charts: [{ ...CHART, version: 'latest' }] }, 'charts[0]: version latest is not a semantic version'],
    [{ charts: [{ ...CHART, image: 1 }] }, 'charts[0]: image is not a string or null'],
    [{ charts: [{ ...CHART, prerelease: 'no' }] }, 'charts[0]: prerelease is not a boolean'],
    [{ charts: [{ ...CHART, keys: [] }] }, 'charts[0]: keys is not an object'],
    [{ charts: [{ ...CHART, keys: { a: 'closed' } }] }, 'charts[0]: keys.a has kind "closed"'],
  ])('a cache of the wrong shape (%j) is a CacheError', (change, detail) => {
    expect(corrupt(JSON.stringify({ ...CACHE, ...change })).message).toContain(`is corrupt (${detail})`);
  });

  it('an unreadable cache path is a CacheError', () => {
    const dir = tempDir();
    mkdirSync(join(dir, CACHE_FILE));
    expect(() => readCache(dir)).toThrow(CacheError);
  });

  it('a cache directory that cannot be made is a one-line KnowledgeUpdateError', () => {
    const file = join(tempDir(), 'file');
    writeFileSync(file, '');
    expect(() => writeCache(join(file, 'sub'), CACHE)).toThrow(
      /^cannot write the chart cache .*falco-charts\.json: .*(ENOTDIR|EEXIST)/,
    );
  });
});
