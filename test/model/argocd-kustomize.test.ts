import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { analyse } from '../../src/engine/lint.js';
import type { Span } from '../../src/findings.js';
import { positionAt } from '../../src/load/source.js';
import { stringAt, valueAt } from '../../src/model/values.js';
import { writeRepo } from '../helpers/repo.js';

const at = (s: Span | undefined) =>
  s ? { file: s.file.path, ...positionAt(s.file, s.start), text: s.file.text.slice(s.start, s.end) } : undefined;
const analysed = (files: Record<string, string>, paths = ['.']) => {
  const dir = writeRepo(files);
  return analyse({ cwd: dir, paths, config: defaultConfig(dir) });
};

const APP = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: falco
  namespace: argocd
spec:
  sources:
    - repoURL: https://falcosecurity.github.io/charts
      chart: falco
      targetRevision: 6.0.2
      helm:
        valueFiles:
          - $values/helm/falco-values.yaml
        values: |
          driver:
            kind: ebpf
        valuesObject:
          tty: true
        parameters:
          - name: falco.json_output
            value: "true"
    - repoURL: git@github.com:example/gitops.git
      targetRevision: main
      ref: values
`;

describe('Argo CD Application', () => {
  it('reads sources, $values files, helm.values text and valuesObject in Argo CD order, with positions', () => {
    const { releases } = analysed({
      'apps/falco.yaml': APP,
      'helm/falco-values.yaml': 'driver:\n  kind: kmod\ntty: false\n',
    });
    expect(releases).toHaveLength(1);
    const r = releases[0]!;
    expect(r.release.title).toBe('Application argocd/falco');
    expect(at(r.span)).toEqual({ file: 'apps/falco.yaml', line: 10, column: 23, text: '6.0.2' });
    expect(r.release.layers.map((l) => l.label)).toEqual([
      '$values/helm/falco-values.yaml',
      'helm.values',
      'helm.valuesObject',
      'helm.parameters falco.json_output',
    ]);
    const values = r.release.values;
    // helm.values wins over the file; its leaf points into the block scalar of the Application.
    expect(at(valueAt(values, ['driver', 'kind'])?.span)).toEqual({
      file: 'apps/falco.yaml',
      line: 16,
      column: 19,
      text: 'ebpf',
    });
    expect(valueAt(values, ['tty'])).toMatchObject({ value: true });
    expect(stringAt(values, ['falco', 'json_output'])).toBe('true');
  });

  it('a $values file is found from a linted directory inside a larger checkout', () => {
    const { releases } = analysed(
      { 'demo/apps/falco.yaml': APP, 'demo/helm/falco-values.yaml': 'driver:\n  kind: kmod\n' },
      ['demo'],
    );
    expect(releases[0]!.release.layers[0]!.file.path).toBe('demo/helm/falco-values.yaml');
  });

  it('a value file outside the repository is refused and reported, never read', () => {
    const app = APP.replace('$values/helm/falco-values.yaml', '$values/../../etc/passwd');
    const { model } = analysed({ 'apps/falco.yaml': app });
    expect(model.unresolved.map((u) => u.why)).toContainEqual({ reason: 'outside', path: '../../etc/passwd' });
  });

  it('a chart from the falcosecurity git repository is a git source, not a version', () => {
    const app =
      'apiVersion: argoproj.io/v1alpha1\nkind: Application\nmetadata:\n  name: falco\nspec:\n  source:\n    repoURL: https://github.com/falcosecurity/charts.git\n    path: charts/falco\n';
    const { releases } = analysed({ 'app.yaml': app });
    expect(releases.map((r) => [r.status, at(r.span)?.line])).toEqual([['git', 8]]);
  });

  it('a syntax error in helm.values is reported at its line in the Application', () => {
    const app = APP.replace('          driver:\n            kind: ebpf', '          driver:\n            kind: [ebpf');
    const { model } = analysed({ 'apps/falco.yaml': app, 'helm/falco-values.yaml': 'tty: false\n' });
    // The parser notices the missing ] where the next line starts; the finding is where the [ opens.
    expect(model.embeddedErrors.map((e) => [at(e.span)?.line, at(e.span)?.column])).toEqual([[16, 19]]);
  });
});

describe('Kustomize helmCharts', () => {
  it('reads the chart, version and values in kustomize order', () => {
    const k =
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nhelmCharts:\n- name: falco\n  repo: https://falcosecurity.github.io/charts\n  version: 6.0.1\n  releaseName: falcosecurity\n  valuesFile: values.yaml\n  valuesInline:\n    tty: true\n';
    const { releases } = analysed({
      'falco/kustomization.yaml': k,
      'falco/values.yaml': 'tty: false\ndriver:\n  kind: modern_ebpf\n',
    });
    const r = releases[0]!;
    expect(r.release.title).toBe('helmCharts falco (release falcosecurity)');
    expect(at(r.span)).toEqual({ file: 'falco/kustomization.yaml', line: 6, column: 12, text: '6.0.1' });
    expect(valueAt(r.release.values, ['tty'])).toMatchObject({ value: true });
    expect(at(valueAt(r.release.values, ['driver', 'kind'])?.span)).toMatchObject({
      file: 'falco/values.yaml',
      line: 3,
    });
  });
});

describe('YAML details', () => {
  it('keeps positions with CRLF line endings and a BOM', () => {
    const hr = APP.replace(/\n/g, '\r\n');
    const { releases, model } = analysed({
      'apps/falco.yaml': `\uFEFF${hr}`,
      'helm/falco-values.yaml': 'tty: false\r\n',
    });
    expect(model.files.find((f) => f.path === 'apps/falco.yaml')).toMatchObject({ bom: true, eol: '\r\n' });
    expect(at(releases[0]!.span)).toEqual({ file: 'apps/falco.yaml', line: 10, column: 23, text: '6.0.2' });
    expect(at(valueAt(releases[0]!.release.values, ['driver', 'kind'])?.span)).toMatchObject({
      line: 16,
      column: 19,
      text: 'ebpf',
    });
  });

  it('resolves anchors, aliases and merge keys in values', () => {
    const k =
      'helmCharts:\n- name: falco\n  repo: https://falcosecurity.github.io/charts\n  version: 9.1.0\n  valuesInline:\n    base: &b\n      kind: kmod\n    driver:\n      <<: *b\n      enabled: true\n';
    const { releases } = analysed({ 'kustomization.yaml': k });
    expect(stringAt(releases[0]!.release.values, ['driver', 'kind'])).toBe('kmod');
  });

  it('an alias bomb is not expanded', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(10).fill(`*${'abcdefgh'[i]}`).join(',')}]`),
    ].join('\n');
    const k = `helmCharts:\n- name: falco\n  repo: https://falcosecurity.github.io/charts\n  version: 9.1.0\n  valuesFile: bomb.yaml\n`;
    const started = performance.now();
    const { model } = analysed({ 'kustomization.yaml': k, 'bomb.yaml': `${bomb}\n` });
    expect(performance.now() - started).toBeLessThan(5000);
    expect(model.unresolved.map((u) => u.why)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          reason: 'not-analysed',
          limit: expect.stringMatching(/more than 200000 values after alias expansion/),
        }),
      ]),
    );
  });
});
