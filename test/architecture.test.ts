// The pipeline's direction, held by a test: a directory of src/ imports only from the layers below it, knowledge/
// holds facts and imports no model, rule or engine code, report/ formats what the engine hands it and imports no
// rule, and no module imports itself back through others (an ESM cycle makes initialisation order matter).
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Each top-level part of src/ (a directory, or a file at the top) and the layer it is in: imports go down only. */
const LAYERS: Record<string, number> = {
  order: 0,
  spelling: 0,
  version: 0,
  generated: 0,
  load: 1,
  findings: 2,
  config: 3,
  edit: 2,
  knowledge: 3,
  model: 4,
  resolve: 5,
  rules: 6,
  engine: 7,
  report: 8,
  migrate: 8,
  github: 9,
  cli: 10,
};

interface Import {
  from: string;
  to: string;
  /** `import type`: erased at build time, no runtime edge. */
  typeOnly: boolean;
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')
        ? [join(dir, e.name)]
        : [],
  );
}

const files = sources(src);
const imports: Import[] = files.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^(import|export)(\s+type)?\b[^;]*?from\s+'(\.[^']+)'|import\(\s*'(\.[^']+)'\s*\)/gm)].map(
    (m) => ({
      from: file,
      to: normalize(join(dirname(file), (m[3] ?? m[4])!)).replace(/\.js$/, '.ts'),
      typeOnly: m[2] !== undefined,
    }),
  );
});
const part = (file: string) => relative(src, file).split(sep)[0]!.replace(/\.ts$/, '');
const show = (file: string) => relative(src, file).split(sep).join('/');

describe('architecture', () => {
  it('every part of src/ has a layer', () => {
    expect([...new Set(files.map(part))].filter((p) => !(p in LAYERS))).toEqual([]);
  });

  it('imports go down the pipeline only', () => {
    const against = imports.filter((i) => part(i.from) !== part(i.to) && LAYERS[part(i.to)]! >= LAYERS[part(i.from)]!);
    expect(against.map((i) => `${show(i.from)} imports ${show(i.to)}`)).toEqual([]);
  });

  it('knowledge/ holds facts: it imports no model, resolve, rule or engine code', () => {
    const bad = imports.filter(
      (i) => part(i.from) === 'knowledge' && ['model', 'resolve', 'rules', 'engine'].includes(part(i.to)),
    );
    expect(bad.map((i) => `${show(i.from)} imports ${show(i.to)}`)).toEqual([]);
  });

  it('report/ imports no rule', () => {
    expect(imports.filter((i) => part(i.from) === 'report' && part(i.to) === 'rules').map((i) => show(i.from))).toEqual(
      [],
    );
  });

  it('no module imports itself back (value imports: what runs at load time)', () => {
    const graph = new Map<string, string[]>(files.map((f) => [f, []]));
    for (const i of imports) if (!i.typeOnly && graph.has(i.to)) graph.get(i.from)!.push(i.to);
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (f: string) => {
      state.set(f, 'open');
      path.push(f);
      for (const next of graph.get(f)!) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].map(show).join(' → '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(f, 'done');
    };
    for (const f of files) if (!state.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it('finds what it looks for: an import up the layers would be reported', () => {
    // The test of the test: the import scanner sees the imports this suite relies on.
    expect(
      imports.some((i) => show(i.from) === 'engine/lint.ts' && show(i.to) === 'rules/index.ts' && !i.typeOnly),
    ).toBe(true);
    expect(imports.some((i) => show(i.from) === 'cli/main.ts' && show(i.to) === 'cli/lint.ts')).toBe(true);
  });
});
