// Files that are not YAML until a tool renders them: decided from what consumes them.
import { describe, expect, it } from 'vitest';
import { chartOfTemplate, textTemplateAt } from '../../src/load/templates.js';
import { parseYaml } from '../../src/load/source.js';
import { kustomization, located, lintRepo } from '../helpers/repo.js';

const GO_TEMPLATE = `{{- range $key, $value := .Values.endpoints }}
---
apiVersion: v1
kind: Service
metadata:
  name: {{ $value.name | lower }}
spec:
  ports:
  {{- range .ports }}
    - name: {{ .name | lower }}
  {{- end }}
{{- end }}
`;

const JINJA = `- hosts: all
  tasks:
{% for pkg in packages %}
    - name: install {{ pkg }}
      apt:
        name: "{{ pkg }}"
{% endfor %}
`;

const syntax = (files: Record<string, string>) => located(lintRepo(files), 'helmvet/yaml-syntax');

describe('Helm chart templates', () => {
  it('every file under templates/ of a directory with a Chart.yaml is rendered by Helm: not linted, and counted apart', () => {
    const r = lintRepo({
      'charts/ingress/Chart.yaml': 'apiVersion: v2\nname: ingress\nversion: 0.1.0\n',
      'charts/ingress/values.yaml': 'endpoints: {}\n',
      'charts/ingress/templates/svc.yaml': GO_TEMPLATE,
      'charts/ingress/templates/sub/more.yaml': 'name: {{ .Values.x\n',
    });
    expect(located(r)).toEqual([]);
    expect([r.files, r.templates]).toEqual([2, 2]);
  });

  it('a file under templates/ with no chart beside it is read as YAML: broken YAML there is reported once, at the first error', () => {
    const broken = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n  labels: [a\ndata:\n  b: "\n';
    const r = lintRepo({ 'templates/cm.yaml': broken }).findings.filter((f) => f.ruleId === 'helmvet/yaml-syntax');
    expect(r.map((f) => [f.messageId, f.data])).toEqual([
      ['syntax', { error: 'this [ opens a flow sequence that is never closed with ]', more: 1, reader: 'manifest' }],
    ]);
    expect(syntax({ 'templates/cm.yaml': broken }).map((f) => [f.line, f.column])).toEqual([[5, 11]]);
  });

  it('chartOfTemplate: the nearest templates/ with a Chart.yaml beside it', () => {
    const charts = new Set(['/r/charts/a']);
    expect(chartOfTemplate('/r/charts/a/templates/x/y.yaml', (d) => charts.has(d))).toBe('/r/charts/a');
    expect(chartOfTemplate('/r/charts/b/templates/y.yaml', (d) => charts.has(d))).toBeUndefined();
    expect(chartOfTemplate('/r/charts/a/values.yaml', (d) => charts.has(d))).toBeUndefined();
  });
});

describe('Go-template and Jinja files', () => {
  it('template syntax where YAML structure would be: not linted as YAML', () => {
    const r = lintRepo({ 'ansible/playbook.yaml': JINJA, 'k8s/rendered-later.yaml': GO_TEMPLATE });
    expect(located(r)).toEqual([]);
    expect(r.templates).toBe(2);
  });

  it('template syntax inside strings is YAML: an alertmanager template in a block, quoted Ansible values', () => {
    const alertmanager =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: am\ndata:\n  telegram.tmpl: |\n    {{ define "telegram.message" }}\n    {{ range .Alerts }}{{ .Annotations.summary }}{{ end }}\n    {{ end }}\n';
    const ansible = '- hosts: all\n  tasks:\n    - name: "{{ item }}"\n      debug:\n        msg: "{{ item }}"\n';
    const r = lintRepo({ 'am.yaml': alertmanager, 'play.yaml': ansible });
    expect([r.files, r.templates]).toEqual([2, 0]);
    // And their real syntax errors are reported.
    expect(syntax({ 'am.yaml': `${alertmanager}  broken: [\n` })).toHaveLength(1);
  });

  it('textTemplateAt: the offset of the first marker outside any scalar', () => {
    const at = (text: string) => textTemplateAt(text, parseYaml(text).documents);
    expect(at('a: 1\n{% if x %}\nb: 2\n{% endif %}\n')).toBe(5);
    expect(at('a: |\n  {{ x }}\n')).toBeUndefined();
    expect(at('- {{ x }}\n')).toBe(2);
    expect(at('# {{ x }}\na: 1\n')).toBeUndefined();
  });

  it('a values file that is a template: its values are not checked, and helmvet says so', () => {
    const r = lintRepo({
      'kustomization.yaml': kustomization('values.yaml'),
      'values.yaml': '{% if prod %}\ndriver:\n  kind: modern_ebpf\n{% endif %}\n',
    });
    expect(
      r.findings.filter((f) => f.ruleId === 'helmvet/unresolved-reference').map((f) => [f.span.file.path, f.data]),
    ).toEqual([['kustomization.yaml', { reason: 'values-template', path: 'values.yaml', renderedBy: 'text' }]]);
    expect(located(r, 'helmvet/unresolved-reference').map((f) => f.line)).toEqual([7]);
  });
});
