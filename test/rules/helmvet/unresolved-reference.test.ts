import { describe, expect, it } from 'vitest';
import { argoApplication, argoHelmValues, helmRelease, kustomization, located, lintRepo } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const RULE = 'helmvet/unresolved-reference';
const valuesFrom = (kind: string, name: string) => `  valuesFrom:\n    - kind: ${kind}\n      name: ${name}`;
const falcoFrom = (kind: string, name: string) => helmRelease('9.1.0', '', valuesFrom(kind, name));
const sopsSecret =
  'apiVersion: v1\nkind: Secret\nmetadata:\n  name: falco-values\n  namespace: falco\nstringData:\n  values.yaml: ENC[AES256_GCM,data:3q2+7w==,iv:abc=,tag:def=,type:str]\nsops:\n  mac: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]\n  lastmodified: "2026-01-01T00:00:00Z"\n';
// A values file encrypted in place (keys in the clear, sops metadata at the root), generated into a Secret.
const generated =
  'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: falco\nsecretGenerator:\n  - name: falco-values\n    files:\n      - values.yaml=values.sops.yaml\n';
const encryptedValues =
  'driver:\n  kind: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]\nsops:\n  mac: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]\n  version: 3.9.0\n';
const pluginApp = `apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: falco
  namespace: argocd
spec:
  source:
    repoURL: https://falcosecurity.github.io/charts
    chart: falco
    targetRevision: 9.1.0
    plugin:
      name: helm-with-values
      env:
        - name: HELM_VALUES
          value: |
            driver:
              kind: ebpf
`;

