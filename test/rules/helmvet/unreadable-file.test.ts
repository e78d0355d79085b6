import { testRule } from '../../helpers/rule-tester.js';

testRule('helmvet/unreadable-file', {
  valid: [
    { name: 'UTF-8 text, with a byte order mark', files: { 'a.yaml': '\uFEFFa: é\n' } },
    {
      name: 'a binary file whose name is not .yaml',
      files: { 'logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), 'a.yaml': 'a: 1\n' },
    },
  ],
  invalid: [
    {
      name: 'a binary file named .yaml (it contains NUL bytes)',
      files: { 'blob.yaml': Buffer.from([0x61, 0x3a, 0x20, 0x00, 0x01, 0x0a]) },
      errors: [
        {
          file: 'blob.yaml',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          severity: 'error',
          messageId: 'unreadable',
          data: { problem: 'binary file (it contains NUL bytes), not YAML' },
        },
      ],
    },
    {
      name: 'Latin-1 text, not UTF-8: the first bad byte is named',
      files: { 'latin1.yaml': Buffer.from('name: caf\xe9\n', 'latin1') },
      errors: [
        {
          file: 'latin1.yaml',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 1,
          severity: 'error',
          messageId: 'unreadable',
          data: { problem: 'not valid UTF-8 (first bad byte at offset 9); YAML must be UTF-8' },
        },
      ],
    },
  ],
});
