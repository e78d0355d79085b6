import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo, type Files } from '../../helpers/repo.js';

const RULE = 'helmvet/unresolved-reference';
const found = (files: Files) => located(lintRepo(files), RULE).map(({ file, line, column, severity, message }) => ({ file, line, column, severity, message }));
const valuesFrom = (kind: string, name: string) => `  valuesFrom:\n    - kind: ${kind}\n      name: ${name}`;

describe(RULE, () => {
  it('a values source of a Falco release that is not in the repository: info at the reference', () => {
    expect(found({ 'hr.yaml': helmRelease('9.1.0', '', valuesFrom('ConfigMap', 'falco-values')) })).toEqual([
      { file: 'hr.yaml', line: 25, column: 13, severity: 'info', message: 'ConfigMap falco-values is not in the repository; its values are not checked' },
    ]);
  });

  it('nothing for the missing sources of releases that do not deploy Falco', () => {
    const other = helmRelease('1.0.0', '', valuesFrom('Secret', 'thanos-bucket')).replace('chart: falco', 'chart: thanos');
    expect(found({ 'hr.yaml': other })).toEqual([]);
  });

  it('values in a SOPS-encrypted Secret are "encrypted", not "not a map of values"', () => {
    const secret = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: falco-values\n  namespace: falco\nstringData:\n  values.yaml: ENC[AES256_GCM,data:3q2+7w==,iv:abc=,tag:def=,type:str]\nsops:\n  mac: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]\n  lastmodified: "2026-01-01T00:00:00Z"\n';
    expect(found({ 'hr.yaml': helmRelease('9.1.0', '', valuesFrom('Secret', 'falco-values')), 'secret.sops.yaml': secret }).map((f) => f.message)).toEqual([
      'Secret falco-values key values.yaml is encrypted with SOPS; helmvet cannot decrypt it, so its values are not checked',
    ]);
    // A values file encrypted in place (keys in the clear, sops metadata at the root), generated into a Secret.
    const kustomization = 'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: falco\nsecretGenerator:\n  - name: falco-values\n    files:\n      - values.yaml=values.sops.yaml\n';
    const encrypted = 'driver:\n  kind: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]\nsops:\n  mac: ENC[AES256_GCM,data:x,iv:y,tag:z,type:str]\n  version: 3.9.0\n';
    expect(found({ 'hr.yaml': helmRelease('9.1.0', '', valuesFrom('Secret', 'falco-values')), 'kustomization.yaml': kustomization, 'values.sops.yaml': encrypted }).map((f) => f.message)).toEqual([
      'Secret falco-values key values.yaml is encrypted with SOPS; helmvet cannot decrypt it, so its values are not checked',
    ]);
  });

  it('values an Argo CD config management plugin passes are not checked, and helmvet says so', () => {
    const app = `apiVersion: argoproj.io/v1alpha1
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
    const r = lintRepo({ 'app.yaml': app });
    expect(located(r, RULE).map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      { line: 11, column: 5, message: 'the values of this source come through config management plugin helm-with-values (env HELM_VALUES); helmvet runs no plugins, so they are not checked' },
    ]);
    // Nothing is claimed about values helmvet did not read (driver.kind: ebpf would be render-blocking on 9.x).
    expect(located(r).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});
