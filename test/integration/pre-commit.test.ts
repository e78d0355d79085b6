// The hooks of .pre-commit-hooks.yaml, run for real by Debian's pre-commit in a temporary git repository: a commit
// the hooks block, and one they let through. pre-commit installs this project from its committed HEAD.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helmRelease } from '../helpers/repo.js';

const project = fileURLToPath(new URL('../../', import.meta.url));
const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, encoding: 'utf8' });

describe('pre-commit hooks', () => {
  it('block a commit with a Falco problem and let the fixed one through', () => {
    const rev = git(project, 'rev-parse', 'HEAD').trim();
    const dir = mkdtempSync(join(tmpdir(), 'helmvet-pre-commit-'));
    const env = { ...process.env, PRE_COMMIT_HOME: join(dir, '.cache'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, '.gitignore'), '.cache/\n');
    writeFileSync(join(dir, '.pre-commit-config.yaml'), `repos:\n  - repo: ${project}\n    rev: ${rev}\n    hooks:\n      - id: helmvet-lint\n      - id: helmvet-migrate-check\n`);
    execFileSync('pre-commit', ['install'], { cwd: dir, env });

    writeFileSync(join(dir, 'falco.yaml'), helmRelease('">=4.0.0 <5.0.0"'));
    git(dir, 'add', '-A');
    const blocked = spawnSync('git', ['commit', '-m', 'falco 4.x'], { cwd: dir, env, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('helmvet lint');
    expect(blocked.stdout + blocked.stderr).toContain('falco.yaml\n  18:16  error  ">=4.0.0 <5.0.0" resolves to chart 4.22.0 (Falco 0.41.0), which runs container plugin 0.2.4');
    expect(spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).status).not.toBe(0);

    execFileSync(process.execPath, [join(project, 'bin/helmvet.js'), 'migrate', '--write'], { cwd: dir });
    git(dir, 'add', '-A');
    const passed = spawnSync('git', ['commit', '-m', 'falco 9.x'], { cwd: dir, env, encoding: 'utf8' });
    expect(passed.stdout + passed.stderr).toMatch(/helmvet lint\.+Passed/);
    expect(passed.stdout + passed.stderr).toMatch(/helmvet migrate --check\.+Passed/);
    expect(passed.status).toBe(0);
  });
});
