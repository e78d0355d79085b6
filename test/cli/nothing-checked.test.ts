// A run that checked nothing is not green: a path with no YAML files, a directory that cannot be read, files the
// ignores exclude, and templates alone are said, one line each, and exit 2 (as ESLint's "No files matching"), unless
// --no-error-on-unmatched-pattern (the pre-commit hook passes it: every staged file may be ignored).
import { spawnSync } from 'node:child_process';
import { chmodSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helmRelease, writeRepo } from '../helpers/repo.js';

const bin = join(fileURLToPath(new URL('../../', import.meta.url)), 'bin', 'helmvet.js');

/** As root (CI), a directory's mode does not stop reading: the process then runs as nobody, for whom it does. */
function helmvet(args: string[], cwd: string, asNobody = false) {
  const user = asNobody && process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    ...user,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('nothing checked', () => {
  it('a directory with no YAML files: exit 2, what happened and what to pass', () => {
    const dir = writeRepo({ 'docs/README.md': '# x\n' });
    const r = helmvet(['lint', 'docs'], dir);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      'helmvet: docs holds no YAML files; nothing in it is checked\nhelmvet: no YAML files checked under docs; pass --no-error-on-unmatched-pattern to accept that\n',
    );
  });

  it('a file the ignores exclude, named on the command line: exit 2; with another file checked, a note and the usual exit', () => {
    const dir = writeRepo({
      '.gitignore': 'generated/\n',
      'generated/a.yaml': 'a: 1\n',
      '.helmvet.yaml': 'ignore:\n  - legacy/\n',
      'legacy/b.yaml': 'b: 1\n',
      'c.yaml': 'c: 1\n',
    });
    const ignored = helmvet(['lint', 'generated/a.yaml', 'legacy/b.yaml'], dir);
    expect(ignored.code).toBe(2);
    expect(ignored.stderr.split('\n')).toEqual([
      'helmvet: generated/a.yaml is ignored by .gitignore; nothing in it is checked',
      'helmvet: legacy/b.yaml is ignored by the ignore list of the configuration; nothing in it is checked',
      'helmvet: no YAML files checked under generated/a.yaml, legacy/b.yaml; pass --no-error-on-unmatched-pattern to accept that',
      '',
    ]);
    const some = helmvet(['lint', 'legacy/b.yaml', 'c.yaml'], dir);
    expect([some.code, some.stderr, some.stdout.trim()]).toEqual([
      0,
      'helmvet: legacy/b.yaml is ignored by the ignore list of the configuration; nothing in it is checked\n',
      '✔ no problems in 1 file',
    ]);
  });

  it('a directory that cannot be read: exit 2', () => {
    const dir = writeRepo({ 'a.yaml': 'a: 1\n', 'locked/b.yaml': 'b: 1\n' });
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(dir, 0o755);
    try {
      const r = helmvet(['lint', 'locked'], dir, true);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^helmvet: locked cannot be read \(EACCES\); nothing in it is checked\n/);
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('only templates: exit 2, saying so', () => {
    const dir = writeRepo({ 'chart/Chart.yaml': 'name: x\n', 'chart/templates/a.yaml': 'a: {{ .Values.a }}\n' });
    const r = helmvet(['lint', 'chart/templates'], dir);
    expect([r.code, r.stderr]).toEqual([
      2,
      'helmvet: no YAML files checked under chart/templates (1 template, which helmvet does not lint); pass --no-error-on-unmatched-pattern to accept that\n',
    ]);
  });

  it('--no-error-on-unmatched-pattern: the same said, exit 0; findings still count', () => {
    const dir = writeRepo({ 'docs/README.md': '# x\n', 'falco.yaml': helmRelease('">=4.0.0 <5.0.0"') });
    const none = helmvet(['lint', 'docs', '--no-error-on-unmatched-pattern'], dir);
    expect([none.code, none.stdout.trim(), none.stderr]).toEqual([
      0,
      '✔ no problems in 0 files',
      'helmvet: docs holds no YAML files; nothing in it is checked\n',
    ]);
    expect(helmvet(['lint', 'falco.yaml', '--no-error-on-unmatched-pattern'], dir).code).toBe(1);
  });
});
