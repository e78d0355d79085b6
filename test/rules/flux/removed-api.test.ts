import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

describe('flux/removed-api', () => {
  it('v2beta1 and v2beta2 HelmReleases of Falco are errors at the apiVersion', () => {
    const file = helmRelease('9.1.0').replace('helm.toolkit.fluxcd.io/v2', 'helm.toolkit.fluxcd.io/v2beta1');
    expect(located(lintRepo({ 'a.yaml': file }), 'flux/removed-api')).toEqual([
      {
        ruleId: 'flux/removed-api',
        severity: 'error',
        file: 'a.yaml',
        line: 9,
        column: 13,
        endLine: 9,
        endColumn: 43,
        message:
          'HelmRelease falco/falco uses helm.toolkit.fluxcd.io/v2beta1, which was removed in helm-controller 1.4.0: a cluster on current Flux rejects it and the release is no longer reconciled; move to helm.toolkit.fluxcd.io/v2 and run `flux migrate` for objects already stored in the cluster',
      },
    ]);
    const beta2 = helmRelease('9.1.0').replace('helm.toolkit.fluxcd.io/v2', 'helm.toolkit.fluxcd.io/v2beta2');
    expect(located(lintRepo({ 'a.yaml': beta2 }), 'flux/removed-api').map((f) => f.message)).toEqual([expect.stringContaining('which was removed in helm-controller 1.5.0')]);
  });

  it('v2 is fine, and HelmReleases of other charts are not Falco deployments', () => {
    expect(located(lintRepo({ 'a.yaml': helmRelease('9.1.0') }), 'flux/removed-api')).toEqual([]);
    const other = helmRelease('1.0.0').replace('helm.toolkit.fluxcd.io/v2', 'helm.toolkit.fluxcd.io/v2beta1').replace('chart: falco', 'chart: falcosidekick');
    expect(located(lintRepo({ 'a.yaml': other }), 'flux/removed-api')).toEqual([]);
  });
});

describe('flux/removed-field', () => {
  it('valuesFile and the old post-renderer patch fields in v2', () => {
    const file = helmRelease('9.1.0', '', '  postRenderers:\n    - kustomize:\n        patchesStrategicMerge: []').replace('      chart: falco\n', '      chart: falco\n      valuesFile: values-prod.yaml\n');
    expect(located(lintRepo({ 'a.yaml': file }), 'flux/removed-field').map((f) => [f.line, f.column, f.endColumn, f.message.slice(0, 40)])).toEqual([
      [18, 7, 17, 'spec.chart.spec.valuesFile was removed i'],
      [26, 9, 30, 'postRenderers kustomize.patchesStrategic'],
    ]);
  });
});
