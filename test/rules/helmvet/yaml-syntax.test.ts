import { describe, expect, it } from 'vitest';
import { argoApplication, located, lintRepo, type Files } from '../../helpers/repo.js';

const RULE = 'helmvet/yaml-syntax';
const found = (files: Files) => located(lintRepo(files), RULE).map(({ file, line, column, endLine, endColumn, severity, message }) => ({ file, line, column, endLine, endColumn, severity, message }));
const BROKEN = 'driver:\n  kind: [modern_ebpf\n';
const kustomization = (body: string) => `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n${body}`;

describe(RULE, () => {
  it('one error a file, at the first error, with the number the parser reports after it', () => {
    const r = found({ 'a.yaml': 'a: [\nb: {\nc: "\n' });
    expect(r).toHaveLength(1);
    expect(r[0]).toMatchObject({ file: 'a.yaml', line: 1, column: 4, severity: 'error' });
    expect(r[0]!.message).toMatch(/^.+ \(the parser reports \d+ more errors after it\); YAML parsers reject this file, so whatever reads it fails on it$/);
  });

  it('an unclosed quote or bracket is reported where it opens, not where the parser gave up', () => {
    expect(found({ 'a.yaml': 'a: 1\nb: "unclosed\nc: 2\nd: 3\n' })).toEqual([
      { file: 'a.yaml', line: 2, column: 4, endLine: 2, endColumn: 5, severity: 'error', message: 'this " opens a string that is never closed; YAML parsers reject this file, so whatever reads it fails on it' },
    ]);
    expect(found({ 'a.yaml': 'driver:\n  kind: [modern_ebpf\nx: 1\n' }).map((f) => [f.line, f.column, f.message.split(';')[0]])).toEqual([[2, 9, 'this [ opens a flow sequence that is never closed with ]']]);
    expect(found({ 'a.yaml': 'a: {b: 1\nc: 2\n' }).map((f) => [f.line, f.column, f.message.split(';')[0]])).toEqual([[1, 4, 'this { opens a flow map that is never closed with }']]);
  });

  it('a file a kustomization lists: the build of that kustomization fails', () => {
    expect(found({ 'kustomization.yaml': kustomization('resources:\n  - cm.yaml\n'), 'cm.yaml': `apiVersion: v1\nkind: ConfigMap\n${BROKEN}` }).map((f) => f.message.split('; ')[1])).toEqual([
      'kustomize build of kustomization.yaml fails on this file, so nothing that kustomization lists is applied',
    ]);
  });

  it('a file a generator copies into a ConfigMap: kustomize does not parse it, its reader does', () => {
    const gen = kustomization('configMapGenerator:\n  - name: blueprints\n    files:\n      - bp.yaml\n');
    expect(found({ 'kustomization.yaml': gen, 'bp.yaml': 'entries:\n  - a: !KeyOf *x\n' }).map((f) => f.message)).toEqual([
      'An alias node must not specify any properties; kustomize copies this file as text into ConfigMap blueprints (kustomization.yaml), so whatever reads it from there as YAML fails on it',
    ]);
  });

  it('values a release reads: Helm cannot read them', () => {
    expect(found({ 'apps/falco.yaml': argoApplication('values/falco.yaml'), 'values/falco.yaml': BROKEN }).map((f) => f.message.split('; ')[1])).toEqual([
      'Helm cannot read these values, so Application argocd/falco fails to install or upgrade',
    ]);
  });

  it('a kustomization itself, and a manifest nothing names', () => {
    expect(found({ 'kustomization.yaml': `resources:\n  - [a\n` }).map((f) => f.message.split('; ')[1])).toEqual(['kustomize cannot read this kustomization, so nothing in its directory is built or applied']);
    expect(found({ 'cm.yaml': `apiVersion: v1\nkind: ConfigMap\n${BROKEN}` }).map((f) => f.message.split('; ')[1])).toEqual([
      'kubectl, kustomize, Flux and Argo CD reject a manifest that does not parse, so nothing in this file is applied',
    ]);
  });

  it('YAML held in a string: Helm fails on these values', () => {
    const cm = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\ndata:\n  values.yaml: |\n    driver:\n      kind: [x\n';
    const hr = 'apiVersion: helm.toolkit.fluxcd.io/v2\nkind: HelmRelease\nmetadata:\n  name: falco\nspec:\n  chart:\n    spec:\n      chart: falco\n      version: 9.1.0\n  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values\n';
    expect(found({ 'cm.yaml': cm, 'hr.yaml': hr }).map((f) => [f.file, f.line, f.message.split(' in YAML')[1]])).toEqual([['cm.yaml', 9, ' held in a string; Helm fails on these values']]);
  });
});