const configMap = (data: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n${data}`;
const generatedFrom = (file: string) =>
  `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: falco\nconfigMapGenerator:\n  - name: falco-values\n    files:\n      - values.yaml=${file}\n`;
/** A HelmRelease of the falco chart whose source is named by spec.chartRef (an OCIRepository or a HelmChart). */
const chartRef = (kind: string) =>
  `apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: falco\n  namespace: falco\nspec:\n  chartRef:\n    kind: ${kind}\n    name: falco\n`;
const fromRepository = (name: string) =>
  helmRelease('9.1.0')
    .replace(/^apiVersion: source[\s\S]*?---\n/, '')
    .replace('name: falcosecurity', `name: ${name}`);
const mirror = helmRelease('9.1.0').replace('https://falcosecurity.github.io/charts', 'https://charts.example.com');
const aliasBomb = `a: &a [x, x, x, x, x, x, x, x, x, x]\n${Array.from(
  { length: 8 },
  (_, i) =>
    `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
      .fill(`*${String.fromCharCode(97 + i)}`)
      .join(', ')}]`,
).join('\n')}\n`;

testRule(RULE, {
  valid: [
    {
      name: 'a values source that is in the repository',
      files: {
        'hr.yaml': falcoFrom('ConfigMap', 'falco-values'),
        'cm.yaml':
          'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: |\n    tty: true\n',
      },
    },
    {
      name: 'the missing sources of releases that do not deploy Falco',
      files: {
        'hr.yaml': helmRelease('1.0.0', '', valuesFrom('Secret', 'thanos-bucket')).replace(
          'chart: falco',
          'chart: thanos',
        ),
      },
    },
  ],
  invalid: [
    {
      name: 'a values source of a Falco release that is not in the repository: info at the reference',
      files: { 'hr.yaml': falcoFrom('ConfigMap', 'falco-values') },
      errors: [
        {
          file: 'hr.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 25,
          severity: 'info',
          messageId: 'missing-source',
          data: { reason: 'missing-source', kind: 'ConfigMap', name: 'falco-values', optional: false },
        },
      ],
    },
    {
      name: 'values in a SOPS-encrypted Secret are "encrypted", not "not a map of values"',
      files: { 'hr.yaml': falcoFrom('Secret', 'falco-values'), 'secret.sops.yaml': sopsSecret },
      errors: [
        {
          file: 'secret.sops.yaml',
          line: 7,
          column: 3,
          endLine: 7,
          endColumn: 14,
          severity: 'info',
          messageId: 'encrypted',
          data: { reason: 'encrypted', label: 'Secret falco-values key values.yaml' },
        },
      ],
    },
    {
      name: 'a values file encrypted in place and generated into a Secret',
      files: {
        'hr.yaml': falcoFrom('Secret', 'falco-values'),
        'kustomization.yaml': generated,
        'values.sops.yaml': encryptedValues,
      },
      errors: [
        {
          file: 'kustomization.yaml',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 37,
          severity: 'info',
          messageId: 'encrypted',
          data: { reason: 'encrypted', label: 'Secret falco-values key values.yaml' },
        },
      ],
    },
    {
      name: 'a ConfigMap without the key the release reads',
      files: {
        'hr.yaml': falcoFrom('ConfigMap', 'falco-values'),
        'cm.yaml': configMap('  other.yaml: |\n    tty: true\n'),
      },
      errors: [
        {
          file: 'hr.yaml',
          line: 25,
          column: 13,
          endLine: 25,
          endColumn: 25,
          severity: 'info',
          messageId: 'missing-key',
          data: { reason: 'missing-key', kind: 'ConfigMap', name: 'falco-values', key: 'values.yaml', optional: false },
        },
      ],
    },
    {
      name: 'a generated ConfigMap whose file cannot be read',
      files: { 'hr.yaml': falcoFrom('ConfigMap', 'falco-values'), 'kustomization.yaml': generatedFrom('missing.yaml') },
      errors: [
        {
          file: 'kustomization.yaml',
          line: 7,
          column: 9,
          endLine: 7,
          endColumn: 33,
          severity: 'info',
          messageId: 'unreadable-entry',
          data: { reason: 'unreadable-entry', label: 'ConfigMap falco-values key values.yaml' },
        },
      ],
    },
    {
      name: 'a values file outside the repository is never read',
      files: { 'app.yaml': argoApplication('../../etc/passwd') },
      errors: [
        {
          file: 'app.yaml',
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 37,
          severity: 'info',
          messageId: 'outside',
          data: { reason: 'outside', path: '../../etc/passwd' },
        },
      ],
    },
    {
      name: 'a values file that is not in the repository',
      files: { 'app.yaml': argoApplication('values/falco.yaml') },
      errors: [
        {
          file: 'app.yaml',
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 38,
          severity: 'info',
          messageId: 'values-file',
          data: { reason: 'values-file', path: 'values/falco.yaml', present: false },
        },
      ],
    },
    {
      name: 'a values file that is a Jinja template',
      files: {
        'kustomization.yaml': kustomization('values.yaml'),
        'values.yaml': '{% if prod %}\ndriver:\n  kind: modern_ebpf\n{% endif %}\n',
      },
      errors: [
        {
          file: 'kustomization.yaml',
          line: 7,
          column: 17,
          endLine: 7,
          endColumn: 28,
          severity: 'info',
          messageId: 'values-template',
          data: { reason: 'values-template', path: 'values.yaml', renderedBy: 'text' },
        },
      ],
    },
    {
      name: 'a values file inside the chart package',
      files: { 'app.yaml': argoHelmValues('      valueFiles:\n        - values-prod.yaml\n') },
      errors: [
        {
          file: 'app.yaml',
          line: 12,
          column: 11,
          endLine: 12,
          endColumn: 27,
          severity: 'info',
          messageId: 'in-chart-package',
          data: { reason: 'in-chart-package', path: 'values-prod.yaml' },
        },
      ],
    },
    {
      name: 'a HelmRepository that is not in the repository is assumed to be falcosecurity',
      files: { 'hr.yaml': fromRepository('falco-charts') },
      errors: [
        {
          file: 'hr.yaml',
          line: 13,
          column: 15,
          endLine: 13,
          endColumn: 27,
          severity: 'info',
          messageId: 'assumed-falco-repository',
          data: { reason: 'assumed-falco-repository', name: 'flux-system/falco-charts' },
        },
      ],
    },
    {
      name: 'an OCIRepository that is not in the repository: the chart is unknown',
      files: { 'hr.yaml': chartRef('OCIRepository') },
      errors: [
        {
          file: 'hr.yaml',
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 16,
          severity: 'info',
          messageId: 'chart-unknown',
          data: { reason: 'chart-unknown', kind: 'OCIRepository', name: 'falco/falco' },
        },
      ],
    },
    {
      name: 'a HelmChart that is not in the repository: the chart is unknown',
      files: { 'hr.yaml': chartRef('HelmChart') },
      errors: [
        {
          file: 'hr.yaml',
          line: 9,
          column: 11,
          endLine: 9,
          endColumn: 16,
          severity: 'info',
          messageId: 'chart-unknown',
          data: { reason: 'chart-unknown', kind: 'HelmChart', name: 'falco/falco' },
        },
      ],
    },
    {
      name: 'a chart named falco from another repository',
      files: { 'hr.yaml': mirror },
      errors: [
        {
          file: 'hr.yaml',
          line: 17,
          column: 14,
          endLine: 17,
          endColumn: 19,
          severity: 'info',
          messageId: 'not-falcosecurity',
          data: { reason: 'not-falcosecurity', release: 'HelmRelease falco/falco', url: 'https://charts.example.com' },
        },
      ],
    },
    {
      name: 'values over what helmvet reads (an alias bomb)',
      files: { 'app.yaml': argoApplication('values.yaml'), 'values.yaml': aliasBomb },
      errors: [
        {
          file: 'values.yaml',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          severity: 'info',
          messageId: 'not-analysed',
          data: {
            reason: 'not-analysed',
            label: 'document',
            limit: 'more than 200000 values after alias expansion (a YAML alias bomb?)',
          },
        },
      ],
    },
    {
      name: 'a values file that does not parse',
      files: { 'app.yaml': argoApplication('values.yaml'), 'values.yaml': 'driver:\n  kind: [x\n' },
      errors: [
        {
          file: 'app.yaml',
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 32,
          severity: 'info',
          messageId: 'not-yaml',
          data: { reason: 'not-yaml', label: '$values/values.yaml' },
        },
      ],
    },
    {
      name: 'a values file that is a list, not a map',
      files: { 'app.yaml': argoApplication('values.yaml'), 'values.yaml': '- tty: true\n' },
      errors: [
        {
          file: 'app.yaml',
          line: 13,
          column: 13,
          endLine: 13,
          endColumn: 32,
          severity: 'info',
          messageId: 'not-a-map',
          data: { reason: 'not-a-map', label: '$values/values.yaml' },
        },
      ],
    },
    {
      name: 'values an Argo CD config management plugin passes are not checked, and helmvet says so',
      files: { 'app.yaml': pluginApp },
      errors: [
        {
          file: 'app.yaml',
          line: 11,
          column: 5,
          endLine: 11,
          endColumn: 11,
          severity: 'info',
          messageId: 'plugin',
          data: { reason: 'plugin', name: 'helm-with-values', env: ['HELM_VALUES'] },
        },
      ],
    },
  ],
});

describe(RULE, () => {
  it('claims nothing about values it did not read (driver.kind: ebpf in a plugin env would block chart 9.x)', () => {
    expect(located(lintRepo({ 'app.yaml': pluginApp })).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
