// References that lead out of the repository (`../`, absolute paths, `$values/../`, kustomize generators, and
// symlinks in the repository that point out of it), symlink loops, and .gitignore files that are not what they seem.
// A real file with a secret-looking content waits outside the repository: it must never be read, shown or written.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  argoApplication,
  expectClean,
  expectWritesInside,
  helmRelease,
  helmvet,
  kustomization,
  lintJson,
  pinned,
  sandbox,
  snapshot,
} from './helpers.js';
import { OUTSIDE, SECRET } from './repos.js';

const outsideFinding = (file: string, line: number, column: number, path: string) => ({
  ruleId: 'helmvet/unresolved-reference',
  severity: 'info',
  file,
  line,
  column,
  title: `${path} is outside the repository`,
});

/** Every output helmvet can make of a repository, none of which may hold the secret; nothing may change on disk. */
function expectNeverRead(root: string, repo: string) {
  const before = snapshot(root);
  for (const format of ['json', 'stylish', 'sarif', 'github', 'markdown']) {
    const r = helmvet(['lint', '.', '--format', format], repo);
    expectClean(r, [0, 1], `lint --format ${format}`);
    expect(r.stdout + r.stderr).not.toContain(SECRET);
    // Nothing of the outside file was analysed: no finding about its keys.
    expect(r.stdout).not.toMatch(/password|token/);
  }
  for (const args of [['migrate'], ['migrate', '--check'], ['migrate', '--write']]) {
    const r = helmvet([...args, '.'], repo);
    expectClean(r, [0, 1], args.join(' '));
    expect(r.stdout + r.stderr).not.toContain(SECRET);
  }
  expectWritesInside(root, before);
  // No file of the repository holds the secret (a link replaced by a copy of what it points to would).
  const after = snapshot(root);
  for (const [path, entry] of Object.entries(after)) {
    if (path.startsWith('repo/') && !entry.startsWith('link ->'))
      expect(readFileSync(join(root, path), 'utf8'), path).not.toContain(SECRET);
  }
}

