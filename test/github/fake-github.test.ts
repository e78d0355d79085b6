// Proves the GitHub fake: a real @octokit/rest client drives it over HTTP on 127.0.0.1, every request and answer is
// held to GitHub's OpenAPI description, and the state reads back as the repository would hold it.
import { Octokit } from '@octokit/rest';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub, type FakeRepo } from './fake-github.js';

const owner = 'acme';
const repo = 'gitops';
const gitops: FakeRepo = {
  owner,
  name: repo,
  defaultBranch: 'main',
  files: { 'README.md': 'hello\n', 'clusters/prod/falco.yaml': 'a: 1\nb: 2\n' },
};
const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

let servers: FakeGitHub[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

async function start(options?: { tokenScopes?: 'write' | 'read' }): Promise<{ gh: FakeGitHub; octokit: Octokit }> {
  const gh = await startFakeGitHub([gitops], options);
  servers.push(gh);
  return { gh, octokit: client(gh) };
}

const client = (gh: FakeGitHub, auth: string | null = gh.token) =>
  new Octokit({ baseUrl: gh.url, log: silent, ...(auth === null ? {} : { auth }) });

/** What octokit throws for an HTTP error, as far as the tests look at it. */
const failure = (status: number, message: string) => ({ status, response: { data: { message } } });

/** A branch off main with one commit changing `files` (null deletes), built the way the Git Data API builds one. */
async function pushBranch(
  octokit: Octokit,
  branch: string,
  files: Record<string, string | null>,
  parent?: string,
): Promise<string> {
  const base = parent ?? (await octokit.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
  const baseTree = (await octokit.git.getCommit({ owner, repo, commit_sha: base })).data.tree.sha;
  const tree = [];
  for (const [path, content] of Object.entries(files)) {
    const sha =
      content === null
        ? null
        : (
            await octokit.git.createBlob({
              owner,
              repo,
              content: Buffer.from(content).toString('base64'),
              encoding: 'base64',
            })
          ).data.sha;
    tree.push({ path, mode: '100644' as const, type: 'blob' as const, sha });
  }
  const newTree = await octokit.git.createTree({ owner, repo, base_tree: baseTree, tree });
  const commit = await octokit.git.createCommit({
    owner,
    repo,
    message: `change ${branch}`,
    tree: newTree.data.sha,
    parents: [base],
  });
  if (parent) await octokit.git.updateRef({ owner, repo, ref: `heads/${branch}`, sha: commit.data.sha });
  else await octokit.git.createRef({ owner, repo, ref: `refs/heads/${branch}`, sha: commit.data.sha });
  return commit.data.sha;
}

describe('fake GitHub', () => {
  it('builds a branch through blobs, trees, commits and refs, opens a pull request, and reads the state back', async () => {
    const { gh, octokit } = await start();
    expect((await octokit.repos.get({ owner, repo })).data).toMatchObject({
      full_name: 'acme/gitops',
      default_branch: 'main',
      private: false,
    });
    const main = (await octokit.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;

    // Object ids are git's own: this is `git hash-object` of "hello\n".
    expect((await octokit.git.createBlob({ owner, repo, content: 'hello\n' })).data.sha).toBe(
      'ce013625030ba8dba906f756967f9e9ca394464a',
    );

    const head = await pushBranch(octokit, 'helmvet/falco', {
      'clusters/prod/falco.yaml': 'a: 1\nb: 3\n',
      'clusters/dev/falco.yaml': 'a: 9\n',
      'README.md': null,
    });
    const pr = await octokit.pulls.create({
      owner,
      repo,
      head: 'helmvet/falco',
      base: 'main',
      title: 'Migrate Falco',
      body: 'by helmvet',
    });
    expect(pr.status).toBe(201);
    expect(pr.data).toMatchObject({
      number: 1,
      state: 'open',
      html_url: 'https://github.com/acme/gitops/pull/1',
      commits: 1,
      changed_files: 3,
      additions: 2,
      deletions: 2,
    });
    expect(pr.data.head).toMatchObject({ ref: 'helmvet/falco', sha: head, label: 'acme:helmvet/falco' });

    const state = gh.repo(owner, repo);
    expect(state.files('helmvet/falco')).toEqual({
      'clusters/prod/falco.yaml': 'a: 1\nb: 3\n',
      'clusters/dev/falco.yaml': 'a: 9\n',
    });
    expect(state.files('main')).toEqual(gitops.files);
    expect(state.refs).toEqual(
      new Map([
        ['heads/main', main],
        ['heads/helmvet/falco', head],
      ]),
    );
    expect(state.commits.get(head)).toMatchObject({ message: 'change helmvet/falco', parents: [main] });
    expect(state.pulls).toEqual([
      {
        number: 1,
        title: 'Migrate Falco',
        body: 'by helmvet',
        head: 'helmvet/falco',
        base: 'main',
        state: 'open',
        html_url: pr.data.html_url,
      },
    ]);

    const tree = await octokit.git.getTree({ owner, repo, tree_sha: 'helmvet/falco', recursive: 'true' });
    expect(tree.data.tree.map((e) => `${e.type} ${e.path}`)).toEqual([
      'tree clusters',
      'tree clusters/dev',
      'blob clusters/dev/falco.yaml',
      'tree clusters/prod',
      'blob clusters/prod/falco.yaml',
    ]);

    // `head` filters as `owner:branch`; a bare branch name is ignored, as GitHub ignores it.
    const heads = async (head: string) => (await octokit.pulls.list({ owner, repo, head })).data.map((p) => p.number);
    expect(await heads('acme:helmvet/falco')).toEqual([1]);
    expect(await heads('acme:other')).toEqual([]);
    expect(await heads('other')).toEqual([1]);

    const first = await octokit.pulls.listFiles({ owner, repo, pull_number: 1, per_page: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.headers.link).toBe(
      `<${gh.url}/repos/acme/gitops/pulls/1/files?per_page=2&page=2>; rel="next", <${gh.url}/repos/acme/gitops/pulls/1/files?per_page=2&page=2>; rel="last"`,
    );
    const files = await octokit.paginate(octokit.pulls.listFiles, { owner, repo, pull_number: 1, per_page: 2 });
    expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
      ['README.md', 'removed', 0, 1],
      ['clusters/dev/falco.yaml', 'added', 1, 0],
      ['clusters/prod/falco.yaml', 'modified', 1, 1],
    ]);
    expect(files[2]?.patch).toBe('@@ -1,2 +1,2 @@\n a: 1\n-b: 2\n+b: 3');

    expect(gh.violations).toEqual([]);
    expect(gh.requests.find((r) => r.method === 'GET' && r.path.includes('/git/ref/'))).toEqual({
      method: 'GET',
      path: '/repos/acme/gitops/git/ref/heads/main',
      query: {},
      body: undefined,
      status: 200,
    });
    expect(gh.requests.every((r) => r.status >= 200 && r.status < 300)).toBe(true);
  });

  it('moves refs forward only unless forced, and closes the pull request of a deleted branch', async () => {
    const { gh, octokit } = await start();
    const main = (await octokit.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
    const one = await pushBranch(octokit, 'feature', { 'a.txt': '1\n' });
    const two = await pushBranch(octokit, 'feature', { 'a.txt': '2\n' }, one);
    expect(gh.repo(owner, repo).refs.get('heads/feature')).toBe(two);

    await expect(octokit.git.updateRef({ owner, repo, ref: 'heads/feature', sha: main })).rejects.toMatchObject(
      failure(422, 'Update is not a fast forward'),
    );
    expect(
      (await octokit.git.updateRef({ owner, repo, ref: 'heads/feature', sha: one, force: true })).data.object.sha,
    ).toBe(one);
    await expect(octokit.git.updateRef({ owner, repo, ref: 'heads/nope', sha: one })).rejects.toMatchObject(
      failure(422, 'Reference does not exist'),
    );
    await expect(octokit.git.createRef({ owner, repo, ref: 'refs/heads/feature', sha: one })).rejects.toMatchObject(
      failure(422, 'Reference already exists'),
    );

    await octokit.pulls.create({ owner, repo, head: 'feature', base: 'main', title: 't' });
    expect((await octokit.git.deleteRef({ owner, repo, ref: 'heads/feature' })).status).toBe(204);
    await expect(octokit.git.getRef({ owner, repo, ref: 'heads/feature' })).rejects.toMatchObject(
      failure(404, 'Not Found'),
    );
    expect(
      (await octokit.pulls.list({ owner, repo, state: 'closed' })).data.map((p) => [p.number, p.head.sha]),
    ).toEqual([[1, one]]);
    expect(gh.violations).toEqual([]);
  });

  it('refuses a second pull request for a branch and one without commits, and updates one', async () => {
    const { gh, octokit } = await start();
    await pushBranch(octokit, 'x', { 'a.txt': 'a\n' });
    await octokit.pulls.create({ owner, repo, head: 'x', base: 'main', title: 'first' });
    await expect(
      octokit.pulls.create({ owner, repo, head: 'acme:x', base: 'main', title: 'again' }),
    ).rejects.toMatchObject({
      status: 422,
      response: {
        data: {
          message: 'Validation Failed',
          errors: [{ resource: 'PullRequest', code: 'custom', message: 'A pull request already exists for acme:x.' }],
        },
      },
    });
    const main = (await octokit.git.getRef({ owner, repo, ref: 'heads/main' })).data.object.sha;
    await octokit.git.createRef({ owner, repo, ref: 'refs/heads/empty', sha: main });
    await expect(octokit.pulls.create({ owner, repo, head: 'empty', base: 'main', title: 't' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors: [{ message: 'No commits between main and empty' }] } },
    });

    const updated = await octokit.pulls.update({
      owner,
      repo,
      pull_number: 1,
      title: 'renamed',
      body: 'new body',
      state: 'closed',
    });
    expect(updated.data).toMatchObject({ title: 'renamed', body: 'new body', state: 'closed' });
    expect(gh.repo(owner, repo).pulls).toMatchObject([
      { number: 1, title: 'renamed', body: 'new body', state: 'closed' },
    ]);
    expect((await octokit.pulls.list({ owner, repo })).data).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it('answers authentication, permission and unknown-repository errors as GitHub does', async () => {
    const { gh } = await start({ tokenScopes: 'read' });
    await expect(client(gh, null).repos.get({ owner, repo })).rejects.toMatchObject(
      failure(401, 'Requires authentication'),
    );
    await expect(client(gh, 'not-the-token').repos.get({ owner, repo })).rejects.toMatchObject(
      failure(401, 'Bad credentials'),
    );
    const reader = client(gh);
    await expect(reader.repos.get({ owner, repo: 'elsewhere' })).rejects.toMatchObject(failure(404, 'Not Found'));
    expect((await reader.repos.get({ owner: 'ACME', repo })).data.permissions).toMatchObject({
      push: false,
      pull: true,
    });
    await expect(reader.git.createBlob({ owner, repo, content: 'x' })).rejects.toMatchObject(
      failure(403, 'Resource not accessible by integration'),
    );
    expect(gh.violations).toEqual([]);
  });

  it('fails the next matching request once when told to', async () => {
    const { gh, octokit } = await start();
    await pushBranch(octokit, 'x', { 'a.txt': 'a\n' });
    const errors = [{ resource: 'PullRequest', code: 'custom', message: 'injected' }];
    gh.failNext('POST', '/repos/{owner}/{repo}/pulls', 422, { message: 'Validation Failed', errors });
    await expect(octokit.pulls.create({ owner, repo, head: 'x', base: 'main', title: 't' })).rejects.toMatchObject({
      status: 422,
      response: { data: { errors } },
    });
    expect(gh.repo(owner, repo).pulls).toEqual([]);
    expect((await octokit.pulls.create({ owner, repo, head: 'x', base: 'main', title: 't' })).status).toBe(201);
    expect(() => gh.failNext('POST', '/repos/{owner}/{repo}/pull', 500, {})).toThrow(/no operation/);
    expect(gh.violations).toEqual([]);
  });

  it('records requests GitHub would not accept, and answers them 400', async () => {
    const { gh, octokit } = await start();
    await expect(octokit.request('POST /repos/acme/gitops/git/refs', { ref: 'refs/heads/x' })).rejects.toMatchObject({
      status: 400,
    });
    await expect(octokit.request('GET /repos/acme/gitops/pulls?state=merged')).rejects.toMatchObject({ status: 400 });
    await expect(octokit.request('GET /repos/acme/gitops/pulls/abc')).rejects.toMatchObject({ status: 400 });
    await expect(octokit.request('GET /repos/acme/gitops/pulls?per-page=5')).rejects.toMatchObject({ status: 400 });
    await expect(octokit.request('GET /repos/acme/gitops/pull-requests')).rejects.toMatchObject({ status: 400 });
    await expect(octokit.request('PUT /repos/acme/gitops/git/refs')).rejects.toMatchObject({ status: 400 });
    expect(gh.violations).toEqual([
      "POST /repos/{owner}/{repo}/git/refs: body must have required property 'sha'",
      'GET /repos/{owner}/{repo}/pulls: query parameter state must be equal to one of the allowed values',
      'GET /repos/{owner}/{repo}/pulls/{pull_number}: path parameter pull_number must be integer',
      'GET /repos/{owner}/{repo}/pulls: unknown query parameter per-page',
      'no operation matches GET /repos/acme/gitops/pull-requests',
      'PUT is not an operation of /repos/acme/gitops/git/refs',
    ]);
    expect(gh.requests.map((r) => r.status)).toEqual([400, 400, 400, 400, 400, 400]);
  });

  it("holds its own answers to GitHub's schema", async () => {
    const { gh, octokit } = await start();
    // An injected failure shaped unlike GitHub's: the fake reports it rather than let a test rely on it.
    gh.failNext('POST', '/repos/{owner}/{repo}/git/refs', 422, { message: 'Validation Failed', errors: 'not a list' });
    await expect(
      octokit.git.createRef({ owner, repo, ref: 'refs/heads/x', sha: 'f'.repeat(40) }),
    ).rejects.toMatchObject({ status: 422 });
    expect(gh.violations).toEqual(['response: POST /repos/{owner}/{repo}/git/refs 422: body/errors must be array']);
  });
});
