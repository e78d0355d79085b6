// The Action runs dist/action.js as committed: it must be what the build makes from src/ now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

describe('dist/action.js', () => {
  it('is the reproducible build of src (rebuild with `npm run build:action` and commit dist/ when this fails)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'helmvet-build-')), 'dist');
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), '--action', out]);
    expect(readFileSync(join(out, 'action.js'), 'utf8') === readFileSync(join(root, 'dist/action.js'), 'utf8'), 'dist/action.js is stale').toBe(true);
    const advisories = readdirSync(join(out, 'advisories')).sort();
    expect(readdirSync(join(root, 'dist/advisories')).sort()).toEqual(advisories);
    for (const a of advisories) expect(readFileSync(join(root, 'dist/advisories', a), 'utf8')).toBe(readFileSync(join(out, 'advisories', a), 'utf8'));
  });

  it('action.yml runs it on node24', () => {
    const yml = readFileSync(join(root, 'action.yml'), 'utf8');
    expect(yml).toContain("\nruns:\n  using: node24\n  main: dist/action.js\n");
  });
});
