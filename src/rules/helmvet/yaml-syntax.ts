// YAML that does not parse: Flux, Argo CD and kustomize reject the file, so nothing in it is deployed.
import { createRule } from '../create-rule.js';

export default createRule(
  {
    id: 'helmvet/yaml-syntax',
    title: 'YAML that does not parse',
    severity: 'error',
    fixable: false,
    references: ['https://yaml.org/spec/1.2.2/'],
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      for (const { start, end, message } of file.errors) {
        const what = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
        ctx.report({ span: { file, start, end: Math.max(start + 1, end) }, message: `${what}; tools that apply this file reject it, so nothing in it is deployed` });
      }
    }
    for (const e of ctx.model.embeddedErrors) {
      ctx.report({ span: e.span, message: `${e.message.replace(/ at line \d+, column \d+:?$/, '')} in YAML held in a string; Helm fails on these values` });
    }
  },
);
