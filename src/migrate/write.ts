// Writes a verified migration: each file atomically, and only if it still holds what was read.
import { readFileSync } from 'node:fs';
import { writeFileAtomic, type AtomicFs } from '../edit/atomic.js';
import { withBom } from '../load/source.js';
import type { MigrationPlan } from './plan.js';

export interface WriteResult {
  written: string[];
  skipped: { path: string; reason: string }[];
}

export function writePlan(plan: MigrationPlan, fs?: AtomicFs): WriteResult {
  const result: WriteResult = { written: [], skipped: [] };
  for (const f of plan.files) {
    const expected = withBom(f.file, f.file.text);
    let current: string;
    try {
      current = readFileSync(f.file.absPath, 'utf8');
    } catch (e) {
      result.skipped.push({
        path: f.file.path,
        reason: `cannot read it again (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      });
      continue;
    }
    if (current !== expected) {
      result.skipped.push({
        path: f.file.path,
        reason: 'it changed on disk since helmvet read it; run helmvet migrate again',
      });
      continue;
    }
    try {
      writeFileAtomic(f.file.absPath, withBom(f.file, f.after), fs);
      result.written.push(f.file.path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      result.skipped.push({
        path: f.file.path,
        reason:
          code === 'EACCES' || code === 'EPERM'
            ? 'permission denied (is it read-only?)'
            : `cannot write it (${code ?? (e as Error).message})`,
      });
    }
  }
  return result;
}
