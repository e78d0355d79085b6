import { argoApplication } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const BROKEN = 'driver:\n  kind: [modern_ebpf\n';
const kustomization = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;
const configMapValues = (values: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\ndata:\n  values.yaml: |\n${values.replace(/^/gm, '    ')}`;
const fluxRelease =
  'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: falco\nspec:\n  chart:\n    spec:\n      chart: falco\n      version: 9.1.0\n  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values\n';

testRule('helmvet/yaml-syntax', {
  valid: [
    { name: 'YAML that parses', files: { 'a.yaml': 'a: [1, 2]\nb: "closed"\n' } },
    {
      name: 'a Helm chart template is not YAML until rendered',
      files: {
        'chart/Chart.yaml': 'apiVersion: v2\nname: x\nversion: 1.0.0\n',
        'chart/templates/cm.yaml': '{{- if .Values.enabled }}\napiVersion: v1\nkind: ConfigMap\n{{- end }}\n',
      },
    },
    {
      name: 'a Jinja template is rendered by its tool',
      files: { 'ansible/values.yaml.j2': '', 'ansible/values.yaml': '{% for x in items %}\n- {{ x }}\n{% endfor %}\n' },
    },
    {
      name: 'a broken YAML string that no release reads as values',
      files: { 'cm.yaml': configMapValues('driver:\n  kind: [x\n') },
    },
  ],
  invalid: [
    {
      name: 'one error a file, at the first error, with the number the parser reports after it',
      files: { 'a.yaml': 'a: [\nb: {\nc: "\n' },
      errors: [
        {
          file: 'a.yaml',
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 5,
          severity: 'error',
          messageId: 'syntax',
          data: { error: 'this [ opens a flow sequence that is never closed with ]', more: 2, reader: 'unknown' },
        },
      ],
    },
    {
      name: 'an unclosed quote is reported where it opens, not where the parser gave up',
      files: { 'a.yaml': 'a: 1\nb: "unclosed\nc: 2\nd: 3\n' },
      errors: [
        {
          file: 'a.yaml',
          line: 2,
          column: 4,
          endLine: 2,
          endColumn: 5,
          severity: 'error',
          messageId: 'syntax',
          data: { error: 'this " opens a string that is never closed', more: 0, reader: 'unknown' },
        },
      ],
    },
    {
      name: 'an unclosed flow sequence is reported where it opens',
      files: { 'a.yaml': 'driver:\n  kind: [modern_ebpf\nx: 1\n' },
      errors: [
        {
          file: 'a.yaml',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 10,
          severity: 'error',
          messageId: 'syntax',
          data: { error: 'this [ opens a flow sequence that is never closed with ]', more: 0, reader: 'unknown' },
        },
      ],
    },
    {
      name: 'an unclosed flow map is reported where it opens',
      files: { 'a.yaml': 'a: {b: 1\nc: 2\n' },
      errors: [
        {
          file: 'a.yaml',
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 5,
          severity: 'error',
          messageId: 'syntax',
          data: { error: 'this { opens a flow map that is never closed with }', more: 0, reader: 'unknown' },
        },
      ],
    },
    {
      name: 'a file a kustomization lists: the build of that kustomization fails',
      files: {
        'kustomization.yaml': kustomization('resources:\n  - cm.yaml\n'),
        'cm.yaml': `apiVersion: v1\nkind: ConfigMap\n${BROKEN}`,
      },
      errors: [
        {
          file: 'cm.yaml',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 10,
          severity: 'error',
          messageId: 'syntax',
          data: {
            error: 'this [ opens a flow sequence that is never closed with ]',
            more: 0,
            reader: 'kustomize',
            by: 'kustomization.yaml',
            as: 'file',
          },
        },
      ],
    },
    {
      name: 'a file a generator copies into a ConfigMap: kustomize does not parse it, its reader does',
      files: {
        'kustomization.yaml': kustomization('configMapGenerator:\n  - name: blueprints\n    files:\n      - bp.yaml\n'),
        'bp.yaml': 'entries:\n  - a: !KeyOf *x\n',
      },
      errors: [
        {
          file: 'bp.yaml',
          line: 2,
          column: 15,
          endLine: 2,
          endColumn: 17,
          severity: 'error',
          messageId: 'syntax',
          data: {
            error: 'An alias node must not specify any properties',
            more: 0,
            reader: 'generator',
            by: 'kustomization.yaml',
            target: 'ConfigMap blueprints',
          },
        },
      ],
    },
    {
      name: 'values a release reads: Helm cannot read them',
      files: { 'apps/falco.yaml': argoApplication('values/falco.yaml'), 'values/falco.yaml': BROKEN },
      errors: [
        {
          file: 'values/falco.yaml',
          line: 2,
          column: 9,
          endLine: 2,
          endColumn: 10,
          severity: 'error',
          messageId: 'syntax',
          data: {
            error: 'this [ opens a flow sequence that is never closed with ]',
            more: 0,
            reader: 'helm',
            release: 'Application argocd/falco',
          },
        },
      ],
    },
    {
      name: 'a kustomization itself',
      files: { 'kustomization.yaml': 'resources:\n  - [a\n' },
      errors: [
        {
          file: 'kustomization.yaml',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 6,
          severity: 'error',
          messageId: 'syntax',
          data: { error: 'this [ opens a flow sequence that is never closed with ]', more: 0, reader: 'kustomization' },
        },
      ],
    },
    {
      name: 'a manifest nothing names',
      files: { 'cm.yaml': `apiVersion: v1\nkind: ConfigMap\n${BROKEN}` },
      errors: [
        {
          file: 'cm.yaml',
          line: 4,
          column: 9,
          endLine: 4,
          endColumn: 10,
          severity: 'error',
          messageId: 'syntax',
          data: { error: 'this [ opens a flow sequence that is never closed with ]', more: 0, reader: 'manifest' },
        },
      ],
    },
    {
      name: 'YAML held in a string that a release reads: Helm fails on these values',
      files: { 'cm.yaml': configMapValues('driver:\n  kind: [x\n'), 'hr.yaml': fluxRelease },
      errors: [
        {
          file: 'cm.yaml',
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 14,
          severity: 'error',
          messageId: 'embedded',
          data: { error: 'this [ opens a flow sequence that is never closed with ]' },
        },
      ],
    },
    {
      name: 'a file over the nesting helmvet reads: nothing in it is checked',
      files: { 'deep.yaml': `${'['.repeat(600)}${']'.repeat(600)}\n` },
      errors: [
        {
          file: 'deep.yaml',
          line: 1,
          column: 501,
          endLine: 1,
          endColumn: 502,
          severity: 'error',
          messageId: 'limit',
          data: {
            error: 'nested deeper than 500 levels; helmvet does not parse it (no Kubernetes tool reads such a file)',
          },
        },
      ],
    },
  ],
});
