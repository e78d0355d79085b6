// The context summaries kept between runs of `helmvet lint FILE` (engine/context-cache.ts): reused only for a file
// that has not changed, by the same helmvet; a cache that cannot be read or written is no cache.
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { FORMAT, SummaryCache, UNUSED_FOR_MS } from '../../src/engine/context-cache.js';
import { summarize } from '../../src/engine/context.js';
import { lint } from '../../src/engine/lint.js';
import { VERSION } from '../../src/version.js';
import { expectSameAlone, helmRelease, located, writeRepo } from '../helpers/repo.js';

const CONFIGMAP = (name: string, enabled: boolean) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: falco\ndata:\n  values.yaml: |\n    collectors:\n      enabled: ${enabled}\n`;
const HR = helmRelease('4.22.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values');
const errors = (dir: string, path: string) =>
  located(lint({ cwd: dir, paths: [path], config: defaultConfig(dir) }))
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.file}:${f.line} ${f.ruleId}`);
/** The cache files written so far. */
const cacheFiles = (dir: string) => readdirSync(join(dir, 'context')).map((f) => join(dir, 'context', f));
const readCache = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as { version: string; root: string; files: object };

let cache: string;
beforeEach(() => {
  cache = mkdtempSync(join(tmpdir(), 'helmvet-context-cache-'));
  vi.stubEnv('HELMVET_CACHE_DIR', cache);
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a summary is reused only while its file is unchanged', () => {
  // What a stale summary would get wrong: a file that did not take part and now does (a stale one that took part and no
  // longer does is read whole and found not to).
  it('a ConfigMap that a release starts to read between two commits is read', () => {
    const dir = writeRepo({ 'apps/hr.yaml': HR, 'apps/cm.yaml': CONFIGMAP('other-values', false) });
    // Not the release's ConfigMap: the chart's defaults run the container plugin, with its busy loop.
    expect(errors(dir, 'apps/hr.yaml')).toContain('apps/hr.yaml:18 falco/version-advisory');
    expect(cacheFiles(cache)).toHaveLength(1);
    writeFileSync(join(dir, 'apps/cm.yaml'), CONFIGMAP('falco-values', false));
    expect(errors(dir, 'apps/hr.yaml')).toEqual([]);
  });

  it('an edit of the same size with the modification time put back is read again (the change time tells it)', () => {
    const dir = writeRepo({ 'apps/hr.yaml': HR, 'apps/cm.yaml': CONFIGMAP('falco-valuez', false) });
    const path = join(dir, 'apps/cm.yaml');
    // A whole second, which utimes sets exactly (a time read back from stat may not round-trip).
    utimesSync(path, 1_700_000_000, 1_700_000_000);
    expect(errors(dir, 'apps/hr.yaml')).toContain('apps/hr.yaml:18 falco/version-advisory');
    const before = statSync(path);
    writeFileSync(path, CONFIGMAP('falco-values', false));
    utimesSync(path, 1_700_000_000, 1_700_000_000);
    expect([statSync(path).size, statSync(path).mtimeMs]).toEqual([before.size, before.mtimeMs]);
    expect(errors(dir, 'apps/hr.yaml')).toEqual([]);
  });

  it('a file deleted since the last run is no longer context, and leaves the cache', () => {
    const dir = writeRepo({ 'apps/hr.yaml': HR, 'apps/cm.yaml': CONFIGMAP('falco-values', false) });
    expect(errors(dir, 'apps/hr.yaml')).toEqual([]);
    const [file] = cacheFiles(cache);
    expect(Object.keys(readCache(file!).files)).toContain(join('apps', 'cm.yaml'));
    writeFileSync(join(dir, 'apps/cm.yaml'), '# moved\n');
    expect(errors(dir, 'apps/hr.yaml')).toEqual(['apps/hr.yaml:18 falco/version-advisory']);
  });

  it('every file of a repository linted alone, with a cache written by the runs before, agrees with the whole lint', () => {
    const dir = writeRepo({
      'apps/hr.yaml': HR,
      'apps/cm.yaml': CONFIGMAP('falco-values', true),
      'apps/kustomization.yaml': 'resources:\n  - hr.yaml\n  - cm.yaml\n',
      'other/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n',
    });
    const files = ['apps/hr.yaml', 'apps/cm.yaml', 'apps/kustomization.yaml', 'other/deploy.yaml'];
    expectSameAlone(dir, files);
    // Again, every summary now from the cache.
    expectSameAlone(dir, files);
  });
});

