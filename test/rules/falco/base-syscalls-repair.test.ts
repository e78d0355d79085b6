import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const release = (version: string, values = '') => ({ 'a.yaml': helmRelease(version, values) });

testRule('falco/base-syscalls-repair', {
  valid: [
    {
      name: 'a negative custom_set with repair: true',
      files: release('9.1.0', 'falco:\n  base_syscalls:\n    custom_set: ["!mprotect"]\n    repair: true'),
    },
    { name: 'chart 3.1.3 (Falco 0.34.1), before base_syscalls', files: release('3.1.3') },
  ],
  invalid: [
    {
      name: 'repair not set on chart 9.1.0: at the chart version',
      files: release('9.1.0'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 16,
          endLine: 18,
          endColumn: 21,
          severity: 'info',
          messageId: 'repairOff',
          data: { falco: '0.44.1', written: false },
        },
      ],
    },
    {
      name: 'repair: false on chart 9.1.0',
      files: release('9.1.0', 'falco:\n  base_syscalls:\n    repair: false'),
      errors: [
        {
          file: 'a.yaml',
          line: 26,
          column: 17,
          endLine: 26,
          endColumn: 22,
          severity: 'info',
          messageId: 'repairOff',
          data: { falco: '0.44.1', written: true },
        },
      ],
    },
    {
      name: 'a custom_set that replaces the state-engine syscalls, without repair',
      files: release('9.1.0', 'falco:\n  base_syscalls:\n    custom_set: [clone, execve]'),
      errors: [
        {
          file: 'a.yaml',
          line: 26,
          column: 9,
          endLine: 26,
          endColumn: 19,
          severity: 'warning',
          messageId: 'customSet',
          data: { falco: '0.44.1' },
        },
      ],
    },
  ],
});
