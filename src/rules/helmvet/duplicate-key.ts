// A key written twice in one map, reported as the tool that reads the file treats it, once a file (the first of the
// most severe), and not at all where helmvet cannot tell which tool reads the file. What each tool does was read in
// its code (kustomize v5.8.1 kyaml and api, Helm's sigs.k8s.io/yaml, Flux kustomize-controller):
// - kustomize resources (and patches' targets) go through go-yaml v3 when the build writes its output: any duplicate
//   fails the build, "mapping key "x" already defined" (kubernetes-sigs/kustomize#3480, fixed to an error in 4.0.5) —
//   except `metadata.annotations` written twice, which kustomize's annotation clean-up merges (the first block wins
//   on a key both set), and a key twice inside one annotations block (the later wins);
// - a kustomization.yaml is read with sigs.k8s.io/yaml from 5.0.1 on (kustomize#5073): the later value wins;
// - a strategic-merge patch keeps the first value, a JSON 6902 patch the later;
// - Helm reads values with sigs.k8s.io/yaml, the later wins; kustomize's helmCharts merges valuesFile with
//   valuesInline itself and fails on a duplicate ("could not parse merged values into map", qdrant-helm#433), or with
//   `valuesMerge: merge` keeps the first;
// - a generator copies the file as text: whoever reads the ConfigMap decides, which helmvet cannot know.
import type { Severity } from '../../findings.js';
import { positionAt, type DuplicateKey, type SourceFile } from '../../load/source.js';
import { isKustomizationFile, type Consumer } from '../../model/consumers.js';
import { createRule, message } from '../create-rule.js';

type Twice = { key: string; firstLine: number; more: number };
const twice = (d: Twice) => `"${d.key}" is written twice in this map (first on line ${d.firstLine})`;
const more = (d: { more: number }) =>
  d.more ? ` (${d.more.toLocaleString('en')} more key${d.more > 1 ? 's are' : ' is'} written twice in this file)` : '';
const BUILD = (by: string) =>
  `kustomize build of ${by} fails on it ("mapping key already defined"), so nothing that kustomization lists is applied`;

const messages = {
  buildFails: message<Twice & { by: string }>({
    title: twice,
    why: (d) => `${BUILD(d.by)}${more(d)}`,
    help: () => 'keep one',
  }),
  runTogether: message<Twice & { by: string; keys: string[] }>({
    title: () => 'a second object starts without "---"',
    why: (d) =>
      `${d.keys.map((k) => `"${k}"`).join(', ')} repeat the keys of the object above (line ${d.firstLine}), and ${BUILD(d.by)}${more(d)}`,
    help: () => 'put "---" on the line before this object',
  }),
  annotationsMerged: message<Twice & { conflicts: string[] }>({
    title: (d) => `metadata.annotations is written twice (first on line ${d.firstLine})`,
    why: (d) =>
      `kustomize merges the two blocks and keeps the first block's ${d.conflicts.map((k) => `"${k}"`).join(', ')}, dropping what this block sets for ${d.conflicts.length > 1 ? 'them' : 'it'}${more(d)}`,
    help: () => 'write one annotations block',
  }),
  annotationTwice: message<Twice>({
    title: (d) => `annotation "${d.key}" is set twice (first on line ${d.firstLine})`,
    why: (d) => `kustomize keeps this later value and drops the first${more(d)}`,
    help: () => 'keep one',
  }),
  kustomizationLaterWins: message<Twice>({
    title: twice,
    why: (d) => `kustomize keeps this later value and drops the whole earlier one${more(d)}`,
    help: () => 'merge them into one',
  }),
  strategicPatchFirstWins: message<Twice>({
    title: twice,
    why: (d) => `kustomize applies the first value of this strategic-merge patch and ignores this one${more(d)}`,
    help: () => 'keep one',
  }),
  jsonPatchLaterWins: message<Twice>({
    title: twice,
    why: (d) => `kustomize reads this JSON 6902 patch with the later value and ignores the first${more(d)}`,
    help: () => 'keep one',
  }),
  valuesMergeFails: message<Twice & { by: string; chart: string }>({
    title: twice,
    why: (d) =>
      `kustomize build of ${d.by} fails when it merges these values with valuesInline of helmCharts ${d.chart} ("could not parse merged values into map")${more(d)}`,
    help: () => 'keep one',
  }),
  valuesMergeFirstWins: message<Twice & { chart: string }>({
    title: twice,
    why: (d) =>
      `with valuesMerge: merge, kustomize keeps the first value for helmCharts ${d.chart} and drops this one${more(d)}`,
    help: () => 'keep one',
  }),
  helmLaterWins: message<Twice & { release: string }>({
    title: twice,
    why: (d) => `Helm keeps this later value for ${d.release} and drops the first${more(d)}`,
    help: () => 'keep one',
  }),
};

