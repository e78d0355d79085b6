// A migration as a pull request: the CLI (`migrate --open-pr`) and the Action both come here.
import { relative, sep } from 'node:path';
import semver from 'semver';
import { withBom } from '../load/source.js';
import { summaryMarkdown } from '../migrate/output.js';
import type { MigrationPlan } from '../migrate/plan.js';
import { openOrUpdatePullRequest, type PullRequestResult } from './pull-request.js';
import type { RepoName } from './repository.js';

export interface MigrationPrOptions extends RepoName {
  token: string;
  baseUrl?: string;
  base?: string;
}

/** helmvet's branch for a target major: one pull request per major, updated on every run. */
export const migrationBranch = (target: string) => `helmvet/falco-chart-${semver.major(target)}`;

export async function openMigrationPr(
  plan: MigrationPlan,
  options: MigrationPrOptions,
): Promise<PullRequestResult | undefined> {
  if (plan.files.length === 0) return undefined;
  const root = plan.analysis.store.root;
  const files = plan.files.map((f) => ({
    path: relative(root, f.file.absPath).split(sep).join('/'),
    // The committed file keeps its BOM, line endings and everything else the migration did not touch.
    content: withBom(f.file, f.after),
  }));
  const title = `Migrate Falco to chart ${plan.target}`;
  const changes = plan.releases.flatMap((r) =>
    r.layers.flatMap((l) => l.log.changes.map((c) => `- ${c.path}: ${c.what}`)),
  );
  return openOrUpdatePullRequest({
    owner: options.owner,
    repo: options.repo,
    token: options.token,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    ...(options.base ? { base: options.base } : {}),
    branch: migrationBranch(plan.target),
    files,
    title,
    body: summaryMarkdown(plan),
    commitMessage: `${title}\n\n${[...new Set(changes)].slice(0, 50).join('\n')}\n`,
  });
}
