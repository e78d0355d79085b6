// src/generated/ is committed output of scripts/gen-validators.mjs (the schemas helmvet checks its config and its
// advisories with, compiled ahead of time): it must be exactly what the script makes from schemas/ now.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

describe('src/generated/', () => {
  it('is what scripts/gen-validators.mjs makes from schemas/ (run it and commit src/generated/ when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'helmvet-generated-'));
    execFileSync(process.execPath, [join(root, 'scripts/gen-validators.mjs'), out]);
    const made = readdirSync(out).sort();
    expect(readdirSync(join(root, 'src/generated')).sort()).toEqual(made);
    const stale = made.filter(
      (f) => readFileSync(join(out, f), 'utf8') !== readFileSync(join(root, 'src/generated', f), 'utf8'),
    );
    expect(stale, 'these files of src/generated/ are stale').toEqual([]);
  });
});
