// The registry as typescript-eslint keeps it: a rule is the default export of src/rules/<id>.ts, every rule file is
// registered, and every rule has test/rules/<id>.test.ts written with the declarative rule tester.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index.js';

const src = new URL('../../src/rules/', import.meta.url);
const tests = new URL('./', import.meta.url);
const ids = RULES.map((r) => r.meta.id);

describe('the rule registry', () => {
  it.each(ids)('%s is the default export of src/rules/%s.ts', async (id) => {
    const module = (await import(new URL(`${id}.ts`, src).href)) as { default: { meta: { id: string } } };
    expect(module.default.meta.id).toBe(id);
  });

  it('holds every rule file, and nothing twice', () => {
    const files = ['falco', 'flux', 'helmvet', 'talos'].flatMap((pack) =>
      readdirSync(new URL(`${pack}/`, src))
        .filter((f) => f.endsWith('.ts'))
        .map((f) => `${pack}/${f.slice(0, -3)}`),
    );
    expect([...ids].sort()).toEqual(files.sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(ids)('%s has test/rules/%s.test.ts, written with testRule', (id) => {
    const file = new URL(`${id}.test.ts`, tests);
    expect(existsSync(file), `test/rules/${id}.test.ts`).toBe(true);
    expect(readFileSync(file, 'utf8')).toMatch(new RegExp(`testRule\\((?:'${id}'|RULE)`));
  });
});
