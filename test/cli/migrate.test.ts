// `helmvet migrate` as users run it: diff, --check, --write, and what it refuses.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { chmodSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { verifiedPlan } from '../../src/migrate/verify.js';
import { writePlan } from '../../src/migrate/write.js';
import { helmRelease, writeRepo } from '../helpers/repo.js';

const bin = fileURLToPath(new URL('../../bin/helmvet.js', import.meta.url));
const helmvet = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const repo = () =>
  writeRepo({
    'hr.yaml': helmRelease(
      '">=4.0.0 <5.0.0"',
      'collectors:\n  containerd:\n    socket: /run/containerd/containerd.sock # k3s',
    ),
  });

describe('helmvet migrate', () => {
  it('prints the summary and a unified diff, and changes nothing on disk', () => {
    const dir = repo();
    const before = readFileSync(join(dir, 'hr.yaml'), 'utf8');
    const r = helmvet(['migrate', '--to', '9'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'helmvet migrate: target chart 9.2.0\n\nHelmRelease falco/falco (hr.yaml:18): chart 4.22.0 → 9.2.0\n  version: ">=4.0.0 <5.0.0" becomes ">=9.0.0 <10.0.0", which installs 9.2.0\n',
    );
    expect(r.stdout).toContain(
      '    collectors.containerd.socket: moved to collectors.containerEngine.engines.containerd.sockets as a one-item list; chart 7.0.0 ignores it [',
    );
    expect(r.stdout).toContain('--- a/hr.yaml\n+++ b/hr.yaml\n');
    expect(r.stdout).toContain('-      version: ">=4.0.0 <5.0.0"\n+      version: ">=9.0.0 <10.0.0"\n');
    expect(r.stdout).toContain('+            sockets: [/run/containerd/containerd.sock] # k3s\n');
    expect(readFileSync(join(dir, 'hr.yaml'), 'utf8')).toBe(before);
  });

  it('--check exits 1 while a migration is pending; --write applies it, keeps the file mode, and then --check passes', () => {
    const dir = repo();
    chmodSync(join(dir, 'hr.yaml'), 0o640);
    expect(helmvet(['migrate', '--check'], dir).code).toBe(1);
    const w = helmvet(['migrate', '--write'], dir);
    expect([w.code, w.stderr]).toEqual([0, '']);
    expect(w.stdout).toContain('wrote hr.yaml\n');
    expect(statSync(join(dir, 'hr.yaml')).mode & 0o777).toBe(0o640);
    expect(readFileSync(join(dir, 'hr.yaml'), 'utf8')).toContain('      version: ">=9.0.0 <10.0.0"\n');
    const again = helmvet(['migrate', '--check'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('nothing to change');
  });

  it('does not overwrite a file that changed since it was read', () => {
    const dir = repo();
    const plan = verifiedPlan({ cwd: dir, paths: ['.'], config: defaultConfig(dir) });
    writeFileSync(join(dir, 'hr.yaml'), `# edited meanwhile\n${readFileSync(join(dir, 'hr.yaml'), 'utf8')}`);
    expect(writePlan(plan)).toEqual({
      written: [],
      skipped: [{ path: 'hr.yaml', reason: 'it changed on disk since helmvet read it; run helmvet migrate again' }],
    });
    expect(readFileSync(join(dir, 'hr.yaml'), 'utf8').startsWith('# edited meanwhile\n')).toBe(true);
  });

  it('a file that cannot be written is a clear reason, and the file is left as it was', () => {
    const dir = repo();
    const before = readFileSync(join(dir, 'hr.yaml'), 'utf8');
    const plan = verifiedPlan({ cwd: dir, paths: ['.'], config: defaultConfig(dir) });
    // As a read-only file system answers; root ignores file modes, so the failure is injected.
    const readOnly = {
      ...fs,
      openSync: () => {
        throw Object.assign(new Error('EROFS'), { code: 'EROFS' });
      },
    };
    expect(writePlan(plan, readOnly)).toEqual({
      written: [],
      skipped: [{ path: 'hr.yaml', reason: 'cannot write it (EROFS)' }],
    });
    const denied = {
      ...fs,
      renameSync: () => {
        throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
      },
    };
    expect(writePlan(plan, denied)).toEqual({
      written: [],
      skipped: [{ path: 'hr.yaml', reason: 'permission denied (is it read-only?)' }],
    });
    expect(readFileSync(join(dir, 'hr.yaml'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('bad usage is one line and exit 2', () => {
    const dir = repo();
    expect(helmvet(['migrate', '--to', '12'], dir)).toMatchObject({
      code: 2,
      stderr: 'helmvet: --to 12: no falco chart of major 12 is known (newest known 9.2.0)\n',
    });
    expect(helmvet(['migrate', '--write', '--check'], dir)).toMatchObject({
      code: 2,
      stderr: 'helmvet: --write, --check and --open-pr do not go together\n',
    });
  });
});
