// Files named on the command line are linted with the repository around them, and only they are reported on.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { SummaryCache } from '../../src/engine/context-cache.js';
import { contextFiles } from '../../src/engine/context.js';
import { lint } from '../../src/engine/lint.js';
import type { ContextRead } from '../../src/rules/create-rule.js';
import { discover } from '../../src/load/discover.js';
import { argoApplication, expectSameAlone, helmRelease, located, writeRepo } from '../helpers/repo.js';

const CONFIGMAP = (enabled: boolean) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: |\n    collectors:\n      enabled: ${enabled}\n`;
const HR = helmRelease('4.22.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values');
const run = (dir: string, ...paths: string[]) => lint({ cwd: dir, paths, config: defaultConfig(dir) });

describe('lint of named files', () => {
  it('a staged HelmRelease finds its ConfigMap elsewhere in the repository', () => {
    const dir = writeRepo({
      'apps/falco/hr.yaml': HR,
      'apps/falco/values/cm.yaml': CONFIGMAP(false),
      'apps/other/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: x\n',
    });
    // collectors.enabled: false in the ConfigMap: the container plugin does not run, no busy-loop finding.
    const result = run(dir, 'apps/falco/hr.yaml');
    expect(located(result).filter((f) => f.severity !== 'info')).toEqual([]);
    expect(result.files).toBe(1);
    const on = writeRepo({ 'apps/falco/hr.yaml': HR, 'apps/falco/values/cm.yaml': CONFIGMAP(true) });
    // The busy loop (an error); the socket mount of chart 4.22.0 is info beside it.
    expect(
      located(run(on, 'apps/falco/hr.yaml'), 'falco/version-advisory')
        .filter((f) => f.severity === 'error')
        .map((f) => [f.file, f.line]),
    ).toEqual([['apps/falco/hr.yaml', 18]]);
  });

  it('a staged values file is checked for the release that uses it, and findings stay on the named files', () => {
    const dir = writeRepo({
      'falco/hr.yaml': helmRelease('9.1.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values'),
      'falco/kustomization.yaml':
        'configMapGenerator:\n  - name: falco-values\n    namespace: falco\n    files:\n      - values.yaml\n',
      'falco/values.yaml': 'collectors:\n  containerd:\n    enabled: true\n',
      'other/broken.yaml': 'a: [1\n',
    });
    // On chart 9.1.0 (known only through the release), collectors.containerd is a removed key.
    const result = run(dir, join('falco', 'values.yaml'));
    expect(
      located(result)
        .filter((f) => f.severity !== 'info')
        .map((f) => [f.ruleId, f.file, f.line]),
    ).toEqual([['falco/removed-value', 'falco/values.yaml', 2]]);
    expect(result.releases.map((r) => r.title)).toEqual(['HelmRelease falco/falco']);
  });

  it('a staged talconfig meets the Falco release it breaks', () => {
    const talconfig =
      'clusterName: home\ntalosVersion: v1.13.7\nnodes:\n  - hostname: a\n    ipAddress: 10.0.0.1\n    machineSpec:\n      secureboot: true\n';
    const dir = writeRepo({
      'talos/talconfig.yaml': talconfig,
      'apps/falco.yaml': helmRelease('9.1.0', 'driver:\n  kind: modern_ebpf'),
    });
    expect(located(run(dir, 'talos/talconfig.yaml'), 'talos/secureboot-lockdown').map((f) => f.file)).toEqual([
      'talos/talconfig.yaml',
    ]);
  });
});

describe('the Talos configs a staged Falco release meets', () => {
  const talconfig = (name: string, secureboot: boolean) =>
    `clusterName: ${name}\ntalosVersion: v1.13.7\nnodes:\n  - hostname: a\n    ipAddress: 10.0.0.1\n${secureboot ? '    machineSpec:\n      secureboot: true\n' : ''}`;

  it('one that boots with Secure Boot: talos/secureboot-kmod at the release that loads the kernel module', () => {
    const dir = writeRepo({
      'apps/falco.yaml': helmRelease('9.1.0', 'driver:\n  kind: kmod'),
      'talos/a/talconfig.yaml': talconfig('a', false),
      'talos/b/talconfig.yaml': talconfig('b', true),
    });
    expect(located(run(dir, 'apps/falco.yaml'), 'talos/secureboot-kmod').map((f) => [f.file, f.line])).toEqual([
      ['apps/falco.yaml', 25],
    ]);
    expectSameAlone(dir, ['apps/falco.yaml', 'talos/a/talconfig.yaml', 'talos/b/talconfig.yaml']);
  });

  it('one that spells Secure Boot with YAML escapes is read too', () => {
    const escaped = `${talconfig('b', false)}    talosImageURL: "factory.talos.dev/installer-secure\\x62oot/abc"\n`;
    const dir = writeRepo({
      'apps/falco.yaml': helmRelease('9.1.0', 'driver:\n  kind: kmod'),
      'talos/b/talconfig.yaml': escaped,
    });
    expect(located(run(dir, '.'), 'talos/secureboot-kmod').map((f) => f.file)).toEqual(['apps/falco.yaml']);
    expectSameAlone(dir, ['apps/falco.yaml']);
  });
});

describe('findings stay on the named files', () => {
  it('a staged Argo CD Application: what the values file it reads gets is reported on the values file, not with the app', () => {
    // No other file around it: the values file is read because the app names it, not as context.
    const dir = writeRepo({
      'argocd/falco.yaml': argoApplication('falco/values.yaml', '9.1.0'),
      'falco/values.yaml': 'collectors:\n  containerd:\n    enabled: true\n',
    });
    expect(located(run(dir, '.'), 'falco/removed-value').map((f) => f.file)).toEqual(['falco/values.yaml']);
    const alone = run(dir, 'argocd/falco.yaml');
    expect(located(alone).filter((f) => f.file !== 'argocd/falco.yaml')).toEqual([]);
    expect(alone.files).toBe(1);
    expect(located(run(dir, 'falco/values.yaml'), 'falco/removed-value').map((f) => [f.file, f.line])).toEqual([
      ['falco/values.yaml', 2],
    ]);
  });
});

describe('a named symlink', () => {
  it('is reported where it points, as the whole-repository lint reports that file', () => {
    const dir = writeRepo({ 'base/falco.yaml': HR, 'apps/falco/values/cm.yaml': CONFIGMAP(true) });
    mkdirSync(join(dir, 'apps', 'falco'), { recursive: true });
    symlinkSync(join(dir, 'base', 'falco.yaml'), join(dir, 'apps', 'falco', 'hr.yaml'));
    const advisories = (path: string) =>
      located(run(dir, path), 'falco/version-advisory').map((f) => [f.file, f.line, f.severity]);
    const whole = advisories('.');
    expect(whole).toEqual([
      ['base/falco.yaml', 18, 'error'],
      ['base/falco.yaml', 18, 'info'],
    ]);
    expect(advisories('apps/falco/hr.yaml')).toEqual(whole);
  });
});

describe('a file linted alone gets exactly the findings the whole repository gives it', () => {
  it('every file of the demo', () => {
    const demo = join(fileURLToPath(new URL('../../fixtures/demo/', import.meta.url)));
    const dir = mkdtempSync(join(tmpdir(), 'helmvet-demo-'));
    cpSync(demo, dir, { recursive: true });
    mkdirSync(join(dir, '.git'));
    const files = discover(['.'], { cwd: dir, ignorePatterns: [] });
    expect(files.length).toBeGreaterThan(5);
    expectSameAlone(
      dir,
      files.map((f) => f.path),
    );
  });

  it('the Falco, values, kustomize and Talos files of a generated repository (bench/generate.mjs)', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'helmvet-generated-')), 'repo');
    execFileSync(process.execPath, [
      fileURLToPath(new URL('../../bench/generate.mjs', import.meta.url)),
      dir,
      '160',
      '3',
    ]);
    const files = discover(['.'], { cwd: dir, ignorePatterns: [] }).filter((f) =>
      /falco|values|kustomization|talconfig|helm\.yaml/.test(f.path),
    );
    expect(files.length).toBeGreaterThan(30);
    expectSameAlone(
      dir,
      files.map((f) => f.path),
    );
  });
});

describe('the context is what the rules in force declare they read (meta.reads)', () => {
  const files = {
    'apps/falco.yaml': helmRelease('9.1.0'),
    'talos/talconfig.yaml':
      'clusterName: home\ntalosVersion: v1.13.9\nnodes:\n  - hostname: cp1\n    controlPlane: true\n    machineSpec:\n      secureboot: true\n',
    'flux/gotk-components.yaml':
      '# Flux Version: v2.6.4\napiVersion: v1\nkind: Namespace\nmetadata:\n  name: flux-system\n',
    'apps/other.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: other\n',
  };
  const chosen = (reads: ContextRead[]) => {
    const dir = writeRepo(files);
    const given = discover(['apps/falco.yaml'], { cwd: dir, ignorePatterns: [] });
    const cache = SummaryCache.forRoot(dir, mkdtempSync(join(tmpdir(), 'helmvet-cache-')));
    return contextFiles(given, dir, { cwd: dir, ignorePatterns: [], talosVersionsMatter: false, reads, cache })
      .map((f) => f.path)
      .sort();
  };

  it('a staged Falco release reads the Talos configs only for a rule that declares it, and the Flux pins likewise', () => {
    expect(chosen([])).toEqual([]);
    expect(chosen([{ read: 'talos-configs', when: 'falco-release' }])).toEqual(['talos/talconfig.yaml']);
    expect(chosen([{ read: 'flux-pins', when: 'flux-falco-release' }])).toEqual(['flux/gotk-components.yaml']);
  });

  it('with the Talos rules turned off, staged and whole-repository lints still agree', () => {
    const dir = writeRepo(files);
    const config = {
      ...defaultConfig(dir),
      rules: { 'talos/secureboot-lockdown': 'off', 'talos/secureboot-kmod': 'off' } as const,
    };
    const key = (f: ReturnType<typeof located>[number]) => `${f.file}:${f.line} ${f.ruleId} ${f.message}`;
    const whole = located(lint({ cwd: dir, paths: ['.'], config }))
      .filter((f) => f.file === 'apps/falco.yaml')
      .map(key);
    expect(located(lint({ cwd: dir, paths: ['apps/falco.yaml'], config })).map(key)).toEqual(whole);
  });
});
