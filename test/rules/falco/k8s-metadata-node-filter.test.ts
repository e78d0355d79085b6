import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'falco/k8s-metadata-node-filter';
const check = (version: string, values: string) => located(lintRepo({ 'a.yaml': helmRelease(version, values) }), RULE);

describe(RULE, () => {
  it('enableNodeFilter: false on chart 3.x drops the node filter', () => {
    expect(check('3.8.7', 'collectors:\n  kubernetes:\n    enableNodeFilter: false')).toEqual([
      {
        ruleId: RULE,
        severity: 'warning',
        file: 'a.yaml',
        line: 26,
        column: 27,
        endLine: 26,
        endColumn: 32,
        message:
          "collectors.kubernetes.enableNodeFilter: false drops --k8s-node from Falco's arguments (chart 3.8.7), so every Falco pod lists and watches every pod in the cluster: API server load and memory grow with the cluster, and large clusters hit the 30 MB read limit (falco#778); remove it (the default is true)",
      },
    ]);
    expect(check('3.8.7', 'collectors:\n  kubernetes:\n    enabled: false\n    enableNodeFilter: false')).toEqual([]);
    expect(check('3.8.7', 'collectors:\n  kubernetes:\n    enableNodeFilter: true')).toEqual([]);
  });

  it('a hand-written k8smeta plugin needs nodeName, and the node the pod runs on', () => {
    const plugin = (init: string) => `falco:\n  load_plugins: [k8smeta]\n  plugins:\n    - name: k8smeta\n      library_path: libk8smeta.so\n      init_config:\n${init}`;
    expect(check('9.1.0', plugin('        collectorPort: 45000')).map((f) => [f.severity, f.line, f.column, f.message.slice(0, 60)])).toEqual([
      ['error', 29, 11, 'this k8smeta plugin has no init_config.nodeName: the plugin '],
    ]);
    expect(check('9.1.0', plugin('        nodeName: worker-1')).map((f) => [f.severity, f.line, f.column, f.endColumn])).toEqual([['warning', 30, 23, 31]]);
    expect(check('9.1.0', plugin('        nodeName: ${FALCO_K8S_NODE_NAME}'))).toEqual([]);
  });
});
