import { it } from 'vitest';
import { startFakeGitHub } from './scratch-copy.js';
import { Octokit } from '@octokit/rest';
it('scratch', async () => {
  const gh = await startFakeGitHub([{ owner: 'acme', name: 'gitops', defaultBranch: 'main', files: { a: 'b' } }]);
  const o = new Octokit({ auth: gh.token, baseUrl: gh.url });
  const main = gh.repo('acme','gitops').refs.get('heads/main')!;
  const c = await o.git.getCommit({ owner: 'acme', repo: 'gitops', commit_sha: main });
  await o.git.getTree({ owner: 'acme', repo: 'gitops', tree_sha: c.data.tree.sha });
  const t = await o.git.createTree({ owner: 'acme', repo: 'gitops', base_tree: c.data.tree.sha, tree: [{ path: 'x/y', content: 'z', mode: '100644' }] });
  const n = await o.git.createCommit({ owner: 'acme', repo: 'gitops', tree: t.data.sha, parents: [main], message: 'm' });
  await o.git.createRef({ owner: 'acme', repo: 'gitops', ref: 'refs/heads/b', sha: n.data.sha });
  await o.pulls.create({ owner: 'acme', repo: 'gitops', head: 'b', base: 'main', title: 't' });
  await o.pulls.list({ owner: 'acme', repo: 'gitops' });
  console.log(gh.violations);
  await gh.close();
});
