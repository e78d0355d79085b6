// Fuzzing over the real corpus: each run takes one corpus file in its rebuilt repository, breaks it in a few small
// ways people and tools break YAML (a line deleted, inserted, duplicated, swapped or re-indented, a tab, a flipped
// character, a cut, an anchor or alias or merge key), and checks that
//   - lint never throws;
//   - the verified migration never throws, every file it would write parses, no user value of a rewritten layer is
//     lost (every leaf not under a key the change log moved or removed is still at its path, with its value), and a
//     second migration over the result changes nothing.
// Failures print the corpus file and the mutated text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { analyse, lint } from '../../src/engine/lint.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { parseSource } from '../../src/load/source.js';
import { layerKeys, type MigrationPlan } from '../../src/migrate/plan.js';
import { overlayOf, verifiedPlan } from '../../src/migrate/verify.js';
import type { VNode } from '../../src/model/values.js';
import { readIndex, rebuildRepos } from './corpus.js';

const rows = readIndex();
const repos = rebuildRepos(rows);
const targets = rows.map((row) => {
  const dir = repos.get(row.repo)!.dir;
  const path = join(dir, row.path);
  return { row, dir, path, text: readFileSync(path, 'utf8') };
});
const knowledge = loadKnowledge();

// ---- mutations ----

type Mutation =
  | { op: 'delete'; line: number }
  | { op: 'insert'; line: number; text: string }
  | { op: 'duplicate'; line: number }
  | { op: 'swap'; line: number; other: number }
  | { op: 'indent'; line: number; by: number }
  | { op: 'tab'; line: number; at: number }
  | { op: 'flip'; at: number; char: string }
  | { op: 'truncate'; at: number }
  | { op: 'anchor'; line: number; what: 'anchor' | 'alias' | 'merge' };

const SNIPPETS = [
  'driver:',
  '  kind: module',
  'collectors:',
  '  containerd:',
  '    enabled: true',
  '    socket: /run/k3s/containerd/containerd.sock',
  'falco:',
  '  metrics:',
  '    enabled: true',
  '  rules_file: [/etc/falco/falco_rules.yaml]',
  '  grpc:',
  '    enabled: true',
  '- item',
  'a: [1, 2',
  'b: {c: d',
  '"unterminated',
  '? [complex, key]',
  ': orphan value',
  '---',
  '...',
  '%YAML 1.1',
  'x: !!binary aGVsbG8=',
  'y: !custom tag',
  'z: |',
  '  block',
  '# a comment',
  '',
];
const CHARS = [
  ' ',
  '\t',
  ':',
  '-',
  '#',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '\n',
  '&',
  '*',
  '!',
  '|',
  '>',
  '%',
  '@',
  '`',
  '?',
  '\\',
  '\u00e9',
  '\u2028',
  '\u0000',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), line: fc.nat() }),
  fc.record({
    op: fc.constant('insert' as const),
    line: fc.nat(),
    text: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 24 })),
  }),
  fc.record({ op: fc.constant('duplicate' as const), line: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({ op: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ op: fc.constant('tab' as const), line: fc.nat(), at: fc.nat() }),
  fc.record({
    op: fc.constant('flip' as const),
    at: fc.nat(),
    char: fc.oneof(fc.constantFrom(...CHARS), fc.string({ minLength: 1, maxLength: 1 })),
  }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    op: fc.constant('anchor' as const),
    line: fc.nat(),
    what: fc.constantFrom('anchor' as const, 'alias' as const, 'merge' as const),
  }),
);

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = 'line' in m ? m.line % lines.length : 0;
  const line = lines[i]!;
  const indent = /^ */.exec(line)![0];
  switch (m.op) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'insert':
      lines.splice(i, 0, `${indent}${m.text}`);
      break;
    case 'duplicate':
      lines.splice(i, 0, line);
      break;
    case 'swap': {
      const j = m.other % lines.length;
      [lines[i], lines[j]] = [lines[j]!, line];
      break;
    }
    case 'indent':
      lines[i] = m.by >= 0 ? `${' '.repeat(m.by)}${line}` : line.slice(Math.min(-m.by, indent.length));
      break;
    case 'tab': {
      const at = m.at % (line.length + 1);
      lines[i] = `${line.slice(0, at)}\t${line.slice(at)}`;
      break;
    }
    case 'flip': {
      const at = m.at % Math.max(1, text.length);
      return `${text.slice(0, at)}${m.char}${text.slice(at + 1)}`;
    }
    case 'truncate':
      return text.slice(0, m.at % (text.length + 1));
    case 'anchor': {
      const colon = line.indexOf(': ');
      if (m.what === 'merge') lines.splice(i + 1, 0, `${indent}<<: *a`);
      else if (colon < 0) lines[i] = m.what === 'anchor' ? `${indent}&a ${line.slice(indent.length)}` : `${indent}*a`;
      else
        lines[i] =
          m.what === 'anchor'
            ? `${line.slice(0, colon + 2)}&a ${line.slice(colon + 2)}`
            : `${line.slice(0, colon + 2)}*a`;
      break;
    }
  }
  return lines.join('\n');
}

// ---- the properties' checks ----

/** Every leaf of a values tree (scalars, and empty maps and lists) by dotted path. */
function leaves(
  node: VNode | undefined,
  prefix: string[] = [],
  out = new Map<string, unknown>(),
): Map<string, unknown> {
  if (!node) return out;
  if (node.kind === 'scalar') out.set(prefix.join('.'), node.value);
  else if (node.kind === 'seq') {
    if (node.items.length === 0) out.set(prefix.join('.'), []);
    node.items.forEach((item, n) => leaves(item, [...prefix, String(n)], out));
  } else {
    if (node.entries.size === 0) out.set(prefix.join('.'), {});
    for (const e of node.entries.values()) leaves(e.value, [...prefix, e.key], out);
  }
  return out;
}

