// Runs a verified migration over a repository written by a test and returns what each file would become.
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/engine/lint.js';
import { verifiedPlan, overlayOf } from '../../src/migrate/verify.js';
import type { MigrationPlan } from '../../src/migrate/plan.js';
import { writeRepo, type Files } from './repo.js';

export interface Migrated {
  dir: string;
  plan: MigrationPlan;
  /** New text (BOM included) of every file the migration changes, by path. */
  after: Record<string, string>;
  /** Lint of the migrated repository. */
  findings: { ruleId: string; file: string; message: string; severity: string }[];
}

export function migrateFiles(files: Files, to?: string): Migrated {
  const dir = writeRepo(files);
  return migrateDir(dir, to);
}

export function migrateDir(dir: string, to?: string): Migrated {
  const config = defaultConfig(dir);
  const plan = verifiedPlan({ cwd: dir, paths: ['.'], config, ...(to ? { to } : {}) });
  const overlay = overlayOf(plan);
  const after = Object.fromEntries(plan.files.map((f) => [f.file.path, overlay.get(f.file.absPath)!]));
  const result = lint({ cwd: dir, paths: ['.'], config, overlay });
  const findings = result.findings.map((f) => ({
    ruleId: f.ruleId,
    file: f.span.file.path,
    message: f.message,
    severity: f.severity,
  }));
  return { dir, plan, after, findings };
}
