// `helmvet lint [PATH...]`
import { ConfigError, loadConfig } from '../config/config.js';
import { writeFileAtomic } from '../edit/atomic.js';
import { lint } from '../engine/lint.js';
import { countFailing, type Severity } from '../findings.js';
import { UsageError } from '../load/discover.js';
import { render, type FormatName as Format } from '../report/index.js';
import { plural } from '../report/summary.js';

import { RULES_BY_ID } from '../rules/index.js';
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
}

export function parseRuleOptions(list: readonly string[]): Record<string, Severity | 'off'> {
  const out: Record<string, Severity | 'off'> = {};
  for (const item of list) {
    const m = /^([^=]+)=(off|info|warning|error)$/.exec(item.trim());
    if (!m) throw new UsageFailure(`--rule ${item}: expected ID=off|info|warning|error`);
    if (!RULES_BY_ID.has(m[1]!)) throw new UsageFailure(`--rule ${item}: unknown rule ${m[1]} (helmvet rules lists them)`);
    out[m[1]!] = m[2] as Severity | 'off';
  }
  return out;
}

export function runLint(paths: readonly string[], options: LintCliOptions, cwd = process.cwd()): number {
  let config;
  try {
    config = loadConfig(cwd, options.config, new Set(RULES_BY_ID.keys()));
  } catch (e) {
    if (e instanceof ConfigError) throw new UsageFailure(e.message);
    throw e;
  }
  let result;
  try {
    result = lint({ cwd, paths: paths.length ? paths : ['.'], config, ruleOverrides: parseRuleOptions(options.rule) });
  } catch (e) {
    if (e instanceof UsageError) throw new UsageFailure(e.message);
    throw e;
  }
  // What was given but checked nothing is said, one line each; a run that checked nothing at all is a usage error,
  // as in ESLint ("No files matching the pattern"), unless --no-error-on-unmatched-pattern.
  for (const s of result.skipped) process.stderr.write(`helmvet: ${s.path} ${s.detail}; nothing in it is checked\n`);
  if (result.files === 0 && options.errorOnUnmatchedPattern !== false) {
    const why = result.templates ? ` (${plural(result.templates, 'template')}, which helmvet does not lint)` : '';
    throw new UsageFailure(`no YAML files checked under ${(paths.length ? paths : ['.']).join(', ')}${why}; pass --no-error-on-unmatched-pattern to accept that`);
  }
  const color = options.output ? false : (options.color ?? (process.stdout.isTTY && !process.env.NO_COLOR && options.format === 'stylish'));
  const text = render(options.format, result, { color: !!color });
  if (options.output) writeFileAtomic(options.output, text);
  else process.stdout.write(text);
  return countFailing(result.findings, options.failOn) > 0 ? EXIT.findings : EXIT.ok;
}
