// The Action as the runner starts it: a real Node process on dist/action.js with the environment GitHub sets
// (event payload, workspace, step summary and output files), against the local fake of GitHub.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { helmRelease, writeRepo } from '../helpers/repo.js';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

const action = fileURLToPath(new URL('../../dist/action.js', import.meta.url));
const BAD = helmRelease('6.0.1'); // container plugin 0.3.0: falco/version-advisory error
const OK = helmRelease('9.1.0');

let fake: FakeGitHub | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

/** `name<<delimiter\nvalue\ndelimiter` records of GITHUB_OUTPUT, as @actions/core writes them. */
function readOutputs(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  const text = readFileSync(file, 'utf8');
  for (const m of text.matchAll(/^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) out[m[1]!] = m[3]!;
  return out;
}

function runAction(workspace: string, inputs: Record<string, string>, env: Record<string, string>): Promise<Run> {
  const runner = mkdtempSync(join(tmpdir(), 'helmvet-runner-'));
  const files = { GITHUB_OUTPUT: join(runner, 'output'), GITHUB_STEP_SUMMARY: join(runner, 'summary') };
  for (const f of Object.values(files)) writeFileSync(f, '');
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]));
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [action], {
      cwd: workspace,
      env: {
        PATH: process.env.PATH ?? '',
        GITHUB_WORKSPACE: workspace,
        GITHUB_ACTIONS: 'true',
        ...files,
        ...inputEnv,
        ...env,
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        outputs: readOutputs(files.GITHUB_OUTPUT),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
      }),
    );
  });
}

/** A pull_request event payload shaped like GitHub's (the fields the Action and the toolkit read). */
function pullRequestEvent(number: number, dir: string): string {
  const path = join(dir, 'event.json');
  writeFileSync(
    path,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: {
        number,
        state: 'open',
        head: { ref: 'feature', sha: 'a'.repeat(40) },
        base: { ref: 'main', sha: 'b'.repeat(40) },
        html_url: `https://github.com/acme/gitops/pull/${number}`,
      },
      repository: { full_name: 'acme/gitops', name: 'gitops', owner: { login: 'acme' } },
    }),
  );
  return path;
}

const DEFAULTS = {
  paths: '.',
  mode: 'lint',
  'fail-on': 'error',
  format: 'stylish',
  'sarif-file': 'helmvet.sarif',
  'changed-files-only': 'auto',
  'open-pr': 'false',
  target: '',
  config: '',
};

