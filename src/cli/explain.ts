// `helmvet explain RULE`: the rule's page from docs/rules, as shipped with the package; on a terminal, its headings
// bold and its code spans cyan, as man pages and `gh` do.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pc from 'picocolors';
import { unknownRule } from '../config/config.js';
import { RULES_BY_ID } from '../rules/index.js';
import { useColor } from './color.js';
import { UsageFailure } from './errors.js';
import { packageRoot } from './package-root.js';

export function runExplain(id: string, color?: boolean): string {
  if (!RULES_BY_ID.has(id)) throw new UsageFailure(unknownRule(id, new Set(RULES_BY_ID.keys())));
  const page =
    readFileSync(join(packageRoot(), 'docs', 'rules', `${id}.md`), 'utf8') +
    (RULES_BY_ID.get(id)!.meta.explainFromData?.() ?? '');
  if (!useColor(color, process.stdout)) return page;
  const c = pc.createColors(true);
  let fenced = false;
  return page
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) fenced = !fenced;
      if (fenced || line.startsWith('```')) return c.dim(line);
      if (/^#{1,6} /.test(line)) return c.bold(line);
      return line.replace(/`[^`\n]+`/g, (code) => c.cyan(code));
    })
    .join('\n');
}
