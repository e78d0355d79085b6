// `helmvet lint [PATH...]`
import { readFileSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { ConfigError, loadConfig, ruleSetting, unknownRule, type Config } from '../config/config.js';
import { writeFileAtomic } from '../edit/atomic.js';
import { lint } from '../engine/lint.js';
import { countFailing, type Severity } from '../findings.js';
import { loadKnowledge } from '../knowledge/index.js';
import { UsageError } from '../load/discover.js';
import { render, type FormatName as Format } from '../report/index.js';
import { plural } from '../report/phrases.js';

import { RULES, RULES_BY_ID } from '../rules/index.js';
import { useColor } from './color.js';
import { EXIT, UsageFailure } from './errors.js';

export interface LintCliOptions {
  format: Format;
  /** `--no-error-on-unmatched-pattern`: a run that checks nothing exits 0 (for hooks whose staged files may all be ignored). */
  errorOnUnmatchedPattern?: boolean;
  output?: string;
  failOn: Severity | 'none';
  config?: string;
  rule: string[];
  color?: boolean;
  /** Errors only, as ESLint's --quiet. */
  quiet?: boolean;
  /** Exit 1 when there are more warnings than this. */
  maxWarnings?: number;
  stdin?: boolean;
  stdinFilename?: string;
  printConfig?: string;
  /** `--no-summary`: without the Falco deployments block. */
  summary?: boolean;
}

/** The rules and severities in force for one file, as `--print-config FILE` prints them. */
function printConfig(
  file: string,
  config: Config,
  overrides: Readonly<Record<string, Severity | 'off'>>,
  cwd: string,
): string {
  const abs = resolve(cwd, file);
  const rel = relative(config.path ? dirname(config.path) : cwd, abs)
    .split(sep)
    .join('/');
  const rules = Object.fromEntries(
    RULES.map((r) => [r.meta.id, overrides[r.meta.id] ?? ruleSetting(config, r.meta.id, rel) ?? r.meta.severity]),
  );
  return `${JSON.stringify({ file: relative(cwd, abs).split(sep).join('/') || file, config: config.path ? relative(cwd, config.path).split(sep).join('/') : null, ignore: config.ignore, mirrors: config.mirrors, rules }, null, 2)}\n`;
}

export function parseRuleOptions(list: readonly string[]): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const item of list) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(item.trim());
    if (!m) throw new UsageFailure(`--rule ${item}: expected ID=off|info|warning|error`);
    if (!RULES_BY_ID.has(m[1]!))
      throw new UsageFailure(`--rule ${item}: ${unknownRule(m[1]!, new Set(RULES_BY_ID.keys()))}`);
    out[m[1]!] = m[2] as Severity | 'off';
  }
  return out;
}

/** `-o FILE`: written atomically; a path that cannot take it is a usage error, one line. */
export function writeReport(output: string, text: string): void {
  let isDir = false;
  try {
    isDir = statSync(output).isDirectory();
  } catch {
    // Not there yet: written below.
  }
  if (isDir) throw new UsageFailure(`-o ${output}: is a directory; name a file`);
  try {
    writeFileAtomic(output, text);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `directory ${dirname(output)} does not exist`
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : code === 'EROFS'
            ? 'read-only file system'
            : code === 'EISDIR'
              ? 'is a directory; name a file'
              : `cannot be written (${code ?? (e as Error).message})`;
    throw new UsageFailure(`-o ${output}: ${why}`);
  }
}

export function runLint(paths: readonly string[], options: LintCliOptions, cwd = process.cwd()): number {
  let config;
  try {
    config = loadConfig(cwd, options.config, new Set(RULES_BY_ID.keys()));
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageFailure(e.message);
    throw e;
  }
  const ruleOverrides = parseRuleOptions(options.rule);
  if (options.printConfig) {
    process.stdout.write(printConfig(options.printConfig, config, ruleOverrides, cwd));
    return EXIT.ok;
  }
  if (options.stdinFilename && !options.stdin) throw new UsageFailure('--stdin-filename goes with --stdin');
  // --stdin: the text stands for a file (it need not exist on disk); the repository around it is read as context.
  const stdin = options.stdin
    ? { path: resolve(cwd, options.stdinFilename ?? 'stdin.yaml'), text: readFileSync(0, 'utf8') }
    : undefined;
  if (stdin && paths.length) throw new UsageFailure('--stdin lints standard input: pass no paths with it');
  const knowledge = loadKnowledge();
  if (knowledge.cacheProblem)
    process.stderr.write(`helmvet: ${knowledge.cacheProblem}; linting with the bundled facts\n`);
  let result;
  try {
    result = lint({
      cwd,
      knowledge,
      paths: stdin ? [stdin.path] : paths.length ? paths : ['.'],
      config,
      ruleOverrides,
      ...(stdin ? { overlay: new Map([[stdin.path, stdin.text]]) } : {}),
    });
  } catch (e) {
    if (e instanceof UsageError) throw new UsageFailure(e.message);
    throw e;
  }
  if (options.quiet) result = { ...result, findings: result.findings.filter((f) => f.severity === 'error') };
  if (options.summary === false) result = { ...result, releases: [] };
  // What was given but checked nothing is said, one line each; a run that checked nothing at all is a usage error,
  // as in ESLint ("No files matching the pattern"), unless --no-error-on-unmatched-pattern.
  for (const s of result.skipped) process.stderr.write(`helmvet: ${s.path} ${s.detail}; nothing in it is checked\n`);
  if (result.files === 0 && options.errorOnUnmatchedPattern !== false) {
    const why = result.templates ? ` (${plural(result.templates, 'template')}, which helmvet does not lint)` : '';
    throw new UsageFailure(
      `no YAML files checked under ${(paths.length ? paths : ['.']).join(', ')}${why}; pass --no-error-on-unmatched-pattern to accept that`,
    );
  }
  // Colour on a terminal, never in a file; only the terminal format has any.
  const color = !options.output && options.format === 'stylish' && useColor(options.color, process.stdout);
  const width = !options.output && process.stdout.isTTY ? process.stdout.columns : undefined;
  const text = render(options.format, result, { color, ...(width ? { width } : {}) });
  if (options.output) writeReport(options.output, text);
  else process.stdout.write(text);
  const warnings = result.findings.filter((f) => f.severity === 'warning').length;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    process.stderr.write(`helmvet: ${plural(warnings, 'warning')}, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT.findings;
  }
  return countFailing(result.findings, options.failOn) > 0 ? EXIT.findings : EXIT.ok;
}
