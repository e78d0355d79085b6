import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/engine/lint.js';
import { render } from '../../src/report/index.js';
import { rulesTable } from '../../src/cli/rules.js';
import { RULES } from '../../src/rules/index.js';

const root = new URL('../../docs/rules/', import.meta.url);
const page = (id: string) => readFileSync(new URL(`${id}.md`, root), 'utf8');

describe('docs/rules agree with rule metadata', () => {
  it.each(RULES.map((r) => [r.meta.id, r.meta] as const))('%s', (id, meta) => {
    const text = page(id);
    const lines = text.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    expect(lines[2]).toBe(meta.title);
    expect(text).toContain(`- Severity: ${meta.severity}\n`);
    expect(text).toContain(`- Fixable by \`helmvet migrate\`: ${meta.fixable ? 'yes' : 'no'}\n`);
    for (const section of ['## What it finds', '## Why', '## Examples', '## How to fix', '## References'])
      expect(text).toContain(`\n${section}\n`);
    const references = text
      .split('\n## References\n')[1]!
      .split('\n')
      .filter((l) => l.startsWith('- '))
      .map((l) => l.slice(2));
    expect(references).toEqual([...meta.references]);
  });

  it('every page belongs to a rule', () => {
    const pages = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((p) => p.endsWith('.md'))
      .map((p) => p.replace(/\\/g, '/').replace(/\.md$/, ''));
    expect(pages.sort()).toEqual(RULES.map((r) => r.meta.id).sort());
  });
});

describe('README', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('lists every rule with a link to its page: its table is `helmvet rules --markdown`, made from the metadata', () => {
    expect(readme).toContain(`\n${rulesTable()}\n`);
  });

  it('shows the real output of its first example (a 110-column terminal, no colour)', () => {
    const [, path, shown] = /^```\n\$ npx helmvet lint (\S+)\n([\s\S]*?)^```$/m.exec(readme) ?? [];
    expect(path).toBeDefined();
    const cwd = fileURLToPath(new URL('../../', import.meta.url));
    const result = lint({ cwd, paths: [path!], config: defaultConfig(cwd) });
    expect(shown).toBe(render('stylish', result, { color: false, width: 110 }));
  });
});
