import { describe, expect, it } from 'vitest';
import { helmRelease, located, lintRepo } from '../../helpers/repo.js';

const RULE = 'falco/removed-cli-option';
const check = (version: string, args: string) => located(lintRepo({ 'a.yaml': helmRelease(version, `extra:\n  args:\n${args}`) }), RULE);

describe(RULE, () => {
  it('-k, -K and --k8s-node on Falco 0.37 and later stop Falco from starting', () => {
    expect(check('4.0.0', '    - --k8s-node\n    - $(FALCO_K8S_NODE_NAME)\n    - -k=https://kubernetes.default')).toEqual([
      {
        ruleId: RULE,
        severity: 'error',
        file: 'a.yaml',
        line: 26,
        column: 11,
        endLine: 26,
        endColumn: 21,
        message:
          'extra.args passes --k8s-node, which Falco removed in 0.37.0 (chart 4.0.0 deploys Falco 0.37.0): Falco refuses to start on an unknown option; remove it and use collectors.kubernetes.enabled: true (the k8s-metacollector and the k8smeta plugin, which filter by node)',
      },
      expect.objectContaining({ line: 28, message: expect.stringMatching(/^extra\.args passes -k, which Falco removed/) }),
    ]);
  });

  it('is fine on Falco 0.36 and for other options', () => {
    expect(check('3.8.7', '    - --k8s-node\n    - node')).toEqual([]);
    expect(check('9.1.0', '    - -o\n    - json_output=true\n    - --kernel')).toEqual([]);
  });
});
