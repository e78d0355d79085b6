// Opens (or updates) the pull request for a migration through the GitHub API: blobs, a tree and a commit through the
// Git Data API on top of the base branch (no local git needed), helmvet's own branch, then the pull request.
import { Octokit } from '@octokit/rest';

export interface PullRequestRequest {
  owner: string;
  repo: string;
  token: string;
  /** GitHub Enterprise: `https://ghe.example.com/api/v3`. */
  baseUrl?: string;
  /** Default: the repository's default branch. */
  base?: string;
  branch: string;
  /** Repository-relative paths and their complete new content. */
  files: { path: string; content: string }[];
  title: string;
  body: string;
  commitMessage: string;
}

export interface PullRequestResult {
  url: string;
  number: number;
  action: 'created' | 'updated';
}

/** One line, never with the token in it. */
export class GitHubError extends Error {}

interface HttpError {
  status: number;
  message: string;
  response?: { data?: { message?: string; errors?: { message?: string; code?: string }[] } };
}

const isHttpError = (e: unknown): e is HttpError =>
  typeof e === 'object' && e !== null && typeof (e as HttpError).status === 'number';

function describe(e: unknown, req: PullRequestRequest, doing: string): GitHubError {
  const scrub = (s: string) => (req.token ? s.split(req.token).join('***') : s);
  if (!isHttpError(e))
    return new GitHubError(scrub(`cannot reach GitHub while ${doing}: ${(e as Error).message ?? String(e)}`));
  const data = e.response?.data;
  const detail = [data?.message ?? e.message, ...(data?.errors ?? []).map((x) => x.message ?? x.code ?? '')]
    .filter(Boolean)
    .join(': ');
  const full = `${req.owner}/${req.repo}`;
  switch (e.status) {
    case 401:
      return new GitHubError(scrub(`GitHub rejected the token while ${doing} (401 ${detail})`));
    case 403:
      return new GitHubError(
        scrub(
          `GitHub refused ${doing} in ${full} (403 ${detail}): the token needs contents and pull-requests write access`,
        ),
      );
    case 404:
      return new GitHubError(scrub(`repository ${full} not found, or the token cannot see it, while ${doing} (404)`));
    case 422:
      return new GitHubError(scrub(`GitHub rejected ${doing} in ${full} (422 ${detail})`));
    default:
      return new GitHubError(scrub(`GitHub answered ${e.status} while ${doing} in ${full}: ${detail}`));
  }
}

const silent = { debug: () => undefined, info: () => undefined, warn: () => undefined, error: () => undefined };

export async function openOrUpdatePullRequest(req: PullRequestRequest): Promise<PullRequestResult> {
  const octokit = new Octokit({
    auth: req.token,
    userAgent: 'helmvet',
    log: silent,
    ...(req.baseUrl ? { baseUrl: req.baseUrl } : {}),
  });
  const { owner, repo } = req;
  const step = async <T>(doing: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      throw describe(e, req, doing);
    }
  };

  const base =
    req.base ?? (await step('reading the repository', () => octokit.repos.get({ owner, repo }))).data.default_branch;
  const baseSha = (
    await step(`reading branch ${base}`, () => octokit.git.getRef({ owner, repo, ref: `heads/${base}` }))
  ).data.object.sha;
  const baseTree = (
    await step('reading the base commit', () => octokit.git.getCommit({ owner, repo, commit_sha: baseSha }))
  ).data.tree.sha;

  // Everything that does not move a branch first: a failure here leaves nothing behind.
  const tree: { path: string; mode: '100644'; type: 'blob'; sha: string }[] = [];
  for (const f of req.files) {
    const blob = await step(`uploading ${f.path}`, () =>
      octokit.git.createBlob({
        owner,
        repo,
        content: Buffer.from(f.content, 'utf8').toString('base64'),
        encoding: 'base64',
      }),
    );
    tree.push({ path: f.path, mode: '100644' as const, type: 'blob' as const, sha: blob.data.sha });
  }
  const newTree = await step('writing the tree', () =>
    octokit.git.createTree({ owner, repo, base_tree: baseTree, tree }),
  );
  const commit = await step('writing the commit', () =>
    octokit.git.createCommit({ owner, repo, message: req.commitMessage, tree: newTree.data.sha, parents: [baseSha] }),
  );

  const existing = await octokit.git.getRef({ owner, repo, ref: `heads/${req.branch}` }).then(
    (r) => r.data.object.sha,
    (e: unknown) => {
      if (isHttpError(e) && e.status === 404) return undefined;
      throw describe(e, req, `reading branch ${req.branch}`);
    },
  );
  if (existing) {
    // helmvet's own branch: it is rebuilt on the current base each time.
    await step(`updating branch ${req.branch}`, () =>
      octokit.git.updateRef({ owner, repo, ref: `heads/${req.branch}`, sha: commit.data.sha, force: true }),
    );
  } else {
    await step(`creating branch ${req.branch}`, () =>
      octokit.git.createRef({ owner, repo, ref: `refs/heads/${req.branch}`, sha: commit.data.sha }),
    );
  }

  try {
    const open = await step('listing pull requests', () =>
      octokit.pulls.list({ owner, repo, state: 'open', head: `${owner}:${req.branch}`, base }),
    );
    const pr = open.data[0];
    if (pr) {
      const updated = await step(`updating pull request #${pr.number}`, () =>
        octokit.pulls.update({ owner, repo, pull_number: pr.number, title: req.title, body: req.body }),
      );
      return { url: updated.data.html_url, number: updated.data.number, action: 'updated' };
    }
    const created = await step('opening the pull request', () =>
      octokit.pulls.create({ owner, repo, head: req.branch, base, title: req.title, body: req.body }),
    );
    return { url: created.data.html_url, number: created.data.number, action: 'created' };
  } catch (e) {
    // A branch this run created, with no pull request to show it, is removed again.
    if (!existing) await octokit.git.deleteRef({ owner, repo, ref: `heads/${req.branch}` }).catch(() => undefined);
    throw e;
  }
}