describe('references that lead out of the repository are refused, reported and never read', () => {
  it('kustomize valuesFile: ../../outside.yaml', () => {
    const { root, repo } = sandbox(
      { 'apps/falco/kustomization.yaml': kustomization('../../../outside.yaml') },
      OUTSIDE,
    );
    expect(pinned(lintJson(repo, [0]), 'helmvet/unresolved-reference')).toEqual([
      outsideFinding('apps/falco/kustomization.yaml', 7, 17, '../../../outside.yaml'),
    ]);
    expectNeverRead(root, repo);
  });

  it('kustomize valuesFile and additionalValuesFiles as absolute paths', () => {
    const { root, repo } = sandbox({}, OUTSIDE);
    writeFileSync(
      join(repo, 'kustomization.yaml'),
      kustomization(
        join(root, 'outside.yaml'),
        `    additionalValuesFiles:\n      - ${join(root, 'outside/values.yaml')}\n`,
      ),
    );
    expect(pinned(lintJson(repo, [0]), 'helmvet/unresolved-reference')).toEqual([
      outsideFinding('kustomization.yaml', 7, 17, join(root, 'outside.yaml')),
      outsideFinding('kustomization.yaml', 9, 9, join(root, 'outside/values.yaml')),
    ]);
    expectNeverRead(root, repo);
  });

  it('Argo CD $values/../outside.yaml', () => {
    const { root, repo } = sandbox({ 'apps/falco.yaml': argoApplication('../outside.yaml') }, OUTSIDE);
    expect(pinned(lintJson(repo, [0]), 'helmvet/unresolved-reference')).toEqual([
      outsideFinding('apps/falco.yaml', 13, 13, '../outside.yaml'),
    ]);
    expectNeverRead(root, repo);
  });

  it('kustomize configMapGenerator and secretGenerator files outside', () => {
    const generators = [
      'apiVersion: kustomize.config.k8s.io/v1beta1',
      'kind: Kustomization',
      'namespace: falco',
      'configMapGenerator:',
      '  - name: falco-values',
      '    files:',
      '      - values.yaml=../../outside/values.yaml',
      'secretGenerator:',
      '  - name: falco-secret',
      '    files:',
      '      - ../../outside.yaml',
      '',
    ].join('\n');
    const hr = helmRelease(
      '4.2.0',
      'tty: true',
      '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values\n    - kind: Secret\n      name: falco-secret\n      valuesKey: outside.yaml',
    );
    const { root, repo } = sandbox({ 'falco/kustomization.yaml': generators, 'falco/hr.yaml': hr }, OUTSIDE);
    const r = lintJson(repo, [0]);
    expect(pinned(r, 'helmvet/unresolved-reference').filter((f) => f.file === 'falco/kustomization.yaml')).toEqual([
      outsideFinding('falco/kustomization.yaml', 7, 9, '../outside/values.yaml'),
      outsideFinding('falco/kustomization.yaml', 11, 9, '../outside.yaml'),
    ]);
    expectNeverRead(root, repo);
  });

  it('a symlink in the repository to a file outside, named by kustomize, Argo CD and a generator', () => {
    const { root, repo } = sandbox(
      {
        'k/kustomization.yaml': kustomization('values.yaml'),
        'apps/falco.yaml': argoApplication('shared/values.yaml'),
        'g/kustomization.yaml':
          'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: falco\nconfigMapGenerator:\n  - name: falco-values\n    files:\n      - values.yaml\n',
        'g/hr.yaml': helmRelease(
          '4.2.0',
          'tty: true',
          '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values',
        ),
      },
      OUTSIDE,
    );
    symlinkSync(join(root, 'outside.yaml'), join(repo, 'k/values.yaml'));
    symlinkSync(join(root, 'outside.yaml'), join(repo, 'g/values.yaml'));
    // A relative link, through a linked directory.
    symlinkSync('../outside', join(repo, 'shared'));
    const r = lintJson(repo, [0]);
    expect(pinned(r, 'helmvet/unresolved-reference').filter((f) => f.title.includes('outside the repository'))).toEqual(
      [
        outsideFinding('apps/falco.yaml', 13, 13, 'shared/values.yaml'),
        outsideFinding('g/kustomization.yaml', 7, 9, 'g/values.yaml'),
        outsideFinding('k/kustomization.yaml', 7, 17, 'values.yaml'),
      ],
    );
    expectNeverRead(root, repo);
  });

  it('a symlink that stays in the repository is followed, and migrate --write edits the file it points to, not the link', () => {
    const { repo } = sandbox({
      'k/kustomization.yaml': kustomization('values.yaml'),
      'shared/falco-values.yaml': 'driver:\n  kind: module # shared\n',
    });
    symlinkSync('../shared/falco-values.yaml', join(repo, 'k/values.yaml'));
    const r = lintJson(repo, [0]);
    expect(pinned(r, 'falco/driver-kind')).toEqual([
      expect.objectContaining({ file: 'shared/falco-values.yaml', line: 2, column: 9 }),
    ]);
    const w = helmvet(['migrate', '--write', '.'], repo);
    expectClean(w, [0], 'migrate --write');
    expect(w.stdout).toContain('wrote shared/falco-values.yaml');
    expect(snapshot(repo)['k/values.yaml']).toBe('link -> ../shared/falco-values.yaml');
    expect(readFileSync(join(repo, 'shared/falco-values.yaml'), 'utf8')).toBe('driver:\n  kind: kmod # shared\n');
  });
});