/** Values layers by the names verify.ts gives them across two analyses. */
function layersOf(analysis: MigrationPlan['analysis']): Map<string, VNode> {
  return new Map([...layerKeys(analysis)].map(([values, key]) => [key, values]));
}

/** What the runs exercised: a property that never reaches a migration proves little. */
const seen = { runs: 0, migrated: 0, leaves: 0 };

function check(target: (typeof targets)[number], text: string): void {
  seen.runs++;
  const where = `${target.row.file} mutated to:\n${text}\n`;
  const config = defaultConfig(target.dir);
  const options = { cwd: target.dir, paths: ['.'], config, knowledge };
  const attempt = <T>(what: string, run: () => T): T => {
    try {
      return run();
    } catch (e) {
      throw new Error(`${what} threw ${(e as Error).stack ?? String(e)}\non ${where}`);
    }
  };

  attempt('lint', () => lint(options));
  const plan = attempt('verifiedPlan', () => verifiedPlan(options));
  if (plan.files.length === 0) return;
  seen.migrated++;

  const overlay = overlayOf(plan);
  for (const f of plan.files) {
    const parsed = parseSource(f.file.path, f.file.absPath, overlay.get(f.file.absPath)!);
    expect(
      parsed.errors.map((e) => e.message),
      `${f.file.path} does not parse after the migration of ${where}---\n${f.after}`,
    ).toEqual([]);
  }

  const changed = new Set(plan.files.map((f) => f.file.absPath));
  const before = layersOf(plan.analysis);
  const after = layersOf(attempt('analyse after', () => analyse({ ...options, overlay })));
  for (const r of plan.releases) {
    for (const l of r.layers) {
      if (!changed.has(l.file.absPath)) continue;
      const key = l.key;
      const handled = l.log.changes.map((c) => c.path);
      const now = leaves(after.get(key));
      for (const [path, value] of leaves(before.get(key))) {
        if (handled.some((h) => path === h || path.startsWith(`${h}.`))) continue;
        // An empty key (`driver:`, null) the migration moved values into: they fill it (`ebpf.enabled` became
        // `driver.kind`), or, when a later step removes them again (`gvisor.runsc` moved to `driver.gvisor.runsc`, then
        // `driver.gvisor` removed for chart 9), src/migrate prunes the emptied key with them. Both found by this test.
        if (value === null && l.log.changes.some((c) => c.what.includes(` ${path}.`))) continue;
        seen.leaves++;
        expect(
          now.has(path) ? now.get(path) : '<missing>',
          `${l.label}: ${path} lost in ${l.file.path}; ${where}`,
        ).toEqual(value);
      }
    }
  }

  const again = attempt('second verifiedPlan', () => verifiedPlan({ ...options, overlay }));
  expect(
    again.files.map((f) => `${f.file.path}\n${f.after}`),
    `a second migration still changes files of ${where}`,
  ).toEqual([]);
  const refusedBefore = new Set(plan.refused.map((x) => x.file.absPath));
  expect(
    again.refused.filter((x) => !refusedBefore.has(x.file.absPath)).map((x) => `${x.file.path}: ${x.reason}`),
    `second run of ${where}`,
  ).toEqual([]);
}

/** Counterexamples fuzzing found once, run every time. */
const FOUND: [string, Mutation[]][] = [
  [
    'onedr0p__home-ops__deployments__falco-system__falco.yaml',
    [
      { op: 'anchor', line: 0, what: 'merge' },
      { op: 'duplicate', line: 0 },
      { op: 'insert', line: 878833196, text: 'driver:' },
    ],
  ],
  [
    'no1here0003__home-ops__kubernetes__apps__security__falco__app__helmrelease.yaml',
    [
      { op: 'delete', line: 504055501 },
      { op: 'swap', line: 1291584361, other: 1491760637 },
    ],
  ],
  // A helm.values block cut at the end of the file: migrate looped until out of memory.
  ['vyrti__infra-hetzner-rancher-gitops__apps__falco.yaml', [{ op: 'truncate', at: 832171456 }]],
];
const EXAMPLES = FOUND.map(([file, mutations]): [number, Mutation[]] => [
  targets.findIndex((t) => t.row.file === file),
  mutations,
]).filter(([index]) => index >= 0);

/** About 20 ms a run; CI's 2 cores keep the file well under a minute. HELMVET_FUZZ_RUNS=20000 fuzzes longer. */
const RUNS = Number(process.env.HELMVET_FUZZ_RUNS ?? 1000);

describe('fuzzing the corpus', () => {
  it('lint never throws; migrate never throws, writes only YAML that parses, keeps every user value, and is idempotent', () => {
    expect(targets.length).toBeGreaterThanOrEqual(90);
    fc.assert(
      fc.property(
        fc.nat({ max: targets.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (index, mutations) => {
          const target = targets[index]!;
          const text = mutations.reduce(mutate, target.text);
          writeFileSync(target.path, text);
          try {
            check(target, text);
          } finally {
            writeFileSync(target.path, target.text);
          }
        },
      ),
      { numRuns: RUNS, examples: EXAMPLES },
    );
    console.log(`fuzz: ${seen.runs} runs, ${seen.migrated} with a migration, ${seen.leaves} user values checked`);
    // About half the runs reach a migration (the Falco files of the corpus, mostly still migratable once broken).
    expect(seen.migrated).toBeGreaterThan(RUNS / 10);
  });

  it('the unmutated corpus passes the same checks (the properties hold where nothing is broken)', () => {
    for (const target of targets) check(target, target.text);
  });
});
