import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const release = (version: string, values: string) => ({ 'a.yaml': helmRelease(version, values) });
// A hand-written k8smeta plugin entry, loaded, with the init_config lines given.
const plugin = (init: string) =>
  `falco:\n  load_plugins: [k8smeta]\n  plugins:\n    - name: k8smeta\n      library_path: libk8smeta.so\n      init_config:\n${init}`;

testRule('falco/k8s-metadata-node-filter', {
  valid: [
    {
      name: 'enableNodeFilter: false on chart 3.8.7 with the kubernetes collector off',
      files: release('3.8.7', 'collectors:\n  kubernetes:\n    enabled: false\n    enableNodeFilter: false'),
    },
    {
      name: 'enableNodeFilter: true on chart 3.8.7',
      files: release('3.8.7', 'collectors:\n  kubernetes:\n    enableNodeFilter: true'),
    },
    {
      name: 'a k8smeta plugin whose nodeName is ${FALCO_K8S_NODE_NAME}',
      files: release('9.1.0', plugin('        nodeName: ${FALCO_K8S_NODE_NAME}')),
    },
  ],
  invalid: [
    {
      name: 'enableNodeFilter: false on chart 3.8.7 drops the node filter',
      files: release('3.8.7', 'collectors:\n  kubernetes:\n    enableNodeFilter: false'),
      errors: [
        {
          file: 'a.yaml',
          line: 26,
          column: 27,
          endLine: 26,
          endColumn: 32,
          severity: 'warning',
          messageId: 'nodeFilterOff',
          data: { chart: '3.8.7' },
        },
      ],
    },
    {
      name: 'a k8smeta plugin without nodeName',
      files: release('9.1.0', plugin('        collectorPort: 45000')),
      errors: [
        {
          file: 'a.yaml',
          line: 29,
          column: 11,
          endLine: 29,
          endColumn: 22,
          severity: 'error',
          messageId: 'noNodeName',
          data: {},
        },
      ],
    },
    {
      name: 'a k8smeta plugin whose nodeName is one literal node',
      files: release('9.1.0', plugin('        nodeName: worker-1')),
      errors: [
        {
          file: 'a.yaml',
          line: 30,
          column: 23,
          endLine: 30,
          endColumn: 31,
          severity: 'warning',
          messageId: 'literalNodeName',
          data: { nodeName: 'worker-1' },
        },
      ],
    },
  ],
});
