import { helmRelease } from '../../helpers/repo.js';
import { testRule } from '../../helpers/rule-tester.js';

// Chart 6.0.1: falco#3610, an error at the version (line 18 of helmRelease, line 19 with a comment above it).
const suppressedBy = (comment: string) => ({
  'a.yaml': helmRelease('6.0.1').replace('      version: 6.0.1', `      ${comment}\n      version: 6.0.1`),
});

testRule('helmvet/unused-suppression', {
  valid: [
    {
      name: 'a suppression that suppresses a finding',
      files: suppressedBy('# helmvet-disable-next-line falco/version-advisory -- CRI-O upgrade first'),
    },
    { name: 'no suppression at all', files: { 'a.yaml': 'a: 1\n' } },
  ],
  invalid: [
    {
      name: 'a suppression of a rule that reports nothing there',
      files: suppressedBy('# helmvet-disable-next-line falco/cpu-limit -- stale'),
      errors: [
        {
          file: 'a.yaml',
          line: 18,
          column: 7,
          endLine: 18,
          endColumn: 59,
          severity: 'warning',
          messageId: 'unused',
          data: { rules: ['falco/cpu-limit'], line: 19 },
        },
      ],
    },
    {
      name: 'a suppression for the rest of the document that suppresses nothing',
      files: { 'a.yaml': '# helmvet-disable falco/driver-kind -- old\na: 1\n' },
      errors: [
        {
          file: 'a.yaml',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 43,
          severity: 'warning',
          messageId: 'unused',
          data: { rules: ['falco/driver-kind'], line: null },
        },
      ],
    },
    {
      name: 'an unknown rule, with "did you mean"',
      files: { 'a.yaml': '# helmvet-disable-next-line falco/version-advisry\na: 1\n' },
      errors: [
        {
          file: 'a.yaml',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 50,
          severity: 'warning',
          messageId: 'unknownRule',
          data: { rules: ['falco/version-advisry'], suggestion: 'falco/version-advisory' },
        },
      ],
    },
    {
      name: 'no rule at all',
      files: { 'a.yaml': '# helmvet-disable-next-line\na: 1\n' },
      errors: [
        {
          file: 'a.yaml',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 28,
          severity: 'warning',
          messageId: 'noRule',
          data: {},
        },
      ],
    },
  ],
});
