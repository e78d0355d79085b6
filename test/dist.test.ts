// dist/ is committed (the Action runs dist/action.js, a checkout runs bin/helmvet.js without a build step): it must
// be exactly what the build makes from src/ now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.replace(/\\/g, '/'))
    .sort();

describe('dist/', () => {
  it('is the reproducible build of src (run `npm run build` and commit dist/ when this fails)', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'helmvet-build-')), 'dist');
    execFileSync(process.execPath, [join(root, 'scripts/build.mjs'), out]);
    const built = files(out);
    expect(files(join(root, 'dist')), 'dist/ holds other files than the build makes').toEqual(built);
    const stale = built.filter(
      (f) => readFileSync(join(out, f), 'utf8') !== readFileSync(join(root, 'dist', f), 'utf8'),
    );
    expect(stale, 'these files of dist/ are stale').toEqual([]);
  });

  it('action.yml runs the Action bundle on node24', () => {
    expect(readFileSync(join(root, 'action.yml'), 'utf8')).toContain(
      '\nruns:\n  using: node24\n  main: dist/action.js\n',
    );
  });
});