describe('symlink loops', () => {
  function loops() {
    const { root, repo } = sandbox({ 'ok.yaml': 'a: 1\n', 'kustomization.yaml': kustomization('l1.yaml') });
    symlinkSync('l2.yaml', join(repo, 'l1.yaml'));
    symlinkSync('l1.yaml', join(repo, 'l2.yaml'));
    symlinkSync('self.yaml', join(repo, 'self.yaml'));
    mkdirSync(join(repo, 'dir'));
    symlinkSync('..', join(repo, 'dir', 'up'));
    return { root, repo };
  }

  it('discovery does not follow links, and a values file that is a loop is an unreadable file', () => {
    const { repo } = loops();
    const r = lintJson(repo, [1]);
    expect(r.files).toBe(3);
    expect(pinned(r).filter((f) => f.ruleId.startsWith('helmvet/'))).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'kustomization.yaml',
        line: 7,
        column: 17,
        title: 'values file l1.yaml cannot be read as YAML text',
      },
      {
        ruleId: 'helmvet/unreadable-file',
        severity: 'error',
        file: 'l1.yaml',
        line: 1,
        column: 1,
        title: 'cannot read file (ELOOP)',
      },
    ]);
  });

  it('a loop named on the command line is one line on stderr, exit 2', () => {
    const { repo } = loops();
    const r = helmvet(['lint', 'l1.yaml'], repo);
    expectClean(r, [2]);
    expect([r.stdout, r.stderr]).toEqual(['', 'helmvet: path not found: l1.yaml\n']);
    const m = helmvet(['migrate', 'self.yaml'], repo);
    expectClean(m, [2]);
    expect(m.stderr).toBe('helmvet: path not found: self.yaml\n');
  });

  it('migrate over the loops ends; the diff writes nothing, --write only the kustomization, links untouched', () => {
    const { root, repo } = loops();
    const before = snapshot(root);
    expectClean(helmvet(['migrate', '.'], repo), [0, 1], 'migrate');
    expect(snapshot(root)).toEqual(before);
    expectClean(helmvet(['migrate', '--write', '.'], repo), [0, 1], 'migrate --write');
    expect(expectWritesInside(root, before)).toEqual(['repo/kustomization.yaml']);
  });
});

describe('files that are not regular files', () => {
  it('a named pipe as a values file is refused, not read (reading it waited forever for a writer)', () => {
    const { repo } = sandbox({ 'kustomization.yaml': kustomization('values.yaml') });
    execFileSync('mkfifo', [join(repo, 'values.yaml')]);
    execFileSync('mkfifo', [join(repo, 'pipe.yaml')]);
    const r = lintJson(repo, [1]);
    expect(pinned(r).filter((f) => f.ruleId.startsWith('helmvet/'))).toEqual([
      {
        ruleId: 'helmvet/unresolved-reference',
        severity: 'info',
        file: 'kustomization.yaml',
        line: 7,
        column: 17,
        title: 'values file values.yaml cannot be read as YAML text',
      },
      {
        ruleId: 'helmvet/unreadable-file',
        severity: 'error',
        file: 'values.yaml',
        line: 1,
        column: 1,
        title: 'not a regular file (a named pipe); not read',
      },
    ]);
    // Discovery lists regular files only: the other pipe is not a file to lint.
    expect(r.files).toBe(2);
  });

  it('a directory as a values file', () => {
    const { repo } = sandbox({ 'kustomization.yaml': kustomization('values.yaml'), 'values.yaml/x.yaml': 'a: 1\n' });
    expect(pinned(lintJson(repo, [1]), 'helmvet/unreadable-file')).toEqual([
      {
        ruleId: 'helmvet/unreadable-file',
        severity: 'error',
        file: 'values.yaml',
        line: 1,
        column: 1,
        title: 'not a regular file (a directory); not read',
      },
    ]);
  });
});

describe('.gitignore files that are not what they seem', () => {
  it('a directory named .gitignore holds no patterns, as for git (it used to be an internal error)', () => {
    const { repo } = sandbox({ 'a.yaml': 'a: 1\n', 'sub/b.yaml': 'b: 1\n' });
    mkdirSync(join(repo, '.gitignore'));
    mkdirSync(join(repo, 'sub', '.gitignore'));
    expect(lintJson(repo, [0]).files).toBe(2);
    expectClean(helmvet(['migrate', '.'], repo), [0]);
  });

  it('a .gitignore of 60 MB is refused in one line, exit 2 (compiling it took gigabytes)', () => {
    const { repo } = sandbox({
      'a.yaml': 'a: 1\n',
      '.gitignore': Array.from({ length: 2_500_000 }, (_, i) => `dir${i}/file${i}.yaml`).join('\n'),
    });
    const size = (statSync(join(repo, '.gitignore')).size / 1024 / 1024).toFixed(1);
    expect(Number(size)).toBeGreaterThan(60);
    for (const command of ['lint', 'migrate']) {
      const r = helmvet([command, '.'], repo);
      expectClean(r, [2], command);
      expect([r.stdout, r.stderr]).toEqual([
        '',
        `helmvet: ${join(repo, '.gitignore')} is ${size} MiB, over helmvet's 1 MiB limit for .gitignore files\n`,
      ]);
    }
  });
});
