// `helmvet rules`: every rule with its default severity, whether migrate fixes it, and its docs.
import pc from 'picocolors';
import { RULES } from '../rules/index.js';
import { useColor } from './color.js';

export function runRules(json: boolean, color?: boolean): string {
  if (json) return JSON.stringify(RULES.map((r) => r.meta), null, 2) + '\n';
  const c = pc.createColors(useColor(color, process.stdout));
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  return RULES.map((r) => `${r.meta.id.padEnd(width)}  ${paint[r.meta.severity](r.meta.severity.padEnd(7))}  ${r.meta.fixable ? 'fixable' : '       '}  ${r.meta.title}`).join('\n') + '\n';
}
