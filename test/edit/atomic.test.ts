// --write is interrupted at every point: the file is old or new, never half written, and nothing is left behind.
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic, type AtomicFs } from '../../src/edit/atomic.js';

const CALLS = ['openSync', 'writeSync', 'fsyncSync', 'closeSync', 'chmodSync', 'renameSync'] as const;

/** The real calls, with one of them failing. */
function failing(call: (typeof CALLS)[number]): AtomicFs {
  const fail = () => {
    throw Object.assign(new Error(`injected failure in ${call}`), { code: 'EIO' });
  };
  const calls: AtomicFs = { ...fs, [call]: fail };
  return calls;
}

describe('writeFileAtomic', () => {
  it.each(CALLS)('a failure in %s leaves the old file and no temporary file', (call) => {
    const dir = mkdtempSync(join(tmpdir(), 'helmvet-atomic-'));
    const file = join(dir, 'values.yaml');
    writeFileSync(file, 'old: true\n', { mode: 0o640 });
    expect(() => writeFileAtomic(file, 'new: true\n', failing(call))).toThrow(`injected failure in ${call}`);
    expect(readFileSync(file, 'utf8')).toBe('old: true\n');
    expect(readdirSync(dir)).toEqual(['values.yaml']);
  });

  it('keeps the mode of the file it replaces', () => {
    const dir = mkdtempSync(join(tmpdir(), 'helmvet-atomic-'));
    const file = join(dir, 'values.yaml');
    writeFileSync(file, 'old: true\n');
    fs.chmodSync(file, 0o600);
    writeFileAtomic(file, 'new: true\n');
    expect([readFileSync(file, 'utf8'), statSync(file).mode & 0o777]).toEqual(['new: true\n', 0o600]);
  });

  it('a process killed while writing leaves the old or the new content, never a mix', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'helmvet-atomic-'));
    const file = join(dir, 'values.yaml');
    const old = 'old: true\n'.repeat(200_000);
    const next = 'new: true\n'.repeat(200_000);
    writeFileSync(join(dir, 'old.txt'), old);
    writeFileSync(join(dir, 'new.txt'), next);
    // The real function, bundled for a child that rewrites the file in a loop until it is killed.
    const atomic = join(dir, 'atomic.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('../../src/edit/atomic.ts', import.meta.url))],
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: atomic,
      logLevel: 'silent',
    });
    const child = join(dir, 'writer.mjs');
    writeFileSync(
      child,
      `import { readFileSync } from 'node:fs';\nimport { writeFileAtomic } from ${JSON.stringify(atomic)};\nconst contents = [readFileSync(process.argv[3], 'utf8'), readFileSync(process.argv[4], 'utf8')];\nfor (let i = 0; ; i++) writeFileAtomic(process.argv[2], contents[i % 2]);\n`,
    );
    for (let round = 0; round < 8; round++) {
      writeFileSync(file, old);
      const proc = spawn(process.execPath, [child, file, join(dir, 'new.txt'), join(dir, 'old.txt')], {
        stdio: 'ignore',
      });
      // Listened for from the start: a writer that dies on its own fails the round instead of waiting for the timeout.
      let ended = false;
      const exited = new Promise<NodeJS.Signals | null>((r) =>
        proc.on('exit', (_code, signal) => {
          ended = true;
          r(signal);
        }),
      );
      // Killed once it is writing (its first rewrite has landed), at a random point of its loop.
      for (const deadline = Date.now() + 20_000; !ended && readFileSync(file, 'utf8') === old && Date.now() < deadline;)
        await new Promise((r) => setTimeout(r, 5));
      await new Promise((r) => setTimeout(r, Math.floor(Math.random() * 60)));
      proc.kill('SIGKILL');
      expect(await exited, `round ${round}: the writer ended before it was killed`).toBe('SIGKILL');
      const now = readFileSync(file, 'utf8');
      expect(
        now === old || now === next,
        `round ${round}: the file holds ${now.length} characters of neither version`,
      ).toBe(true);
    }
  });
});
