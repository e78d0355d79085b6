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
import { createRule } from '../create-rule.js';

interface Outcome {
  severity: Severity;
  message: string;
  /** The duplicates the message speaks of (one, or the keys of two objects run together). */
  covers: readonly DuplicateKey[];
}

const lineOf = (file: SourceFile, d: DuplicateKey) => positionAt(file, d.first).line;

/** What reading the file does with one duplicate; undefined when nothing is lost. */
function outcome(file: SourceFile, d: DuplicateKey, c: Consumer | 'kustomization', rootOf: (document: number) => readonly DuplicateKey[]): Outcome | undefined {
  const o = (severity: Severity, message: string, covers: readonly DuplicateKey[] = [d]): Outcome => ({ severity, message, covers });
  const twice = `"${d.key}" is written twice in this map (first on line ${lineOf(file, d)})`;
  if (c === 'kustomization') return o('warning', `${twice}: kustomize keeps this later value and drops the whole earlier one; merge them into one`);
  switch (c.as) {
    case 'resource':
    case 'patch': {
      const inPatch = c.as === 'patch';
      if (inPatch && (c.strategy === 'json6902' || (c.strategy === 'either' && d.path[0] === '[]'))) {
        return o('warning', `${twice}: kustomize reads this JSON 6902 patch with the later value and ignores the first; keep one`);
      }
      if (inPatch) return o('warning', `${twice}: kustomize applies the first value of this strategic-merge patch and ignores this one; keep one`);
      const path = d.path.join('.');
      if (path === 'metadata' && d.key === 'annotations') {
        if (!d.conflicts?.length) return undefined;
        return o(
          'warning',
          `metadata.annotations is written twice (first on line ${lineOf(file, d)}): kustomize merges the two blocks and keeps the first block's ${d.conflicts.map((k) => `"${k}"`).join(', ')}, dropping what this block sets for ${d.conflicts.length > 1 ? 'them' : 'it'}; write one annotations block`,
        );
      }
      if (path === 'metadata.annotations') return o('warning', `annotation "${d.key}" is set twice (first on line ${lineOf(file, d)}): kustomize keeps this later value and drops the first; keep one`);
      const build = `kustomize build of ${c.by.file.path} fails on it ("mapping key already defined"), so nothing that kustomization lists is applied`;
      // Two objects written one after the other without `---`: their top-level keys repeat.
      const root = d.path.length === 0 ? rootOf(d.document) : [];
      if (root.some((x) => x.key === 'apiVersion') && root.some((x) => x.key === 'kind')) {
        return o(
          'error',
          `a second object starts without "---": ${root.map((x) => `"${x.key}"`).join(', ')} repeat the keys of the object above (line ${lineOf(file, root[0]!)}), and ${build}; put "---" on the line before this object`,
          root,
        );
      }
      return o('error', `${twice}: ${build}; keep one`);
    }
    case 'values':
      if (c.tool === 'kustomize') {
        return c.merge === 'merge'
          ? o('warning', `${twice}: with valuesMerge: merge, kustomize keeps the first value for helmCharts ${c.chart} and drops this one; keep one`)
          : o('error', `${twice}: kustomize build of ${c.by.file.path} fails when it merges these values with valuesInline of helmCharts ${c.chart} ("could not parse merged values into map"); keep one`);
      }
      return o('warning', `${twice}: Helm keeps this later value for ${c.title} and drops the first; keep one`);
    case 'generator':
      return undefined;
  }
}

const rank: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

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
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      if (file.duplicates.length === 0) continue;
      const consumers: (Consumer | 'kustomization')[] = isKustomizationFile(file.absPath) ? ['kustomization'] : [...ctx.model.consumers.of(file.absPath)];
      const roots = new Map<number, DuplicateKey[]>();
      for (const d of file.duplicates) {
        if (d.path.length > 0) continue;
        const list = roots.get(d.document);
        if (list) list.push(d);
        else roots.set(d.document, [d]);
      }
      const rootOf = (document: number) => roots.get(document) ?? [];
      const found = file.duplicates.flatMap((d) => consumers.map((c) => ({ d, o: outcome(file, d, c, rootOf) })).filter((x): x is { d: DuplicateKey; o: Outcome } => !!x.o));
      if (found.length === 0) continue;
      const worst = found.reduce((a, b) => (rank[b.o.severity] > rank[a.o.severity] || (rank[b.o.severity] === rank[a.o.severity] && b.d.start < a.d.start) ? b : a));
      const covered = new Set(worst.o.covers);
      const others = new Set(found.map((x) => x.d).filter((d) => !covered.has(d))).size;
      const more = others > 0 ? ` (${others.toLocaleString('en')} more key${others > 1 ? 's are' : ' is'} written twice in this file)` : '';
      ctx.report({ span: { file, start: worst.d.start, end: worst.d.end }, severity: worst.o.severity, message: `${worst.o.message}${more}` });
    }
  },
);
