import { describe, expect, it } from 'vitest';
import { argoApplication, helmRelease, located, lintRepo } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const RULE = 'helmvet/duplicate-key';
const resources = (...files: string[]) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n${files.map((f) => `  - ${f}\n`).join('')}`;
const configMap = (metadata: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n${metadata}\ndata:\n  a: "1"\n`;
const chart = (more: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nhelmCharts:\n  - name: falco\n    repo: https://falcosecurity.github.io/charts\n    version: 9.1.0\n    valuesFile: values.yaml\n    valuesInline:\n      tty: true\n${more}`;
const patches =
  'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - cm.yaml\npatches:\n  - path: smp.yaml\n  - path: json.yaml\n    target:\n      kind: ConfigMap\n';

testRule(RULE, {
  valid: [
    {
      name: 'metadata.annotations twice, merged by kustomize with nothing lost',
      files: {
        'kustomization.yaml': resources('cm.yaml'),
        'cm.yaml': configMap('  annotations:\n    a: "1"\n  name: x\n  annotations:\n    a: "1"\n    b: "2"'),
      },
    },
    {
      name: 'a generator copies the file as text (Fluent Bit repeats keys by design)',
      files: {
        'kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nconfigMapGenerator:\n  - name: fluent-bit\n    files:\n      - fluent-bit.yaml\n',
        'fluent-bit.yaml': 'pipeline:\n  inputs:\n    - name: tail\n      tag: a\n      tag: b\n',
      },
    },
    {
      name: 'an Ansible playbook no tool in the repository reads',
      files: { 'ansible/playbook.yaml': '- hosts: all\n  tasks:\n    - name: x\n      when: a\n      when: a\n' },
    },
    {
      name: 'a HelmRelease no kustomization lists',
      files: { 'a.yaml': helmRelease('9.1.0', 'tty: true\ntty: false') },
    },
    {
      name: 'YAML 1.1 and 1.2 number forms are different keys',
      files: {
        'kustomization.yaml': resources('cm.yaml'),
        'cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  0008: a\n  0010: b\n',
      },
    },
    {
      name: 'the same key in different maps',
      files: {
        'kustomization.yaml': resources('cm.yaml'),
        'cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels:\n    a: "1"\n  annotations:\n    a: "1"\n',
      },
    },
  ],
  invalid: [
    {
      name: 'a resource kustomize builds: the build fails',
      files: {
        'kustomization.yaml': resources('a.yaml'),
        'a.yaml': helmRelease('9.1.0', 'driver:\n  kind: ebpf\n  kind: modern_ebpf'),
      },
      errors: [
        {
          file: 'a.yaml',
          line: 26,
          column: 7,
          endLine: 26,
          endColumn: 11,
          severity: 'error',
          messageId: 'buildFails',
          data: {
            key: 'kind',
            firstLine: 25,
            more: 0,
            by: 'kustomization.yaml',
          },
        },
      ],
    },
    {
      name: 'two objects run together without "---"',
      files: {
        'kustomization.yaml': resources('cm.yaml'),
        'cm.yaml': `${configMap('  name: a')}${configMap('  name: b')}`,
      },
      errors: [
        {
          file: 'cm.yaml',
          line: 7,
          column: 1,
          endLine: 7,
          endColumn: 11,
          severity: 'error',
          messageId: 'runTogether',
          data: {
            key: 'apiVersion',
            firstLine: 1,
            more: 0,
            by: 'kustomization.yaml',
            keys: ['apiVersion', 'kind', 'metadata', 'data'],
          },
        },
      ],
    },
    {
      name: 'metadata.annotations twice, a key set to two values',
      files: {
        'kustomization.yaml': resources('cm.yaml'),
        'cm.yaml': configMap('  annotations:\n    a: "1"\n  name: x\n  annotations:\n    a: "2"'),
      },
      errors: [
        {
          file: 'cm.yaml',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 14,
          severity: 'warning',
          messageId: 'annotationsMerged',
          data: {
            key: 'annotations',
            firstLine: 4,
            more: 0,
            conflicts: ['a'],
          },
        },
      ],
    },
    {
      name: 'one annotation twice in its block',
      files: {
        'kustomization.yaml': resources('cm.yaml'),
        'cm.yaml': configMap('  name: x\n  annotations:\n    a: "1"\n    a: "2"'),
      },
      errors: [
        {
          file: 'cm.yaml',
          line: 7,
          column: 5,
          endLine: 7,
          endColumn: 6,
          severity: 'warning',
          messageId: 'annotationTwice',
          data: {
            key: 'a',
            firstLine: 6,
            more: 0,
          },
        },
      ],
    },
    {
      name: 'a kustomization.yaml (kustomize 5.0.1 and newer: the later value wins whole)',
      files: {
        'kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - a.yaml\nresources:\n  - b.yaml\n',
        'a.yaml': 'a: 1\n',
        'b.yaml': 'b: 1\n',
      },
      errors: [
        {
          file: 'kustomization.yaml',
          line: 5,
          column: 1,
          endLine: 5,
          endColumn: 10,
          severity: 'warning',
          messageId: 'kustomizationLaterWins',
          data: {
            key: 'resources',
            firstLine: 3,
            more: 0,
          },
        },
      ],
    },
    {
      name: 'a strategic-merge patch keeps the first value, a JSON 6902 patch the later',
      files: {
        'kustomization.yaml': patches,
        'cm.yaml': configMap('  name: x'),
        'smp.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n  a: "1"\n  a: "2"\n',
        'json.yaml': '- op: add\n  path: /data/b\n  value: "1"\n  value: "2"\n',
      },
      errors: [
        {
          file: 'json.yaml',
          line: 4,
          column: 3,
          endLine: 4,
          endColumn: 8,
          severity: 'warning',
          messageId: 'jsonPatchLaterWins',
          data: {
            key: 'value',
            firstLine: 3,
            more: 0,
          },
        },
        {
          file: 'smp.yaml',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 4,
          severity: 'warning',
          messageId: 'strategicPatchFirstWins',
          data: {
            key: 'a',
            firstLine: 6,
            more: 0,
          },
        },
      ],
    },
    {
      name: 'values Helm reads: the later value wins',
      files: {
        'apps/falco.yaml': argoApplication('values/falco.yaml'),
        'values/falco.yaml': 'tty: true\ntty: false\n',
      },
      errors: [
        {
          file: 'values/falco.yaml',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 4,
          severity: 'warning',
          messageId: 'helmLaterWins',
          data: {
            key: 'tty',
            firstLine: 1,
            more: 0,
            release: 'Application argocd/falco',
          },
        },
      ],
    },
    {
      name: 'a helmCharts valuesFile merged with valuesInline: the build fails',
      files: { 'kustomization.yaml': chart(''), 'values.yaml': 'driver:\n  kind: modern_ebpf\n  kind: kmod\n' },
      errors: [
        {
          file: 'values.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 7,
          severity: 'error',
          messageId: 'valuesMergeFails',
          data: {
            key: 'kind',
            firstLine: 2,
            more: 0,
            by: 'kustomization.yaml',
            chart: 'falco',
          },
        },
      ],
    },
    {
      name: 'the same with valuesMerge: merge: the first wins',
      files: {
        'kustomization.yaml': chart('    valuesMerge: merge\n'),
        'values.yaml': 'driver:\n  kind: modern_ebpf\n  kind: kmod\n',
      },
      errors: [
        {
          file: 'values.yaml',
          line: 3,
          column: 3,
          endLine: 3,
          endColumn: 7,
          severity: 'warning',
          messageId: 'valuesMergeFirstWins',
          data: {
            key: 'kind',
            firstLine: 2,
            more: 0,
            chart: 'falco',
          },
        },
      ],
    },
    {
      name: 'several duplicates in one file: one finding, with the count of the others',
      files: {
        'apps/falco.yaml': argoApplication('values/falco.yaml'),
        'values/falco.yaml': 'tty: true\ntty: false\ndriver:\n  kind: kmod\ndriver:\n  kind: modern_ebpf\n',
      },
      errors: [
        {
          file: 'values/falco.yaml',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 4,
          severity: 'warning',
          messageId: 'helmLaterWins',
          data: {
            key: 'tty',
            firstLine: 1,
            more: 1,
            release: 'Application argocd/falco',
          },
        },
      ],
    },
  ],
});

describe(`${RULE}: the values the rules read`, () => {
  it('are read as Helm reads them: the later value wins', () => {
    const result = lintRepo({
      'kustomization.yaml': resources('a.yaml'),
      'a.yaml': helmRelease('9.1.0', 'driver:\n  kind: ebpf\n  kind: modern_ebpf'),
    });
    // modern_ebpf is fine on 9.1.0, ebpf would not be.
    expect(located(result, 'falco/driver-kind')).toEqual([]);
  });
});
