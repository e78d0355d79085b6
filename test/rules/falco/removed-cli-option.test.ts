import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const release = (version: string, args: string) => ({ 'a.yaml': helmRelease(version, `extra:\n  args:\n${args}`) });

testRule('falco/removed-cli-option', {
  valid: [
    {
      name: '--k8s-node on chart 3.8.7 (Falco 0.36), which still has it',
      files: release('3.8.7', '    - --k8s-node\n    - node'),
    },
    {
      name: 'other options on chart 9.1.0',
      files: release('9.1.0', '    - -o\n    - json_output=true\n    - --kernel'),
    },
  ],
  invalid: [
    {
      name: '--k8s-node and -k= on chart 4.0.0 (Falco 0.37.0)',
      files: release('4.0.0', '    - --k8s-node\n    - $(FALCO_K8S_NODE_NAME)\n    - -k=https://kubernetes.default'),
      errors: [
        {
          file: 'a.yaml',
          line: 26,
          column: 11,
          endLine: 26,
          endColumn: 21,
          severity: 'error',
          messageId: 'removed',
          data: { option: '--k8s-node', chart: '4.0.0', falco: '0.37.0' },
        },
        {
          file: 'a.yaml',
          line: 28,
          column: 11,
          endLine: 28,
          endColumn: 40,
          severity: 'error',
          messageId: 'removed',
          data: { option: '-k', chart: '4.0.0', falco: '0.37.0' },
        },
      ],
    },
  ],
});
