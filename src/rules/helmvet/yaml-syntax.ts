// YAML that does not parse. One finding a file, at the first error (what follows it is mostly the parser's
// confusion), saying what the tool that reads the file does with it: kustomize fails the build of the kustomization
// that lists it, Helm fails on values, a generator only copies the text. Templates are not YAML until rendered: the
// loader does not parse them (src/load/templates.ts).
import { isKustomizationFile, type Consumer } from '../../model/consumers.js';
import type { SourceFile } from '../../load/source.js';
import { createRule } from '../create-rule.js';

/** A Kubernetes manifest by its text: an apiVersion and a kind at the start of lines. */
const MANIFEST = /^apiVersion:[^\n]*\n(?:[^\n]*\n)*?kind:|^kind:[^\n]*\n(?:[^\n]*\n)*?apiVersion:/m;

function consequence(file: SourceFile, consumers: readonly Consumer[]): string {
  if (isKustomizationFile(file.absPath)) return 'kustomize cannot read this kustomization, so nothing in its directory is built or applied';
  const c = consumers.find((x) => x.as !== 'generator') ?? consumers[0];
  switch (c?.as) {
    case 'resource':
    case 'patch':
      return `kustomize build of ${c.by.file.path} fails on this ${c.as === 'patch' ? 'patch' : 'file'}, so nothing that kustomization lists is applied`;
    case 'generator':
      return `kustomize copies this file as text into ${c.kind} ${c.name} (${c.by.file.path}), so whatever reads it from there as YAML fails on it`;
    case 'values':
      return c.tool === 'kustomize'
        ? `kustomize build of ${c.by.file.path} fails when it merges these values with valuesInline of helmCharts ${c.chart}`
        : `Helm cannot read these values, so ${c.title} fails to install or upgrade`;
    case undefined:
      return MANIFEST.test(file.text)
        ? 'kubectl, kustomize, Flux and Argo CD reject a manifest that does not parse, so nothing in this file is applied'
        : 'YAML parsers reject this file, so whatever reads it fails on it';
  }
}

export default createRule(
  {
    id: 'helmvet/yaml-syntax',
    title: 'YAML that does not parse',
    severity: 'error',
    fixable: false,
    references: ['https://yaml.org/spec/1.2.2/'],
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      const first = file.errors.reduce<(typeof file.errors)[number] | undefined>((a, e) => (!a || e.start < a.start ? e : a), undefined);
      if (!first) continue;
      const what = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const more = file.errors.length > 1 ? ` (the parser reports ${file.errors.length - 1} more error${file.errors.length > 2 ? 's' : ''} after it)` : '';
      // helmvet's own limits (nesting, size) are not YAML errors: what other tools do with the file is not known.
      const why = first.code === 'RESOURCE_EXHAUSTION' ? '' : `; ${consequence(file, ctx.model.consumers.of(file.absPath))}`;
      ctx.report({ span: { file, start: first.start, end: Math.max(first.start + 1, first.end) }, message: `${what}${more}${why}` });
    }
    for (const e of ctx.model.embeddedErrors) {
      ctx.report({ span: e.span, message: `${e.message.replace(/ at line \d+, column \d+:?$/, '')} in YAML held in a string; Helm fails on these values` });
    }
  },
);
