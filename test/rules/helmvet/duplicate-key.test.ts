import { describe, expect, it } from 'vitest';
import { argoApplication, helmRelease, located, lintRepo, type Files } from '../../helpers/repo.js';

const RULE = 'helmvet/duplicate-key';
const resources = (...files: string[]) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${files.map((f) => `  - ${f}\n`).join('')}`;
const found = (files: Files) => located(lintRepo(files), RULE).map(({ severity, file, line, column, endLine, endColumn, message }) => ({ severity, file, line, column, endLine, endColumn, message }));
const configMap = (metadata: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n${metadata}\ndata:\n  a: "1"\n`;

describe(RULE, () => {
  it('a resource kustomize builds: an error, the build fails (and the rules read the later value, as Helm would)', () => {
    const result = lintRepo({ 'kustomization.yaml': resources('a.yaml'), 'a.yaml': helmRelease('9.1.0', 'driver:\n  kind: ebpf\n  kind: modern_ebpf') });
    expect(located(result, RULE)).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'a.yaml',
        line: 26,
        column: 7,
        endLine: 26,
        endColumn: 11,
        message: '"kind" is written twice in this map (first on line 25): kustomize build of kustomization.yaml fails on it ("mapping key already defined"), so nothing that kustomization lists is applied; keep one',
      },
    ]);
    // The later value is the one the rules see: modern_ebpf is fine on 9.1.0, ebpf would not be.
    expect(located(result, 'falco/driver-kind')).toEqual([]);
  });

  it('two objects run together without "---": one error for the file, where the second starts', () => {
    const two = `${configMap('  name: a')}${configMap('  name: b')}`;
    expect(found({ 'kustomization.yaml': resources('cm.yaml'), 'cm.yaml': two })).toEqual([
      {
        severity: 'error',
        file: 'cm.yaml',
        line: 7,
        column: 1,
        endLine: 7,
        endColumn: 11,
        message:
          'a second object starts without "---": "apiVersion", "kind", "metadata", "data" repeat the keys of the object above (line 1), and kustomize build of kustomization.yaml fails on it ("mapping key already defined"), so nothing that kustomization lists is applied; put "---" on the line before this object',
      },
    ]);
  });

  it('metadata.annotations written twice: kustomize merges the blocks, so only a key set to two values is lost', () => {
    const merged = configMap('  annotations:\n    a: "1"\n  name: x\n  annotations:\n    a: "1"\n    b: "2"');
    expect(found({ 'kustomization.yaml': resources('cm.yaml'), 'cm.yaml': merged })).toEqual([]);
    const conflict = configMap('  annotations:\n    a: "1"\n  name: x\n  annotations:\n    a: "2"');
    expect(found({ 'kustomization.yaml': resources('cm.yaml'), 'cm.yaml': conflict })).toEqual([
      {
        severity: 'warning',
        file: 'cm.yaml',
        line: 7,
        column: 3,
        endLine: 7,
        endColumn: 14,
        message: 'metadata.annotations is written twice (first on line 4): kustomize merges the two blocks and keeps the first block\'s "a", dropping what this block sets for it; write one annotations block',
      },
    ]);
    const inside = configMap('  name: x\n  annotations:\n    a: "1"\n    a: "2"');
    expect(found({ 'kustomization.yaml': resources('cm.yaml'), 'cm.yaml': inside }).map((f) => [f.severity, f.line, f.message])).toEqual([
      ['warning', 7, 'annotation "a" is set twice (first on line 6): kustomize keeps this later value and drops the first; keep one'],
    ]);
  });

  it('a kustomization.yaml: the later value wins whole (kustomize 5.0.1 and newer), a warning', () => {
    const k = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - a.yaml\nresources:\n  - b.yaml\n';
    expect(found({ 'kustomization.yaml': k, 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' }).map((f) => [f.severity, f.line, f.message])).toEqual([
      ['warning', 5, '"resources" is written twice in this map (first on line 3): kustomize keeps this later value and drops the whole earlier one; merge them into one'],
    ]);
  });

  it('patches: a strategic merge keeps the first value, a JSON 6902 patch the later', () => {
    const k = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cm.yaml\npatches:\n  - path: smp.yaml\n  - path: json.yaml\n    target:\n      kind: ConfigMap\n';
    const smp = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "1"\n  a: "2"\n';
    const json = '- op: add\n  path: /data/b\n  value: "1"\n  value: "2"\n';
    expect(found({ 'kustomization.yaml': k, 'cm.yaml': configMap('  name: x'), 'smp.yaml': smp, 'json.yaml': json }).map((f) => [f.file, f.severity, f.message.split(': ').slice(1).join(': ')])).toEqual([
      ['json.yaml', 'warning', 'kustomize reads this JSON 6902 patch with the later value and ignores the first; keep one'],
      ['smp.yaml', 'warning', 'kustomize applies the first value of this strategic-merge patch and ignores this one; keep one'],
    ]);
  });

  it('values Helm reads: a warning, the later value wins', () => {
    expect(found({ 'apps/falco.yaml': argoApplication('values/falco.yaml'), 'values/falco.yaml': 'tty: true\ntty: false\n' })).toEqual([
      {
        severity: 'warning',
        file: 'values/falco.yaml',
        line: 2,
        column: 1,
        endLine: 2,
        endColumn: 4,
        message: '"tty" is written twice in this map (first on line 1): Helm keeps this later value for Application argocd/falco and drops the first; keep one',
      },
    ]);
  });

  it('a helmCharts valuesFile kustomize merges with valuesInline: the build fails, or with valuesMerge: merge the first wins', () => {
    const chart = (more: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nhelmCharts:\n  - name: falco\n    repo: https://falcosecurity.github.io/charts\n    version: 9.1.0\n    valuesFile: values.yaml\n    valuesInline:\n      tty: true\n${more}`;
    const values = 'driver:\n  kind: modern_ebpf\n  kind: kmod\n';
    expect(found({ 'kustomization.yaml': chart(''), 'values.yaml': values }).map((f) => [f.severity, f.line, f.message])).toEqual([
      ['error', 3, '"kind" is written twice in this map (first on line 2): kustomize build of kustomization.yaml fails when it merges these values with valuesInline of helmCharts falco ("could not parse merged values into map"); keep one'],
    ]);
    expect(found({ 'kustomization.yaml': chart('    valuesMerge: merge\n'), 'values.yaml': values }).map((f) => [f.severity, f.message.split(': ').slice(1).join(': ')])).toEqual([
      ['warning', 'with valuesMerge: merge, kustomize keeps the first value for helmCharts falco and drops this one; keep one'],
    ]);
  });

  it('nothing where helmvet cannot tell which tool reads the file, or where the tool reads it as text', () => {
    const generator = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nconfigMapGenerator:\n  - name: fluent-bit\n    files:\n      - fluent-bit.yaml\n';
    expect(found({ 'kustomization.yaml': generator, 'fluent-bit.yaml': 'pipeline:\n  inputs:\n    - name: tail\n      tag: a\n      tag: b\n' })).toEqual([]);
    expect(found({ 'ansible/playbook.yaml': '- hosts: all\n  tasks:\n    - name: x\n      when: a\n      when: a\n' })).toEqual([]);
    expect(found({ 'a.yaml': helmRelease('9.1.0', 'tty: true\ntty: false') })).toEqual([]);
  });

  it('YAML 1.1 and 1.2 number forms are different keys (go-yaml compares keys as written), and the same key in different maps is fine', () => {
    expect(found({ 'kustomization.yaml': resources('cm.yaml'), 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  0008: a\n  0010: b\n' })).toEqual([]);
    expect(found({ 'kustomization.yaml': resources('cm.yaml'), 'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    a: "1"\n  annotations:\n    a: "1"\n' })).toEqual([]);
  });
});
