import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

testRule('flux/removed-field', {
  valid: [
    {
      name: 'valuesFiles and kustomize.patches in v2',
      files: {
        'a.yaml': helmRelease('9.1.0', '', '  postRenderers:\n    - kustomize:\n        patches: []').replace(
          '      chart: falco\n',
          '      chart: falco\n      valuesFiles: [values-prod.yaml]\n',
        ),
      },
    },
    {
      name: 'the removed fields in v2beta2, which still has them',
      files: {
        'a.yaml': helmRelease(
          '9.1.0',
          '',
          '  postRenderers:\n    - kustomize:\n        patchesStrategicMerge: []',
        ).replace('helm.toolkit.fluxcd.io/v2', 'helm.toolkit.fluxcd.io/v2beta2'),
      },
    },
  ],
  invalid: [
    {
      name: 'valuesFile and the old post-renderer patch fields in v2',
      files: {
        'a.yaml': helmRelease(
          '9.1.0',
          '',
          '  postRenderers:\n    - kustomize:\n        patchesStrategicMerge: []\n        patchesJson6902: []',
        ).replace('      chart: falco\n', '      chart: falco\n      valuesFile: values-prod.yaml\n'),
      },
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 7,
          endLine: 18,
          endColumn: 17,
          severity: 'error',
          messageId: 'valuesFile',
          data: {},
        },
        {
          file: 'a.yaml',
          line: 26,
          column: 9,
          endLine: 26,
          endColumn: 30,
          severity: 'error',
          messageId: 'postRendererPatches',
          data: { field: 'patchesStrategicMerge' },
        },
        {
          file: 'a.yaml',
          line: 27,
          column: 9,
          endLine: 27,
          endColumn: 24,
          severity: 'error',
          messageId: 'postRendererPatches',
          data: { field: 'patchesJson6902' },
        },
      ],
    },
  ],
});