describe('the Action, lint mode', () => {
  it('on a pull request: annotations on the changed files only, a job summary, SARIF, outputs, and the failure', async () => {
    fake = await startFakeGitHub([
      { owner: 'acme', name: 'gitops', defaultBranch: 'main', files: { 'apps/a.yaml': OK, 'apps/b.yaml': BAD } },
    ]);
    // The pull request changes apps/a.yaml only (to a bad version); apps/b.yaml was bad before.
    const gh = new Octokit({ auth: fake.token, baseUrl: fake.url });
    const main = await gh.git.getRef({ owner: 'acme', repo: 'gitops', ref: 'heads/main' });
    const base = await gh.git.getCommit({ owner: 'acme', repo: 'gitops', commit_sha: main.data.object.sha });
    const tree = await gh.git.createTree({
      owner: 'acme',
      repo: 'gitops',
      base_tree: base.data.tree.sha,
      tree: [{ path: 'apps/a.yaml', mode: '100644', type: 'blob', content: BAD }],
    });
    const commit = await gh.git.createCommit({
      owner: 'acme',
      repo: 'gitops',
      message: 'bump',
      tree: tree.data.sha,
      parents: [main.data.object.sha],
    });
    await gh.git.createRef({ owner: 'acme', repo: 'gitops', ref: 'refs/heads/feature', sha: commit.data.sha });
    const pr = await gh.pulls.create({ owner: 'acme', repo: 'gitops', head: 'feature', base: 'main', title: 'bump' });

    const workspace = writeRepo({ 'apps/a.yaml': BAD, 'apps/b.yaml': BAD });
    const run = await runAction(
      workspace,
      { ...DEFAULTS, token: fake.token },
      {
        GITHUB_EVENT_NAME: 'pull_request',
        GITHUB_EVENT_PATH: pullRequestEvent(pr.data.number, workspace),
        GITHUB_REPOSITORY: 'acme/gitops',
        GITHUB_API_URL: fake.url,
      },
    );

    const annotations = run.stdout.split('\n').filter((l) => l.startsWith('::error file='));
    expect(annotations).toEqual([
      expect.stringMatching(
        /^::error file=apps\/a\.yaml,line=18,col=16,endLine=18,endColumn=21,title="6\.0\.1" pins container plugin 0\.3\.0%2C affected by falco#3610::"6\.0\.1" pins chart 6\.0\.1 .*\(falco\/version-advisory\)$/,
      ),
    ]);
    expect(run.stdout).toContain('::error::helmvet found 1 finding at or above error');
    expect(run.code).toBe(1);
    expect(run.outputs).toMatchObject({ errors: '1', 'sarif-file': 'helmvet.sarif' });
    const [findingsTable] = run.summary.split('### Falco deployments');
    expect(findingsTable).toContain('[apps/a.yaml:18](apps/a.yaml#L18) | [falco/version-advisory]');
    expect(findingsTable).not.toContain('apps/b.yaml');
    const sarif = JSON.parse(readFileSync(join(workspace, 'helmvet.sarif'), 'utf8')) as {
      version: string;
      runs: { results: unknown[] }[];
    };
    expect([sarif.version, sarif.runs[0]!.results.length >= 2]).toEqual(['2.1.0', true]);
    expect(fake.violations).toEqual([]);
    expect(run.stdout + run.stderr + run.summary + JSON.stringify(run.outputs)).not.toContain(fake.token);
  });

  it('on a push: every file, and fail-on none lets the step pass', async () => {
    const workspace = writeRepo({ 'apps/a.yaml': OK, 'apps/b.yaml': BAD });
    const run = await runAction(
      workspace,
      { ...DEFAULTS, 'fail-on': 'none', token: '' },
      { GITHUB_EVENT_NAME: 'push', GITHUB_REPOSITORY: 'acme/gitops' },
    );
    expect(run.code).toBe(0);
    expect(
      run.stdout
        .split('\n')
        .filter((l) => l.startsWith('::error file='))
        .map((l) => l.slice(0, 30)),
    ).toEqual(['::error file=apps/b.yaml,line=']);
    expect(run.outputs.errors).toBe('1');
  });

  it('a bad input is one clear failure', async () => {
    const workspace = writeRepo({ 'a.yaml': OK });
    const run = await runAction(workspace, { ...DEFAULTS, mode: 'fix', token: '' }, { GITHUB_EVENT_NAME: 'push' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::mode: expected lint or migrate, not "fix"');
  });
});

describe('the Action, migrate mode', () => {
  it('opens the pull request once and updates it on the next run', async () => {
    const original = helmRelease('">=4.0.0 <5.0.0"', 'falco:\n  rules_file: [/etc/falco/falco_rules.yaml]');
    fake = await startFakeGitHub([
      { owner: 'acme', name: 'gitops', defaultBranch: 'main', files: { 'falco.yaml': original } },
    ]);
    const workspace = writeRepo({ 'falco.yaml': original });
    const env = { GITHUB_EVENT_NAME: 'schedule', GITHUB_REPOSITORY: 'acme/gitops', GITHUB_API_URL: fake.url };
    const first = await runAction(
      workspace,
      { ...DEFAULTS, mode: 'migrate', 'open-pr': 'true', token: fake.token },
      env,
    );
    expect(first.code).toBe(0);
    expect(first.outputs).toMatchObject({
      pending: 'true',
      'pull-request-url': 'https://github.com/acme/gitops/pull/1',
    });
    expect(first.summary).toContain('`falco.rules_file` (spec.values): moved to falco.rules_files');
    const again = await runAction(
      workspace,
      { ...DEFAULTS, mode: 'migrate', 'open-pr': 'true', token: fake.token },
      env,
    );
    expect(again.outputs['pull-request-url']).toBe('https://github.com/acme/gitops/pull/1');
    expect(fake.repo('acme', 'gitops').pulls).toHaveLength(1);
    expect(fake.repo('acme', 'gitops').files('helmvet/falco-chart-9')['falco.yaml']).toContain(
      '  rules_files: [/etc/falco/falco_rules.yaml]',
    );
    expect(fake.violations).toEqual([]);
    for (const r of [first, again]) expect(r.stdout + r.stderr + r.summary).not.toContain(fake.token);
  });
});