type Id = keyof typeof messages;

interface Outcome {
  severity: Severity;
  messageId: Id;
  /** The data beyond key, firstLine and more. */
  data: Record<string, string | string[]>;
  /** The duplicates the finding speaks of (one, or the keys of two objects run together). */
  covers: readonly DuplicateKey[];
}

/** What reading the file does with one duplicate; undefined when nothing is lost. */
function outcome(
  d: DuplicateKey,
  c: Consumer | 'kustomization',
  rootOf: (document: number) => readonly DuplicateKey[],
): Outcome | undefined {
  const o = (
    severity: Severity,
    messageId: Id,
    data: Outcome['data'] = {},
    covers: readonly DuplicateKey[] = [d],
  ): Outcome => ({ severity, messageId, data, covers });
  if (c === 'kustomization') return o('warning', 'kustomizationLaterWins');
  switch (c.as) {
    case 'patch':
      return c.strategy === 'json6902' || (c.strategy === 'either' && d.path[0] === '[]')
        ? o('warning', 'jsonPatchLaterWins')
        : o('warning', 'strategicPatchFirstWins');
    case 'resource': {
      const path = d.path.join('.');
      if (path === 'metadata' && d.key === 'annotations')
        return d.conflicts?.length ? o('warning', 'annotationsMerged', { conflicts: d.conflicts }) : undefined;
      if (path === 'metadata.annotations') return o('warning', 'annotationTwice');
      // Two objects written one after the other without `---`: their top-level keys repeat.
      const root = d.path.length === 0 ? rootOf(d.document) : [];
      if (root.some((x) => x.key === 'apiVersion') && root.some((x) => x.key === 'kind'))
        return o('error', 'runTogether', { by: c.by.file.path, keys: root.map((x) => x.key) }, root);
      return o('error', 'buildFails', { by: c.by.file.path });
    }
    case 'values':
      if (c.tool === 'kustomize')
        return c.merge === 'merge'
          ? o('warning', 'valuesMergeFirstWins', { chart: c.chart })
          : o('error', 'valuesMergeFails', { by: c.by.file.path, chart: c.chart });
      return o('warning', 'helmLaterWins', { release: c.title });
    case 'generator':
      return undefined;
  }
}

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
const firstLine = (file: SourceFile, d: DuplicateKey) => positionAt(file, d.first).line;

export default createRule(
  {
    id: 'helmvet/duplicate-key',
    title: 'A key written twice in one map',
    severity: 'error',
    fixable: false,
    references: [
      'https://github.com/kubernetes-sigs/kustomize/issues/3480',
      'https://github.com/kubernetes-sigs/kustomize/pull/5073',
      'https://github.com/fluxcd/kustomize-controller/issues/880',
      'https://github.com/qdrant/qdrant-helm/issues/433',
    ],
    messages,
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      if (file.duplicates.length === 0) continue;
      const consumers: (Consumer | 'kustomization')[] = isKustomizationFile(file.absPath)
        ? ['kustomization']
        : [...ctx.model.consumers.of(file.absPath)];
      const roots = new Map<number, DuplicateKey[]>();
      for (const d of file.duplicates) {
        if (d.path.length > 0) continue;
        const list = roots.get(d.document);
        if (list) list.push(d);
        else roots.set(d.document, [d]);
      }
      const rootOf = (document: number) => roots.get(document) ?? [];
      const found = file.duplicates.flatMap((d) =>
        consumers
          .map((c) => ({ d, o: outcome(d, c, rootOf) }))
          .filter((x): x is { d: DuplicateKey; o: Outcome } => !!x.o),
      );
      if (found.length === 0) continue;
      const worst = found.reduce((a, b) =>
        rank[b.o.severity] > rank[a.o.severity] || (rank[b.o.severity] === rank[a.o.severity] && b.d.start < a.d.start)
          ? b
          : a,
      );
      const covered = new Set(worst.o.covers);
      const others = new Set(found.map((x) => x.d).filter((d) => !covered.has(d))).size;
      const first = worst.o.messageId === 'runTogether' ? worst.o.covers[0]! : worst.d;
      ctx.report({
        span: { file, start: worst.d.start, end: worst.d.end },
        severity: worst.o.severity,
        messageId: worst.o.messageId,
        data: { key: worst.d.key, firstLine: firstLine(file, first), more: others, ...worst.o.data },
      });
    }
  },
);
