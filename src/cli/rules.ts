// `helmvet rules`: every rule with its default severity, whether migrate fixes it, and its docs.
import { RULES } from '../rules/index.js';

export function runRules(json: boolean): string {
  if (json) return JSON.stringify(RULES.map((r) => r.meta), null, 2) + '\n';
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  return RULES.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.severity.padEnd(7)}  ${r.meta.fixable ? 'fixable' : '       '}  ${r.meta.title}`).join('\n') + '\n';
}
