// YAML that does not parse. One finding a file, at the first error (what follows it is mostly the parser's
// confusion), saying what the tool that reads the file does with it: kustomize fails the build of the kustomization
// that lists it, Helm fails on values, a generator only copies the text. Templates are not YAML until rendered: the
// loader does not parse them (src/load/templates.ts).
import { isKustomizationFile, type Consumer } from '../../model/consumers.js';
import type { SourceFile } from '../../load/source.js';
import { createRule, message } from '../create-rule.js';

/** A Kubernetes manifest by its text: an apiVersion and a kind at the start of lines. */
const MANIFEST = /^apiVersion:[^\n]*\n(?:[^\n]*\n)*?kind:|^kind:[^\n]*\n(?:[^\n]*\n)*?apiVersion:/m;

/** Who reads the file, as data: what the finding says breaks. */
type Reader =
  | { reader: 'kustomization' }
  | { reader: 'kustomize'; by: string; as: 'file' | 'patch' }
  | { reader: 'generator'; by: string; target: string }
  | { reader: 'kustomize-values'; by: string; chart: string }
  | { reader: 'helm'; release: string }
  | { reader: 'manifest' }
  | { reader: 'unknown' };

function readerOf(file: SourceFile, consumers: readonly Consumer[]): Reader {
  if (isKustomizationFile(file.absPath)) return { reader: 'kustomization' };
  const c = consumers.find((x) => x.as !== 'generator') ?? consumers[0];
  switch (c?.as) {
    case 'resource':
    case 'patch':
      return { reader: 'kustomize', by: c.by.file.path, as: c.as === 'patch' ? 'patch' : 'file' };
    case 'generator':
      return { reader: 'generator', by: c.by.file.path, target: `${c.kind} ${c.name}` };
    case 'values':
      return c.tool === 'kustomize'
        ? { reader: 'kustomize-values', by: c.by.file.path, chart: c.chart }
        : { reader: 'helm', release: c.title };
    case undefined:
      return MANIFEST.test(file.text) ? { reader: 'manifest' } : { reader: 'unknown' };
  }
}

function consequence(d: Reader): string {
  switch (d.reader) {
    case 'kustomization':
      return 'kustomize cannot read this kustomization, so nothing in its directory is built or applied';
    case 'kustomize':
      return `kustomize build of ${d.by} fails on this ${d.as}, so nothing that kustomization lists is applied`;
    case 'generator':
      return `kustomize copies this file as text into ${d.target} (${d.by}), so whatever reads it from there as YAML fails on it`;
    case 'kustomize-values':
      return `kustomize build of ${d.by} fails when it merges these values with valuesInline of helmCharts ${d.chart}`;
    case 'helm':
      return `Helm cannot read these values, so ${d.release} fails to install or upgrade`;
    case 'manifest':
      return 'kubectl, kustomize, Flux and Argo CD reject a manifest that does not parse, so nothing in this file is applied';
    case 'unknown':
      return 'YAML parsers reject this file, so whatever reads it fails on it';
  }
}

export default createRule(
  {
    id: 'helmvet/yaml-syntax',
    title: 'YAML that does not parse',
    severity: 'error',
    fixable: false,
    references: ['https://yaml.org/spec/1.2.2/'],
    messages: {
      syntax: message<Reader & { error: string; more: number }>({
        title: (d) => d.error,
        why: (d) =>
          `${consequence(d)}${d.more ? ` (the parser reports ${d.more} more error${d.more > 1 ? 's' : ''} after this one)` : ''}`,
        help: () => 'fix the syntax here; what follows may parse once it is fixed',
      }),
      limit: message<{ error: string }>({
        title: (d) => d.error,
        why: () => 'helmvet does not read the file, so nothing in it is checked',
        help: () => 'split the file, or check that it is meant to be in the repository',
      }),
      embedded: message<{ error: string }>({
        title: (d) => `${d.error} in YAML held in a string`,
        why: () => 'Helm fails on these values',
        help: () => 'fix the YAML inside the string',
      }),
    },
  },
  (ctx) => {
    for (const file of ctx.model.files) {
      const first = file.errors.reduce<(typeof file.errors)[number] | undefined>(
        (a, e) => (!a || e.start < a.start ? e : a),
        undefined,
      );
      if (!first) continue;
      const error = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
      const span = { file, start: first.start, end: Math.max(first.start + 1, first.end) };
      // helmvet's own limits (nesting, size) are not YAML errors: what other tools do with the file is not known.
      if (first.code === 'RESOURCE_EXHAUSTION') ctx.report({ span, messageId: 'limit', data: { error } });
      else
        ctx.report({
          span,
          messageId: 'syntax',
          data: { error, more: file.errors.length - 1, ...readerOf(file, ctx.model.consumers.of(file.absPath)) },
        });
    }
    for (const e of ctx.model.embeddedErrors)
      ctx.report({
        span: e.span,
        messageId: 'embedded',
        data: { error: e.message.replace(/ at line \d+, column \d+:?$/, '') },
      });
  },
);
