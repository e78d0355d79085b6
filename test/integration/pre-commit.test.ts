// The hooks of .pre-commit-hooks.yaml, run for real by Debian's pre-commit in a temporary git repository: a commit
// the hooks block, and one they let through. pre-commit installs this project from its committed HEAD.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: join(dir, '.cache'),
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, '.gitignore'), '.cache/\n');
    writeFileSync(
      join(dir, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${project}\n    rev: ${rev}\n    hooks:\n      - id: helmvet-lint\n      - id: helmvet-migrate-check\n`,
    );
    execFileSync('pre-commit', ['install'], { cwd: dir, env });

    writeFileSync(join(dir, 'falco.yaml'), helmRelease('">=4.0.0 <5.0.0"'));
    git(dir, 'add', '-A');
    const blocked = spawnSync('git', ['commit', '-m', 'falco 4.x'], { cwd: dir, env, encoding: 'utf8' });
    expect(blocked.status).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('helmvet lint');
    expect(blocked.stdout + blocked.stderr).toContain(
      'falco.yaml\n  18:16  error  ">=4.0.0 <5.0.0" installs container plugin 0.2.4, affected by falco#3610  falco/version-advisory',
    );
    // The migrate check says which command applies the migration.
    expect(blocked.stdout + blocked.stderr).toContain(
      '1 file needs migrating: run `helmvet migrate` to see the diff, `helmvet migrate --write` to apply it',
    );
    expect(spawnSync('git', ['rev-parse', 'HEAD'], { cwd: dir }).status).not.toBe(0);

    execFileSync(process.execPath, [join(project, 'bin/helmvet.js'), 'migrate', '--write'], { cwd: dir });
    git(dir, 'add', '-A');
    const passed = spawnSync('git', ['commit', '-m', 'falco 9.x'], { cwd: dir, env, encoding: 'utf8' });
    expect(passed.stdout + passed.stderr).toMatch(/helmvet lint\.+Passed/);
    expect(passed.stdout + passed.stderr).toMatch(/helmvet migrate --check\.+Passed/);
    expect(passed.status).toBe(0);
  });

  it('helmvet-migrate writes the migration and fails, so that the commit is made again with it', () => {
    const rev = git(project, 'rev-parse', 'HEAD').trim();
    const dir = mkdtempSync(join(tmpdir(), 'helmvet-pre-commit-'));
    const env = {
      ...process.env,
      PRE_COMMIT_HOME: join(dir, '.cache'),
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.com',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.com',
    };
    git(dir, 'init', '-q', '-b', 'main');
    writeFileSync(join(dir, '.gitignore'), '.cache/\n');
    writeFileSync(
      join(dir, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${project}\n    rev: ${rev}\n    hooks:\n      - id: helmvet-migrate\n`,
    );
    execFileSync('pre-commit', ['install'], { cwd: dir, env });

    writeFileSync(join(dir, 'falco.yaml'), helmRelease('">=4.0.0 <5.0.0"', '# our pin\ntty: true'));
    git(dir, 'add', '-A');
    const first = spawnSync('git', ['commit', '-m', 'falco 4.x'], { cwd: dir, env, encoding: 'utf8' });
    expect(first.status).not.toBe(0);
    expect(first.stdout + first.stderr).toMatch(/helmvet migrate --write\.+Failed/);
    expect(first.stdout + first.stderr).toContain('files were modified by this hook');
    const migrated = readFileSync(join(dir, 'falco.yaml'), 'utf8');
    expect(migrated).toContain('version: ">=9.0.0 <10.0.0"');
    expect(migrated).toContain('    # our pin\n    tty: true\n');

    git(dir, 'add', '-A');
    const second = spawnSync('git', ['commit', '-m', 'falco 9.x'], { cwd: dir, env, encoding: 'utf8' });
    expect(second.stdout + second.stderr).toMatch(/helmvet migrate --write\.+Passed/);
    expect(second.status).toBe(0);
  });
});
