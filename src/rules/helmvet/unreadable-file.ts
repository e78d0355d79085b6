// A .yaml file helmvet cannot read as text: binary, not UTF-8, or too large to be GitOps YAML.
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'helmvet/unreadable-file',
    title: 'A YAML file that cannot be read as UTF-8 text',
    severity: 'error',
    fixable: false,
    references: ['https://yaml.org/spec/1.2.2/#52-character-encodings'],
  },
  (ctx) => {
    for (const p of ctx.store.problems) ctx.report({ span: { file: p.file, start: 0, end: 0 }, message: `${p.message}` });
  },
);
