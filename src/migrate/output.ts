// What a migration shows: a summary of every change with its reason and source, and a unified diff.
import { createTwoFilesPatch } from 'diff';
import { shortRef } from '../knowledge/advisories.js';
import pc from 'picocolors';
import { fileLine, positionAt } from '../load/source.js';
import type { MigrationPlan } from './plan.js';

export function summary(plan: MigrationPlan): string {
  const out: string[] = [`helmvet migrate: target chart ${plan.target}`];
  for (const r of plan.releases) {
    const changes = r.layers.flatMap((l) => l.log.changes);
    const manual = r.layers.flatMap((l) => l.log.manual);
    if (!r.version && changes.length === 0 && manual.length === 0 && r.notes.length === 0) continue;
    const moves = r.version?.resolves && r.version.resolves !== r.from;
    out.push(
      '',
      `${r.title} (${fileLine(r.file, r.at)})${r.from ? `: chart ${r.from}${moves ? ` → ${r.version!.resolves!}` : ''}` : ''}`,
    );
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

const link = (url: string) => `[${shortRef(url) === url ? 'source' : shortRef(url)}](${url})`;
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** The summary as the body of a pull request: every change with its reason and sources. */
export function summaryMarkdown(plan: MigrationPlan): string {
  const out: string[] = [
    `helmvet migrates the Falco deployments below to chart **${plan.target}**. Every change lists why and its source; what could not be mapped safely is listed for a person.`,
  ];
  for (const r of plan.releases) {
    const changes = r.layers.flatMap((l) => l.log.changes.map((c) => ({ l, c })));
    const manual = r.layers.flatMap((l) => l.log.manual.map((m) => ({ l, m })));
    if (!r.version && !changes.length && !manual.length) continue;
    out.push(
      '',
      `### ${r.title}`,
      '',
      `\`${r.file.path}\`${r.from ? `: chart ${r.from}${r.version?.resolves ? ` → ${r.version.resolves}` : ''}` : ''}`,
      '',
    );
    if (r.version) out.push(`- version: ${r.version.note}`);
    for (const { l, c } of changes)
      out.push(`- ${code(c.path)} (${l.label}): ${c.what}; ${c.why} ${c.sources.map(link).join(' ')}`);
    for (const { l, m } of manual)
      out.push(`- **left for you**: ${code(m.path)} (${l.label}): ${m.note} ${m.sources.map(link).join(' ')}`);
    for (const n of r.notes) out.push(`- note: ${n}`);
  }
  for (const r of plan.refused) out.push('', `**Not migrated**: ${code(r.file.path)}: ${r.reason}`);
  out.push(
    '',
    '_Opened by [helmvet](https://github.com/helmvet/helmvet) `migrate`; run it again to update this pull request._',
  );
  return `${out.join('\n')}\n`;
}

/** The unified diff of every planned file; coloured as git colours a diff, for a terminal. */
export function unifiedDiff(plan: MigrationPlan, color = false): string {
  const diff = plan.files
    .map((f) =>
      createTwoFilesPatch(`a/${f.file.path}`, `b/${f.file.path}`, f.file.text, f.after, '', '', { context: 3 }),
    )
    .join('');
  if (!color) return diff;
  const c = pc.createColors(true);
  return diff
    .split('\n')
    .map((l) =>
      l.startsWith('+++') || l.startsWith('---') || l.startsWith('Index:') || l.startsWith('====')
        ? c.bold(l)
        : l.startsWith('@@')
          ? c.cyan(l)
          : l.startsWith('+')
            ? c.green(l)
            : l.startsWith('-')
              ? c.red(l)
              : l,
    )
    .join('\n');
}

/** `helmvet migrate --format json`: the plan as data, for scripts (schemaVersion 1). */
export function planJson(plan: MigrationPlan): string {
  const at = (file: MigrationPlan['files'][number]['file'], offset: number) => ({
    file: file.path,
    line: positionAt(file, offset).line,
  });
  return `${JSON.stringify(
    {
      schemaVersion: 1,
      target: plan.target,
      pending: plan.files.length > 0,
      releases: plan.releases.map((r) => ({
        title: r.title,
        ...at(r.file, r.at),
        from: r.from ?? null,
        to: r.to,
        version: r.version
          ? { text: r.version.text, resolves: r.version.resolves ?? null, note: r.version.note }
          : null,
        layers: r.layers.map((l) => ({
          label: l.label,
          file: l.file.path,
          changes: l.log.changes,
          manual: l.log.manual,
        })),
        notes: r.notes,
      })),
      files: plan.files.map((f) => ({
        file: f.file.path,
        diff: createTwoFilesPatch(`a/${f.file.path}`, `b/${f.file.path}`, f.file.text, f.after, '', '', { context: 3 }),
      })),
      refused: plan.refused.map((r) => ({ file: r.file.path, reason: r.reason })),
    },
    null,
    2,
  )}\n`;
}
