// `helmvet migrate [PATH...] [--to MAJOR|VERSION] [--write | --check]`
import { ConfigError, loadConfig } from '../config/config.js';
import { UsageError } from '../load/discover.js';
import { planJson, summary, unifiedDiff } from '../migrate/output.js';
import { TargetError } from '../migrate/plan.js';
import { verifiedPlan } from '../migrate/verify.js';
import { writePlan } from '../migrate/write.js';
import { RULES_BY_ID } from '../rules/index.js';
import { openMigrationPr } from '../github/migration-pr.js';
import { GitHubError } from '../github/pull-request.js';
import { originOf, parseRepoName } from '../github/repository.js';
import { gitRoot } from '../load/discover.js';
import { useColor } from './color.js';
import { loadKnowledge } from '../knowledge/index.js';
import { EXIT, UsageFailure } from './errors.js';

export interface MigrateCliOptions {
  to?: string;
  write?: boolean;
  check?: boolean;
  format?: 'text' | 'json';
  color?: boolean;
  config?: string;
  openPr?: boolean;
  repo?: string;
  base?: string;
  tokenEnv?: string;
  githubApiUrl?: string;
}

/** Where the pull request goes, and with which token: checked before any work is done. */
function pullRequestTarget(options: MigrateCliOptions, cwd: string, env: NodeJS.ProcessEnv) {
  const variable = options.tokenEnv ?? 'GITHUB_TOKEN';
  const token = env[variable];
  if (!token)
    throw new UsageFailure(
      `--open-pr needs a GitHub token in ${variable}${options.tokenEnv ? '' : ' (or name another variable with --token-env)'}`,
    );
  const named = options.repo ?? env.GITHUB_REPOSITORY;
  const repo = named ? parseRepoName(named) : originOf(gitRoot(cwd) ?? cwd);
  if (!repo)
    throw new UsageFailure(
      named
        ? `--repo ${named}: expected OWNER/NAME`
        : '--open-pr cannot tell the GitHub repository: pass --repo OWNER/NAME',
    );
  const baseUrl = options.githubApiUrl ?? env.GITHUB_API_URL;
  return { ...repo, token, ...(baseUrl ? { baseUrl } : {}), ...(options.base ? { base: options.base } : {}) };
}

export async function runMigrate(
  paths: readonly string[],
  options: MigrateCliOptions,
  cwd = process.cwd(),
  env = process.env,
): Promise<number> {
  if ([options.write, options.check, options.openPr].filter(Boolean).length > 1)
    throw new UsageFailure('--write, --check and --open-pr do not go together');
  const pr = options.openPr ? pullRequestTarget(options, cwd, env) : undefined;
  let plan;
  try {
    const config = loadConfig(cwd, options.config, new Set(RULES_BY_ID.keys()));
    // Loaded once: every verification round analyses with the same facts.
    const knowledge = loadKnowledge();
    if (knowledge.cacheProblem)
      process.stderr.write(`helmvet: ${knowledge.cacheProblem}; migrating with the bundled facts\n`);
    plan = verifiedPlan({
      cwd,
      paths: paths.length ? paths : ['.'],
      config,
      knowledge,
      ...(options.to ? { to: options.to } : {}),
    });
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError || e instanceof TargetError)
      throw new UsageFailure(e.message);
    throw e;
  }
  const refused = plan.refused.length > 0;
  const json = options.format === 'json';
  if (json && (pr || options.write))
    throw new UsageFailure('--format json goes with a plain run or --check, not with --write or --open-pr');
  if (json) {
    process.stdout.write(planJson(plan));
    return (options.check && plan.files.length > 0) || refused ? EXIT.findings : EXIT.ok;
  }
  if (pr) {
    process.stdout.write(summary(plan));
    try {
      const result = await openMigrationPr(plan, pr);
      process.stdout.write(
        result
          ? `${result.action === 'created' ? 'opened' : 'updated'} ${result.url}\n`
          : 'no pull request: nothing to change\n',
      );
    } catch (e) {
      if (e instanceof GitHubError) {
        process.stderr.write(`helmvet: ${e.message}\n`);
        return EXIT.findings;
      }
      throw e;
    }
    return refused ? EXIT.findings : EXIT.ok;
  }
  if (options.check) {
    process.stdout.write(summary(plan));
    // A blocked commit says what unblocks it.
    if (plan.files.length > 0)
      process.stdout.write(
        `\n${plan.files.length === 1 ? '1 file needs' : `${plan.files.length} files need`} migrating: run \`helmvet migrate\` to see the diff, \`helmvet migrate --write\` to apply it\n`,
      );
    return plan.files.length > 0 || refused ? EXIT.findings : EXIT.ok;
  }
  if (options.write) {
    process.stdout.write(summary(plan));
    const result = writePlan(plan);
    for (const p of result.written) process.stdout.write(`wrote ${p}\n`);
    for (const s of result.skipped) process.stderr.write(`helmvet: not written: ${s.path}: ${s.reason}\n`);
    return result.skipped.length || refused ? EXIT.findings : EXIT.ok;
  }
  process.stdout.write(summary(plan));
  const diff = unifiedDiff(plan, useColor(options.color, process.stdout));
  if (diff) process.stdout.write(`\n${diff}`);
  return refused ? EXIT.findings : EXIT.ok;
}
