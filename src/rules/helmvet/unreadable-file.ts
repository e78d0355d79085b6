// A .yaml file helmvet cannot read as text: binary, not UTF-8, or too large to be GitOps YAML.
import { createRule, message } from '../create-rule.js';

export default createRule(
  {
    id: 'helmvet/unreadable-file',
    title: 'A YAML file that cannot be read as UTF-8 text',
    severity: 'error',
    fixable: false,
    references: ['https://yaml.org/spec/1.2.2/#52-character-encodings'],
    messages: {
      unreadable: message<{ problem: string }>({
        title: (d) => d.problem,
        why: () =>
          'YAML must be UTF-8 text: Flux, Argo CD and kustomize cannot read this file either, and helmvet checks nothing in it',
        help: () => 'save it as UTF-8 text, or move what is not YAML out of the repository (or into .gitignore)',
      }),
    },
  },
  (ctx) => {
    for (const p of ctx.store.problems)
      ctx.report({ span: { file: p.file, start: 0, end: 0 }, messageId: 'unreadable', data: { problem: p.message } });
  },
);
