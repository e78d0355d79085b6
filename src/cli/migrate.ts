// `helmvet migrate [PATH...] [--to MAJOR|VERSION] [--write | --check]`
import { ConfigError, loadConfig } from '../config/config.js';
import { UsageError } from '../load/discover.js';
import { summary, unifiedDiff } from '../migrate/output.js';
import { TargetError } from '../migrate/plan.js';
import { verifiedPlan } from '../migrate/verify.js';
import { writePlan } from '../migrate/write.js';
import { RULES_BY_ID } from '../rules/index.js';
import { EXIT, UsageFailure } from './errors.js';

export interface MigrateCliOptions {
  to?: string;
  write?: boolean;
  check?: boolean;
  config?: string;
}

export function runMigrate(paths: readonly string[], options: MigrateCliOptions, cwd = process.cwd()): number {
  if (options.write && options.check) throw new UsageFailure('--write and --check do not go together');
  let plan;
  try {
    const config = loadConfig(cwd, options.config, new Set(RULES_BY_ID.keys()));
    plan = verifiedPlan({ cwd, paths: paths.length ? paths : ['.'], config, ...(options.to ? { to: options.to } : {}) });
  } catch (e) {
    if (e instanceof ConfigError || e instanceof UsageError || e instanceof TargetError) throw new UsageFailure(e.message);
    throw e;
  }
  const refused = plan.refused.length > 0;
  if (options.check) {
    process.stdout.write(summary(plan));
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
  const diff = unifiedDiff(plan);
  if (diff) process.stdout.write(`\n${diff}`);
  return refused ? EXIT.findings : EXIT.ok;
}