describe('a cache that cannot be used is no cache', () => {
  it('a cache file that is not JSON: the run reads the files and writes a good one', () => {
    const dir = writeRepo({ 'apps/hr.yaml': HR, 'apps/cm.yaml': CONFIGMAP('falco-values', true) });
    expect(errors(dir, 'apps/hr.yaml')).toEqual(['apps/hr.yaml:18 falco/version-advisory']);
    const [file] = cacheFiles(cache);
    writeFileSync(file!, '{"format": 3, "files": {');
    expect(errors(dir, 'apps/hr.yaml')).toEqual(['apps/hr.yaml:18 falco/version-advisory']);
    expect(readCache(file!).version).toBe(VERSION);
  });

  it('records of the wrong shape (a cache edited by hand), or no records at all: those files are read again', () => {
    const dir = writeRepo({ 'apps/hr.yaml': HR, 'apps/cm.yaml': CONFIGMAP('falco-values', true) });
    expect(errors(dir, 'apps/hr.yaml')).toEqual(['apps/hr.yaml:18 falco/version-advisory']);
    const [file] = cacheFiles(cache);
    const good = readCache(file!);
    const key = join('apps', 'cm.yaml');
    const stamp = (good.files as Record<string, [unknown, unknown]>)[key]![0];
    for (const files of [
      { [key]: [stamp, { docs: 'x', flags: 4, paths: [], apis: [] }] },
      {
        [key]: [stamp, { docs: [{ kind: 'ConfigMap', kustomize: false, names: [1] }], flags: 4, paths: [], apis: [] }],
      },
      { [key]: [stamp] },
      { [key]: null },
      null,
    ]) {
      writeFileSync(file!, JSON.stringify({ ...good, files }));
      expect(errors(dir, 'apps/hr.yaml')).toEqual(['apps/hr.yaml:18 falco/version-advisory']);
    }
  });

  it('a cache directory that cannot be created: the run goes on without one', () => {
    const dir = writeRepo({ 'apps/hr.yaml': HR, 'apps/cm.yaml': CONFIGMAP('falco-values', true) });
    const blocker = join(cache, 'not-a-directory');
    writeFileSync(blocker, '');
    vi.stubEnv('HELMVET_CACHE_DIR', blocker);
    expect(errors(dir, 'apps/hr.yaml')).toEqual(['apps/hr.yaml:18 falco/version-advisory']);
    expect(readFileSync(blocker, 'utf8')).toBe('');
  });
});

describe('SummaryCache', () => {
  const stored = (dir: string, version: string, summary: object) => {
    const path = join(dir, 'a.yaml');
    const s = statSync(path);
    return JSON.stringify({
      format: FORMAT,
      version,
      root: dir,
      files: { 'a.yaml': [[s.size, s.mtimeMs, s.ctimeMs, s.ino], summary] },
    });
  };
  const TEXT = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: real\n';
  /** A summary no text of the file gives: what the cache answers when it trusts its record. */
  const PLANTED = {
    docs: [{ kind: 'ConfigMap', kustomize: false, names: ['planted'] }],
    flags: 4,
    paths: [],
    apis: [],
  };

  it('trusts a record of the same file by the same helmvet, and only that', () => {
    const dir = writeRepo({ 'a.yaml': TEXT });
    const file = join(cache, 'c.json');
    const read = vi.fn(() => summarize(TEXT, false));
    writeFileSync(file, stored(dir, VERSION, PLANTED));
    expect(new SummaryCache(dir, file).summary(join(dir, 'a.yaml'), read)).toEqual(PLANTED);
    expect(read).not.toHaveBeenCalled();
    // Another helmvet's record: its regular expressions may differ, so the file is read.
    writeFileSync(file, stored(dir, `${VERSION}-other`, PLANTED));
    expect(new SummaryCache(dir, file).summary(join(dir, 'a.yaml'), read)).toEqual(summarize(TEXT, false));
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('writes only what the run used, and only when something changed', () => {
    const dir = writeRepo({ 'a.yaml': TEXT });
    const file = join(cache, 'c.json');
    const first = new SummaryCache(dir, file);
    first.summary(join(dir, 'a.yaml'), () => summarize(TEXT, false));
    first.save();
    const written = statSync(file).ino;
    const again = new SummaryCache(dir, file);
    expect(again.summary(join(dir, 'a.yaml'), () => summarize('kind: Secret\n', false))).toEqual(
      summarize(TEXT, false),
    );
    again.save();
    // Marked used (a new modification time), not written again (the same inode: a write replaces the file).
    expect(statSync(file).ino).toBe(written);
  });
});

describe('caches of repositories no longer linted', () => {
  it('are deleted after 30 days unused, when another cache is written; a cache in use is kept', () => {
    const used = writeRepo({ 'apps/hr.yaml': HR, 'apps/cm.yaml': CONFIGMAP('falco-values', false) });
    const gone = writeRepo({ 'apps/hr.yaml': HR, 'apps/cm.yaml': CONFIGMAP('falco-values', true) });
    errors(used, 'apps/hr.yaml');
    errors(gone, 'apps/hr.yaml');
    const roots = () => cacheFiles(cache).map((f) => readCache(f).root);
    expect(roots().sort()).toEqual([used, gone].sort());
    const old = (Date.now() - UNUSED_FOR_MS - 3600_000) / 1000;
    for (const file of cacheFiles(cache)) utimesSync(file, old, old);
    // `used` is linted again with nothing changed: its cache is marked used, not rewritten.
    errors(used, 'apps/hr.yaml');
    // A third repository writes its cache: the one unused for 30 days goes.
    const third = writeRepo({ 'x.yaml': HR, 'y.yaml': CONFIGMAP('falco-values', true) });
    errors(third, 'x.yaml');
    expect(roots().sort()).toEqual([used, third].sort());
    // Files of other programs in the directory are not touched.
    writeFileSync(join(cache, 'context', 'notes.txt'), '');
    utimesSync(join(cache, 'context', 'notes.txt'), old, old);
    errors(writeRepo({ 'x.yaml': HR, 'y.yaml': CONFIGMAP('falco-values', true) }), 'x.yaml');
    expect(readdirSync(join(cache, 'context'))).toContain('notes.txt');
  });
});
