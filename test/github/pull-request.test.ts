// migrate --open-pr and the pull-request code against the local fake of GitHub, which checks every request
// against GitHub's OpenAPI description.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { openMigrationPr } from '../../src/github/migration-pr.js';
import { GitHubError } from '../../src/github/pull-request.js';
import { verifiedPlan } from '../../src/migrate/verify.js';
import { helmRelease, writeRepo } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

const bin = fileURLToPath(new URL('../../bin/helmvet.js', import.meta.url));
const VALUES = 'collectors:\n  containerd:\n    socket: /run/containerd/containerd.sock # k3s';
const original = helmRelease('">=4.0.0 <5.0.0"', VALUES);

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

/** The CLI in a real process; resolves with its exit code and both streams. */
function helmvet(
  args: string[],
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('migrate --open-pr', () => {
  it('opens one pull request with the migrated files, then updates it instead of opening another', async () => {
    fake = await startFakeGitHub([
      { owner: 'acme', name: 'gitops', defaultBranch: 'main', files: { 'clusters/falco.yaml': original } },
    ]);
    const dir = writeRepo({ 'clusters/falco.yaml': original });
    const env = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url };
    const first = await helmvet(['migrate', '--open-pr', '--repo', 'acme/gitops'], dir, env);
    expect([first.code, first.stderr]).toEqual([0, '']);
    expect(first.stdout).toContain('opened https://github.com/acme/gitops/pull/1\n');
    const state = fake.repo('acme', 'gitops');
    expect(state.pulls.map((p) => [p.number, p.title, p.head, p.base, p.state])).toEqual([
      [1, 'Migrate Falco to chart 9.2.0', 'helmvet/falco-chart-9', 'main', 'open'],
    ]);
    expect(state.pulls[0]!.body).toContain(
      '`collectors.containerd.socket` (spec.values): moved to collectors.containerEngine.engines.containerd.sockets as a one-item list',
    );
    const migrated = state.files('helmvet/falco-chart-9')['clusters/falco.yaml']!;
    expect(migrated).toContain('      version: ">=9.0.0 <10.0.0"\n');
    expect(migrated).toContain('            sockets: [/run/containerd/containerd.sock] # k3s\n');
    expect(state.files('main')['clusters/falco.yaml']).toBe(original);

    const second = await helmvet(['migrate', '--open-pr', '--repo', 'acme/gitops'], dir, env);
    expect([second.code, second.stdout.split('\n').at(-2)]).toEqual([
      0,
      'updated https://github.com/acme/gitops/pull/1',
    ]);
    expect(fake.repo('acme', 'gitops').pulls).toHaveLength(1);
    expect(fake.violations).toEqual([]);
    for (const out of [first, second]) expect(out.stdout + out.stderr).not.toContain(fake.token);
  });

  it('GitHub Enterprise: the API URL comes from --github-api-url, and the repository from the origin remote', async () => {
    fake = await startFakeGitHub([
      { owner: 'acme', name: 'gitops', defaultBranch: 'trunk', files: { 'falco.yaml': original } },
    ]);
    const dir = writeRepo({
      'falco.yaml': original,
      '.git/config': '[remote "origin"]\n\turl = git@ghe.example.com:acme/gitops.git\n',
    });
    const r = await helmvet(['migrate', '--open-pr', '--github-api-url', fake.url, '--token-env', 'GHE_TOKEN'], dir, {
      GHE_TOKEN: fake.token,
    });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(fake.repo('acme', 'gitops').pulls.map((p) => p.base)).toEqual(['trunk']);
  });

  it('a missing token, a bad token, a read-only token, an unknown repository and a 422 are one line each, never with the token', async () => {
    const dir = writeRepo({ 'falco.yaml': original });
    const none = await helmvet(['migrate', '--open-pr', '--repo', 'acme/gitops'], dir, {});
    expect([none.code, none.stderr]).toEqual([
      2,
      'helmvet: --open-pr needs a GitHub token in GITHUB_TOKEN (or name another variable with --token-env)\n',
    ]);

    fake = await startFakeGitHub(
      [{ owner: 'acme', name: 'gitops', defaultBranch: 'main', files: { 'falco.yaml': original } }],
      { tokenScopes: 'read' },
    );
    const env = { GITHUB_TOKEN: fake.token, GITHUB_API_URL: fake.url };
    const bad = await helmvet(['migrate', '--open-pr', '--repo', 'acme/gitops'], dir, {
      ...env,
      GITHUB_TOKEN: 'wrong-token-value',
    });
    expect([bad.code, bad.stderr]).toEqual([
      1,
      'helmvet: GitHub rejected the token while reading the repository (401 Bad credentials)\n',
    ]);
    const readOnly = await helmvet(['migrate', '--open-pr', '--repo', 'acme/gitops'], dir, env);
    expect(readOnly.code, readOnly.stderr).toBe(1);
    expect(readOnly.stderr).toBe(
      'helmvet: GitHub refused uploading falco.yaml in acme/gitops (403 Resource not accessible by integration): the token needs contents and pull-requests write access\n',
    );
    const missing = await helmvet(['migrate', '--open-pr', '--repo', 'acme/nope'], dir, env);
    expect([missing.code, missing.stderr]).toEqual([
      1,
      'helmvet: repository acme/nope not found, or the token cannot see it, while reading the repository (404)\n',
    ]);
    for (const out of [bad, readOnly, missing]) expect(out.stdout + out.stderr).not.toContain(fake.token);
    expect(fake.repo('acme', 'gitops').refs.has('heads/helmvet/falco-chart-9')).toBe(false);

    // A token that may write, and GitHub refusing the pull request itself.
    await fake.close();
    fake = await startFakeGitHub([
      { owner: 'acme', name: 'gitops', defaultBranch: 'main', files: { 'falco.yaml': original } },
    ]);
    fake.failNext('POST', '/repos/{owner}/{repo}/pulls', 422, {
      message: 'Validation Failed',
      errors: [{ resource: 'PullRequest', code: 'custom', message: 'base branch is protected' }],
    });
    const refused = await helmvet(['migrate', '--open-pr', '--repo', 'acme/gitops'], dir, {
      GITHUB_TOKEN: fake.token,
      GITHUB_API_URL: fake.url,
    });
    expect([refused.code, refused.stderr]).toEqual([
      1,
      'helmvet: GitHub rejected opening the pull request in acme/gitops (422 Validation Failed: base branch is protected)\n',
    ]);
    expect(refused.stdout + refused.stderr).not.toContain(fake.token);
  });

  it('when the pull request cannot be opened, the branch it just made is removed again', async () => {
    fake = await startFakeGitHub([
      { owner: 'acme', name: 'gitops', defaultBranch: 'main', files: { 'falco.yaml': original } },
    ]);
    const dir = writeRepo({ 'falco.yaml': original });
    fake.failNext('POST', '/repos/{owner}/{repo}/pulls', 422, {
      message: 'Validation Failed',
      errors: [{ resource: 'PullRequest', code: 'custom', message: 'base branch is protected' }],
    });
    const plan = verifiedPlan({ cwd: dir, paths: ['.'], config: defaultConfig(dir) });
    await expect(
      openMigrationPr(plan, { owner: 'acme', repo: 'gitops', token: fake.token, baseUrl: fake.url }),
    ).rejects.toThrow(
      new GitHubError(
        'GitHub rejected opening the pull request in acme/gitops (422 Validation Failed: base branch is protected)',
      ),
    );
    expect(fake.repo('acme', 'gitops').refs.has('heads/helmvet/falco-chart-9')).toBe(false);
    expect(fake.violations).toEqual([]);
  });
});
