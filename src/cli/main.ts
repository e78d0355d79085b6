// The helmvet command line. Commands load their code on demand, so `helmvet --version` starts fast.
import { Command, CommanderError, Option } from 'commander';
import { VERSION } from '../version.js';
import { EXIT, UsageFailure } from './errors.js';
import type { LintCliOptions } from './lint.js';
import type { MigrateCliOptions } from './migrate.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** `--max-warnings 10`: a count, or a usage error. */
function count(value: string): number {
  if (!/^\d+$/.test(value)) throw new UsageFailure(`--max-warnings ${value}: expected a count (0 or more)`);
  return Number(value);
}

/** Every command takes the colour switches; FORCE_COLOR and NO_COLOR decide when neither is given (cli/color.ts). */
const withColor = (c: Command) => c.option('--color', 'force colors').option('--no-color', 'no colors');

function program(): Command {
  const cli = new Command('helmvet')
    .description('Lint and migrate GitOps repositories that deploy Falco, before merge.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    // A usage error is one line and a pointer to the help, not the whole help.
    .configureOutput({
      outputError: (text, write) => write(`helmvet: ${text.replace(/^error: /, '').trimEnd()} (see helmvet --help)\n`),
    });

  withColor(
    cli
      .command('lint')
      .description('find what will break in the Falco deployments under PATH (default: .)')
      .argument('[paths...]', 'files or directories')
      .addOption(
        new Option('--format <format>', 'output format')
          .choices(['stylish', 'json', 'sarif', 'github', 'markdown'])
          .default('stylish'),
      )
      .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
      .addOption(
        new Option('--fail-on <severity>', 'exit 1 when a finding is at or above this severity')
          .choices(['error', 'warning', 'info', 'none'])
          .default('error'),
      )
      .option('--quiet', 'report errors only')
      .option('--max-warnings <count>', 'exit 1 when there are more warnings than this', count)
      .option(
        '-c, --config <file>',
        'configuration file (default: the nearest .helmvet.yaml from the working directory up to the repository root)',
      )
      .option('--rule <id=severity>', 'set a rule to off|info|warning|error (repeatable)', collect, [])
      .option('--stdin', 'lint the text on standard input, as the file named by --stdin-filename')
      .option(
        '--stdin-filename <path>',
        'with --stdin: the file the text stands for (the repository around it is read as context)',
      )
      .option('--print-config <file>', 'print the rules and severities in force for a file, and exit')
      .option('--no-summary', 'leave out the list of Falco deployments')
      .option(
        '--no-error-on-unmatched-pattern',
        'exit 0 when nothing is checked (every path empty, unreadable or ignored)',
      ),
  ).action(async (paths: string[], options: LintCliOptions) => {
    const { runLint } = await import('./lint.js');
    process.exitCode = runLint(paths, options);
  });

  withColor(
    cli
      .command('migrate')
      .description('rewrite Falco releases and their values for a newer chart major: a diff, --write, or --check')
      .argument('[paths...]', 'files or directories')
      .option(
        '--to <major|version>',
        'target chart major (9) or version (9.1.0); default: the newest major helmvet knows',
      )
      .option('--write', 'write the changes (atomically; files changed on disk since they were read are skipped)')
      .option('--check', 'exit 1 while a migration is pending (for pre-commit and CI)')
      .addOption(
        new Option('--format <format>', 'output format: the summary and diff, or the plan as JSON')
          .choices(['text', 'json'])
          .default('text'),
      )
      .option('--open-pr', 'open or update a pull request with the change through the GitHub API')
      .option(
        '--repo <owner/name>',
        'with --open-pr: the repository (default: GITHUB_REPOSITORY, else the origin remote)',
      )
      .option('--base <branch>', "with --open-pr: the base branch (default: the repository's default branch)")
      .option('--token-env <name>', 'with --open-pr: the variable that holds the token (default GITHUB_TOKEN)')
      .option(
        '--github-api-url <url>',
        'with --open-pr: GitHub Enterprise API URL (default: GITHUB_API_URL, else api.github.com)',
      )
      .option(
        '-c, --config <file>',
        'configuration file (default: the nearest .helmvet.yaml from the working directory up to the repository root)',
      ),
  ).action(async (paths: string[], options: MigrateCliOptions) => {
    const { runMigrate } = await import('./migrate.js');
    process.exitCode = await runMigrate(paths, options);
  });

  withColor(cli.command('init').description('write a commented .helmvet.yaml in the working directory')).action(
    async () => {
      const { runInit } = await import('./init.js');
      process.stdout.write(runInit());
    },
  );

  const knowledge = cli
    .command('knowledge')
    .description('what helmvet knows of the falco chart: the bundled facts, and the versions it learned')
    .action(async () => {
      const { runKnowledge } = await import('./knowledge.js');
      process.stdout.write(runKnowledge());
    });
  knowledge
    .command('update')
    .description(
      'learn the falco chart versions published since this helmvet was built, into the cache (the only command that uses the network)',
    )
    .option('--repo-url <url>', 'the Helm repository to read', 'https://falcosecurity.github.io/charts')
    .action(async (options: { repoUrl: string }) => {
      const { runKnowledgeUpdate } = await import('./knowledge.js');
      process.exitCode = await runKnowledgeUpdate(options);
    });

  withColor(
    cli
      .command('rules')
      .description('list the rules')
      .option('--json', 'as JSON')
      .option('--markdown', "as the README's table"),
  ).action(async (options: { json?: boolean; markdown?: boolean; color?: boolean }) => {
    const { runRules } = await import('./rules.js');
    process.stdout.write(runRules(!!options.json, options.color, !!options.markdown));
  });

  withColor(
    cli
      .command('explain')
      .description("print a rule's documentation")
      .argument('<rule>', 'rule id, e.g. falco/version-advisory'),
  ).action(async (id: string, options: { color?: boolean }) => {
    const { runExplain } = await import('./explain.js');
    process.stdout.write(runExplain(id, options.color));
  });
  return cli;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await program().parseAsync([...argv], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help'
        ? EXIT.ok
        : EXIT.usage;
    }
    if (e instanceof UsageFailure) {
      process.stderr.write(`helmvet: ${e.message}\n`);
      return EXIT.usage;
    }
    const detail = process.env.HELMVET_DEBUG ? `\n${(e as Error).stack ?? ''}` : '';
    process.stderr.write(
      `helmvet: internal error: ${(e as Error).message ?? String(e)} (please report it; HELMVET_DEBUG=1 shows where)${detail}\n`,
    );
    return EXIT.internal;
  }
}
