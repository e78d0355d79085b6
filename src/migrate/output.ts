// What a migration shows: a summary of every change with its reason and source, and a unified diff.
import { createTwoFilesPatch } from 'diff';
import { positionAt } from '../load/source.js';
import type { MigrationPlan } from './plan.js';

export function summary(plan: MigrationPlan): string {
  const out: string[] = [`helmvet migrate: target chart ${plan.target}`];
  for (const r of plan.releases) {
    const changes = r.layers.flatMap((l) => l.log.changes);
    const manual = r.layers.flatMap((l) => l.log.manual);
    if (!r.version && changes.length === 0 && manual.length === 0 && r.notes.length === 0) continue;
    const moves = r.version?.resolves && r.version.resolves !== r.from;
    out.push('', `${r.title} (${r.file.path}:${positionAt(r.file, r.at).line})${r.from ? `: chart ${r.from}${moves ? ` → ${r.version!.resolves!}` : ''}` : ''}`);
    if (r.version) out.push(`  version: ${r.version.note}`);
    for (const l of r.layers) {
      if (!l.log.changes.length && !l.log.manual.length) continue;
      out.push(`  ${l.label} (${l.file.path}):`);
      for (const c of l.log.changes) out.push(`    ${c.path}: ${c.what}; ${c.why} [${c.sources.join(' ')}]`);
      for (const m of l.log.manual) out.push(`    left for you: ${m.path}: ${m.note} [${m.sources.join(' ')}]`);
    }
    for (const n of r.notes) out.push(`  note: ${n}`);
  }
  for (const r of plan.refused) out.push('', `not migrated: ${r.file.path}: ${r.reason}`);
  if (plan.files.length === 0) out.push('', 'nothing to change');
  return `${out.join('\n')}\n`;
}

export function unifiedDiff(plan: MigrationPlan): string {
  return plan.files.map((f) => createTwoFilesPatch(`a/${f.file.path}`, `b/${f.file.path}`, f.before, f.after, '', '', { context: 3 })).join('');
}
