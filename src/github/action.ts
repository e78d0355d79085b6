// The GitHub Action (action.yml runs the bundle of this file, dist/action.js): lint with annotations, a job summary
// and SARIF, or migrate and open the pull request.
import { readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import * as core from '@actions/core';
import { Octokit } from '@octokit/rest';
import { ConfigError, loadConfig, type Config } from '../config/config.js';
import { lint } from '../engine/lint.js';
import { countFailing, severityRank, type Severity } from '../findings.js';
import { countBySeverity, plural } from '../report/phrases.js';
import { writeFileAtomic } from '../edit/atomic.js';
import { UsageError } from '../load/discover.js';
import { summary as migrationSummary, summaryMarkdown } from '../migrate/output.js';
import { TargetError } from '../migrate/plan.js';
import { verifiedPlan } from '../migrate/verify.js';
import { render, type FormatName } from '../report/index.js';
import { RULES_BY_ID } from '../rules/index.js';
import { openMigrationPr } from './migration-pr.js';
import { GitHubError } from './pull-request.js';
import { parseRepoName } from './repository.js';

interface PullRequestEvent {
  pull_request?: { number: number };
}

const bool = (name: string) => core.getInput(name).trim().toLowerCase() === 'true';
/** GitHub Enterprise's API, when the runner names one. */
const apiUrl = () => (process.env.GITHUB_API_URL ? { baseUrl: process.env.GITHUB_API_URL } : {});
const octokitFor = (token: string) => new Octokit({ auth: token, userAgent: 'helmvet-action', ...apiUrl() });

/** The files a pull request changes, from the API (the checkout may be shallow). */
async function changedFiles(octokit: Octokit, owner: string, repo: string, number: number): Promise<Set<string>> {
  const files = await octokit.paginate(octokit.pulls.listFiles, { owner, repo, pull_number: number, per_page: 100 });
  return new Set(files.map((f) => f.filename));
}

async function runLint(
  cwd: string,
  config: Config,
  paths: string[],
  octokit: Octokit | undefined,
  repo: { owner: string; repo: string } | undefined,
) {
  let result = lint({ cwd, paths, config });
  const sarifFile = core.getInput('sarif-file').trim();
  if (sarifFile) {
    writeFileAtomic(
      isAbsolute(sarifFile) ? sarifFile : join(cwd, sarifFile),
      render('sarif', result, { color: false }),
    );
    core.setOutput('sarif-file', sarifFile);
  }
  const event = readEvent();
  const onlyChanged =
    (core.getInput('changed-files-only').trim() || 'auto') === 'auto'
      ? process.env.GITHUB_EVENT_NAME === 'pull_request'
      : bool('changed-files-only');
  if (onlyChanged && event.pull_request && octokit && repo) {
    const changed = await changedFiles(octokit, repo.owner, repo.repo, event.pull_request.number).catch(
      (e: unknown) => {
        const status = (e as { status?: number }).status;
        throw new GitHubError(
          `cannot list the files of pull request #${event.pull_request!.number} (${status ?? 'no answer'}); set changed-files-only: false to annotate every file`,
        );
      },
    );
    result = { ...result, findings: result.findings.filter((f) => changed.has(f.span.file.path)) };
  }
  const format = (core.getInput('format').trim() || 'stylish') as FormatName;
  process.stdout.write(render(format, result, { color: false }));
  process.stdout.write(render('github', result, { color: false }));
  // The job summary is shown on the run's page: its file links must be absolute, at the commit that was linted.
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_SHA: sha } = process.env;
  const linkBase = server && repository && sha ? `${server.replace(/\/+$/, '')}/${repository}/blob/${sha}/` : undefined;
  await core.summary.addRaw(render('markdown', result, { color: false, ...(linkBase ? { linkBase } : {}) })).write();
  const c = countBySeverity(result);
  core.setOutput('errors', c.error);
  core.setOutput('warnings', c.warning);
  core.setOutput('infos', c.info);
  const failOn = core.getInput('fail-on').trim() || 'error';
  if (failOn !== 'none' && !(failOn in severityRank))
    throw new UsageError(`fail-on: expected error, warning, info or none, not "${failOn}"`);
  const failing = countFailing(result.findings, failOn as Severity | 'none');
  if (failing) core.setFailed(`helmvet found ${plural(failing, 'finding')} at or above ${failOn}`);
}

async function runMigrateMode(
  cwd: string,
  config: Config,
  paths: string[],
  token: string,
  repo: { owner: string; repo: string } | undefined,
) {
  const target = core.getInput('target').trim();
  const plan = verifiedPlan({ cwd, paths, config, ...(target ? { to: target } : {}) });
  process.stdout.write(migrationSummary(plan));
  await core.summary.addRaw(summaryMarkdown(plan)).write();
  core.setOutput('pending', plan.files.length > 0 ? 'true' : 'false');
  if (plan.refused.length)
    core.warning(
      `helmvet left ${plan.refused.length} file(s) alone: ${plan.refused.map((r) => `${r.file.path}: ${r.reason}`).join('; ')}`,
    );
  if (!bool('open-pr') || plan.files.length === 0) return;
  if (!repo) throw new UsageError('open-pr needs GITHUB_REPOSITORY');
  if (!token) throw new UsageError('open-pr needs a token (the token input, by default the workflow token)');
  const result = await openMigrationPr(plan, { ...repo, token, ...apiUrl() });
  if (result) {
    core.setOutput('pull-request-url', result.url);
    core.info(`${result.action === 'created' ? 'opened' : 'updated'} ${result.url}`);
  }
}

function readEvent(): PullRequestEvent {
  const path = process.env.GITHUB_EVENT_PATH;
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as PullRequestEvent;
  } catch {
    return {};
  }
}

export async function run(): Promise<void> {
  const cwd = process.env.GITHUB_WORKSPACE ?? process.cwd();
  // The token is never printed; the runner already masks the workflow token it passes in.
  const token = core.getInput('token').trim();
  try {
    const paths = core
      .getInput('paths')
      .split(/[\s,]+/)
      .filter(Boolean);
    const configFile = core.getInput('config').trim();
    const config = loadConfig(cwd, configFile || undefined, new Set(RULES_BY_ID.keys()));
    const repo = process.env.GITHUB_REPOSITORY ? parseRepoName(process.env.GITHUB_REPOSITORY) : undefined;
    const mode = core.getInput('mode').trim() || 'lint';
    if (mode === 'lint')
      await runLint(cwd, config, paths.length ? paths : ['.'], token ? octokitFor(token) : undefined, repo);
    else if (mode === 'migrate') await runMigrateMode(cwd, config, paths.length ? paths : ['.'], token, repo);
    else throw new UsageError(`mode: expected lint or migrate, not "${mode}"`);
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError || e instanceof TargetError || e instanceof GitHubError)
      core.setFailed(e.message);
    else core.setFailed(`helmvet: internal error: ${(e as Error).message}`);
  }
}

await run();
