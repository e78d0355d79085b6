import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { analyse } from '../../src/engine/lint.js';
import { positionAt } from '../../src/load/source.js';
import type { Span } from '../../src/findings.js';
import { stringAt, valueAt } from '../../src/model/values.js';
import { helmRelease, writeRepo } from '../helpers/repo.js';

const at = (s: Span | undefined) =>
  s ? { file: s.file.path, ...positionAt(s.file, s.start), text: s.file.text.slice(s.start, s.end) } : undefined;
const model = (files: Record<string, string>) => {
  const dir = writeRepo(files);
  return analyse({ cwd: dir, paths: ['.'], config: defaultConfig(dir) });
};

describe('Flux HelmRelease', () => {
  it('links spec.chart.spec to its HelmRepository across namespaces and keeps the version where it is written', () => {
    const { releases, model: m } = model({ 'a/hr.yaml': helmRelease('"4.x"') });
    expect(m.releases).toHaveLength(1);
    const [r] = releases;
    expect(r!.release.chart).toMatchObject({
      name: 'falco',
      repoUrl: 'https://falcosecurity.github.io/charts',
      sourceKind: 'helm',
    });
    expect(r!.release.title).toBe('HelmRelease falco/falco');
    expect(at(r!.span)).toEqual({ file: 'a/hr.yaml', line: 18, column: 16, text: '"4.x"' });
    expect(r!.installed?.version).toBe('4.22.0');
  });

  it('reads every apiVersion: v2beta1, v2beta2, v2 and the removed helm.fluxcd.io/v1', () => {
    for (const v of ['v2beta1', 'v2beta2', 'v2']) {
      const { releases } = model({
        'hr.yaml': helmRelease('9.1.0').replace('helm.toolkit.fluxcd.io/v2', `helm.toolkit.fluxcd.io/${v}`),
      });
      expect(releases.map((r) => r.release.apiVersion)).toEqual([`helm.toolkit.fluxcd.io/${v}`]);
    }
    const v1 =
      'apiVersion: helm.fluxcd.io/v1\nkind: HelmRelease\nmetadata:\n  name: falco\nspec:\n  chart:\n    repository: https://falcosecurity.github.io/charts\n    name: falco\n    version: 1.5.3\n';
    const { releases } = model({ 'hr.yaml': v1 });
    expect(releases.map((r) => [r.installed?.version, at(r.span)?.line])).toEqual([['1.5.3', 9]]);
  });

  it('follows chartRef to an OCIRepository in another file: the version is its ref', () => {
    const oci =
      'apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: falco\nspec:\n  url: oci://ghcr.io/falcosecurity/charts/falco\n  ref:\n    semver: "~6.2.0"\n';
    const hr =
      'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: falco\nspec:\n  chartRef:\n    kind: OCIRepository\n    name: falco\n';
    const { releases } = model({ 'oci.yaml': oci, 'hr.yaml': hr });
    expect(releases).toHaveLength(1);
    expect(releases[0]!.release.chart).toMatchObject({
      name: 'falco',
      repoUrl: 'oci://ghcr.io/falcosecurity/charts',
      sourceKind: 'oci',
    });
    expect(at(releases[0]!.span)).toMatchObject({ file: 'oci.yaml', line: 8, column: 13, text: '"~6.2.0"' });
    expect(releases[0]!.installed?.version).toBe('6.2.5');
  });

  it('an OCIRepository tag is a literal tag, not a range', () => {
    const oci = (tag: string) =>
      `apiVersion: source.toolkit.fluxcd.io/v1\nkind: OCIRepository\nmetadata:\n  name: falco\nspec:\n  url: oci://ghcr.io/falcosecurity/charts/falco\n  ref:\n    tag: ${tag}\n`;
    const hr =
      'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: falco\nspec:\n  chartRef:\n    kind: OCIRepository\n    name: falco\n';
    expect(model({ 'oci.yaml': oci('9.1.0'), 'hr.yaml': hr }).releases[0]!.installed?.version).toBe('9.1.0');
    expect(model({ 'oci.yaml': oci('9.3.0'), 'hr.yaml': hr }).releases[0]!.status).toBe('unknown-version');
    expect(model({ 'oci.yaml': oci('"9.x"'), 'hr.yaml': hr }).releases[0]!.status).toBe('no-match');
  });

  it('merges valuesFrom in order, then spec.values, and every leaf remembers where it was written', () => {
    const cm = (name: string, body: string) =>
      `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n  namespace: falco\ndata:\n  values.yaml: |\n${body
        .split('\n')
        .map((l) => `    ${l}`)
        .join('\n')}\n`;
    const files = {
      'hr.yaml': helmRelease(
        '9.1.0',
        'driver:\n  kind: kmod',
        '  valuesFrom:\n    - kind: ConfigMap\n      name: first\n    - kind: ConfigMap\n      name: second\n    - kind: Secret\n      name: token\n      valuesKey: t\n      targetPath: falcosidekick.config.slack.webhookurl',
      ),
      'cm1.yaml': cm('first', 'driver:\n  kind: ebpf\n  loader:\n    enabled: false\ntty: true'),
      'cm2.yaml': cm('second', '# a comment\ntty: false'),
      'secret.yaml':
        'apiVersion: v1\nkind: Secret\nmetadata:\n  name: token\n  namespace: falco\nstringData:\n  t: https://hooks.example/secret\n',
    };
    const { model: m } = model(files);
    const values = m.releases[0]!.values;
    expect(stringAt(values, ['driver', 'kind'])).toBe('kmod');
    expect(valueAt(values, ['driver', 'loader', 'enabled'])).toMatchObject({ value: false });
    const tty = valueAt(values, ['tty']);
    expect(at(tty?.span)).toEqual({ file: 'cm2.yaml', line: 9, column: 10, text: 'false' });
    const loader = valueAt(values, ['driver', 'loader', 'enabled']);
    expect(at(loader?.span)).toEqual({ file: 'cm1.yaml', line: 11, column: 18, text: 'false' });
    expect(stringAt(values, ['falcosidekick', 'config', 'slack', 'webhookurl'])).toBe('https://hooks.example/secret');
    expect(m.releases[0]!.layers.map((l) => l.label)).toEqual([
      'ConfigMap first key values.yaml',
      'ConfigMap second key values.yaml',
      'Secret token key t at falcosidekick.config.slack.webhookurl',
      'spec.values',
    ]);
    expect(m.files.find((f) => f.path === 'secret.yaml')?.sensitive).toBe(true);
  });

  it('reads values from a kustomize configMapGenerator file, at their own positions', () => {
    const files = {
      'app/hr.yaml': helmRelease('9.1.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values'),
      'app/kustomization.yaml':
        'resources:\n  - hr.yaml\nconfigMapGenerator:\n  - name: falco-values\n    files:\n      - values.yaml=helm/values.yaml\n',
      'app/helm/values.yaml': '# values\ndriver:\n  kind: modern_ebpf\n',
    };
    const { model: m } = model(files);
    expect(at(valueAt(m.releases[0]!.values, ['driver', 'kind'])?.span)).toEqual({
      file: 'app/helm/values.yaml',
      line: 3,
      column: 9,
      text: 'modern_ebpf',
    });
  });

  it('what it cannot follow is recorded, not skipped', () => {
    const files = {
      'hr.yaml': helmRelease(
        '9.1.0',
        '',
        '  valuesFrom:\n    - kind: ConfigMap\n      name: missing\n    - kind: ConfigMap\n      name: elsewhere\n      optional: true',
      ),
    };
    const { model: m } = model(files);
    expect(m.unresolved.map((u) => [at(u.span)?.line, u.why])).toEqual([
      [25, { reason: 'missing-source', kind: 'ConfigMap', name: 'missing', optional: false }],
      [27, { reason: 'missing-source', kind: 'ConfigMap', name: 'elsewhere', optional: true }],
    ]);
  });

  it('a ${VAR} version is unresolved, not an error', () => {
    const { releases } = model({ 'hr.yaml': helmRelease('${FALCO_VERSION}') });
    expect(releases[0]!.status).toBe('variable');
  });

  it('a chart named falco from a repository that is not falcosecurity is not analysed, and says so', () => {
    const { releases, model: m } = model({
      'hr.yaml': helmRelease('9.1.0').replace('https://falcosecurity.github.io/charts', 'https://charts.example.com'),
    });
    expect(releases).toEqual([]);
    expect(m.unresolved.map((u) => u.why)).toEqual([
      { reason: 'not-falcosecurity', release: 'HelmRelease falco/falco', url: 'https://charts.example.com' },
    ]);
  });
});
