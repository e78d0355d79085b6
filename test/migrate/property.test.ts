// Property: a migration never loses a value the user set. Values trees are generated over the keys the migration
// moves and keys it must leave alone, written in varied YAML styles with comments; after migrating to the newest
// major every value is at the place the chart expects now, the file parses, and a second run changes nothing.
import fc from 'fast-check';
import { Document, isCollection, parse, visit } from 'yaml';
import { describe, expect, it } from 'vitest';
import { migrateFiles } from '../helpers/migrate.js';
import { helmRelease } from '../helpers/repo.js';

type Leaf = [path: string, value: unknown];

/** Where a value written at `path` must be after migrating to chart 9 (the oracle, written apart from the code). */
function expectedAt(path: string, value: unknown): Leaf | undefined {
  const legacy = /^collectors\.(containerd|docker|crio)\.(enabled|socket)$/.exec(path);
  if (legacy) {
    const engine = legacy[1] === 'crio' ? 'cri' : legacy[1]!;
    return legacy[2] === 'socket'
      ? [`collectors.containerEngine.engines.${engine}.sockets.0`, value]
      : [`collectors.containerEngine.engines.${engine}.enabled`, value];
  }
  const metric = /^falco\.metrics\.(\w+)$/.exec(path);
  if (metric)
    return [
      `metrics.${metric[1]!.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase()).replace(/^convertMemoryToMb$/, 'convertMemoryToMB')}`,
      value,
    ];
  if (path.startsWith('falco.rules_file.')) return [path.replace('falco.rules_file.', 'falco.rules_files.'), value];
  if (path === 'driver.kind')
    return [
      'driver.kind',
      value === 'module' ? 'kmod' : value === 'modern-bpf' ? 'modern_ebpf' : value === 'ebpf' ? 'modern_ebpf' : value,
    ];
  if (path.startsWith('falco.grpc.') || path.startsWith('falco.grpc_output.')) return undefined;
  return [path, value];
}

function leaves(node: unknown, prefix = ''): Leaf[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => leaves(v, `${prefix}.${i}`));
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [[prefix, node]];
}

const socket = fc.constantFrom(
  '/run/containerd/containerd.sock',
  '/run/k3s/containerd/containerd.sock',
  '/var/run/docker.sock',
  '/run/crio/crio.sock',
);
const collector = fc.record({ enabled: fc.boolean(), socket }, { requiredKeys: [] });
const values = fc.record(
  {
    collectors: fc.record(
      { containerd: collector, docker: collector, crio: collector, kubernetes: fc.record({ enabled: fc.boolean() }) },
      { requiredKeys: [] },
    ),
    falco: fc.record(
      {
        json_output: fc.boolean(),
        metrics: fc.record(
          {
            enabled: fc.boolean(),
            interval: fc.constantFrom('1h', '15m'),
            output_rule: fc.boolean(),
            resource_utilization_enabled: fc.boolean(),
            convert_memory_to_mb: fc.boolean(),
          },
          { requiredKeys: [] },
        ),
        rules_file: fc.array(fc.constantFrom('/etc/falco/falco_rules.yaml', '/etc/falco/rules.d'), {
          minLength: 1,
          maxLength: 2,
        }),
        grpc: fc.record({ enabled: fc.boolean() }),
      },
      { requiredKeys: [] },
    ),
    driver: fc.record({ kind: fc.constantFrom('module', 'modern-bpf', 'ebpf', 'kmod', 'modern_ebpf', 'auto') }),
    tty: fc.boolean(),
    resources: fc.record({
      limits: fc.record({ cpu: fc.constantFrom('1000m', '2'), memory: fc.constantFrom('1024Mi') }),
    }),
    customRules: fc.dictionary(fc.constantFrom('a.yaml', 'b-rules.yaml'), fc.constantFrom('- macro: m', 'list: []')),
  },
  { requiredKeys: [] },
);

/** YAML text in a generated style: indentation, collections in flow style from some depth on, comments between lines. */
function write(tree: object, indent: number, flowLevel: number, commentEvery: number): string {
  const doc = new Document(tree);
  if (flowLevel > 0) {
    visit(doc, {
      Map: (_, node, path) => void (path.filter(isCollection).length >= flowLevel && (node.flow = true)),
      Seq: (_, node, path) => void (path.filter(isCollection).length >= flowLevel && (node.flow = true)),
    });
  }
  const text = doc.toString({ indent, lineWidth: 0 });
  return text
    .split('\n')
    .map((line, i) =>
      commentEvery && i % commentEvery === 1 && line.trim() && !line.trim().startsWith('-')
        ? `${line.match(/^ */)![0]}# note ${i}\n${line}`
        : line,
    )
    .join('\n');
}

describe('migrate keeps every value', () => {
  it('to the newest major, in generated values files', () => {
    fc.assert(
      fc.property(
        values,
        fc.constantFrom(2, 4),
        fc.constantFrom(0, 3, 4),
        fc.constantFrom(0, 2, 3),
        (tree, indent, flowLevel, commentEvery) => {
          const text = write(tree, indent, flowLevel, commentEvery);
          const m = migrateFiles({
            'falco/values.yaml': text,
            'falco/hr.yaml': helmRelease('4.22.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: v'),
            'falco/kustomization.yaml':
              'configMapGenerator:\n  - name: v\n    namespace: falco\n    files:\n      - values.yaml\n',
          });
          expect(m.plan.refused.map((r) => r.reason)).toEqual([]);
          const after = m.after['falco/values.yaml'] ?? text;
          const now = new Map(leaves(parse(after) ?? {}));
          for (const [path, value] of leaves(tree)) {
            const want = expectedAt(path, value);
            if (want) expect(now.get(want[0]), `${path} → ${want[0]}\n${text}\n---\n${after}`).toEqual(want[1]);
          }
          // Comments are kept, every one of them.
          for (const c of text.match(/# note \d+/g) ?? []) expect(after).toContain(c);
          const again = migrateFiles({
            'falco/values.yaml': after,
            'falco/hr.yaml':
              m.after['falco/hr.yaml'] ??
              helmRelease('4.22.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: v'),
            'falco/kustomization.yaml':
              'configMapGenerator:\n  - name: v\n    namespace: falco\n    files:\n      - values.yaml\n',
          });
          expect(again.plan.files).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
