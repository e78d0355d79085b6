import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

const release = (cpu: string) => ({ 'a.yaml': helmRelease('9.1.0', `resources:\n  limits:\n    cpu: ${cpu}`) });

testRule('falco/cpu-limit', {
  valid: [
    { name: 'the default 1000m', files: release('1000m') },
    { name: '1 core', files: release('1') },
    { name: '2 cores', files: release('2') },
    { name: '1500m', files: release('1500m') },
  ],
  invalid: [
    {
      name: 'a 200m limit, the old default',
      files: release('200m'),
      errors: [
        {
          file: 'a.yaml',
          line: 26,
          column: 14,
          endLine: 26,
          endColumn: 18,
          severity: 'info',
          messageId: 'low',
          data: { limit: '200m', millicores: 200 },
        },
      ],
    },
    {
      name: 'half a core written "0.5"',
      files: release('"0.5"'),
      errors: [
        {
          file: 'a.yaml',
          line: 26,
          column: 14,
          endLine: 26,
          endColumn: 19,
          severity: 'info',
          messageId: 'low',
          data: { limit: '0.5', millicores: 500 },
        },
      ],
    },
  ],
});
