// `helmvet rules`: every rule with its default severity, whether migrate fixes it, and its docs.
import pc from 'picocolors';
import { RULES } from '../rules/index.js';
import { useColor } from './color.js';

/** The README's rules table: every rule from its metadata, linked to its page. */
export function rulesTable(): string {
  // By pack, in registry order within each.
  const packs = ['falco', 'flux', 'talos', 'helmvet'];
  const pack = (id: string) => packs.indexOf(id.slice(0, id.indexOf('/')));
  const rows = [...RULES]
    .sort((a, b) => pack(a.meta.id) - pack(b.meta.id))
    .map(
      (r) =>
        `| [${r.meta.id}](docs/rules/${r.meta.id}.md) | ${r.meta.severity} | ${r.meta.fixable ? 'yes' : ''} | ${r.meta.title} |`,
    );
  return ['| rule | severity | `migrate` fixes | finds |', '| --- | --- | --- | --- |', ...rows, ''].join('\n');
}

export function runRules(json: boolean, color?: boolean, markdown?: boolean): string {
  if (json)
    return (
      JSON.stringify(
        RULES.map((r) => r.meta),
        null,
        2,
      ) + '\n'
    );
  if (markdown) return rulesTable();
  const c = pc.createColors(useColor(color, process.stdout));
  const paint = { error: c.red, warning: c.yellow, info: c.blue } as const;
  const width = Math.max(...RULES.map((r) => r.meta.id.length));
  return (
    RULES.map(
      (r) =>
        `${r.meta.id.padEnd(width)}  ${paint[r.meta.severity](r.meta.severity.padEnd(7))}  ${r.meta.fixable ? 'fixable' : '       '}  ${r.meta.title}`,
    ).join('\n') + '\n'
  );
}
