// Files that are not YAML until a tool renders them. Decided from what consumes the file: a Helm chart's templates/
// are rendered by Helm; a file with Go-template or Jinja syntax where YAML structure would be (a line that starts
// with `{{`, `{%` or `{#`, outside any string) is rendered by its tool (Helm, Ansible, makejinja, gomplate, ...).
// helmvet lints what reaches the cluster, so it does not read them as YAML: their syntax errors and keys are the
// template's, not the manifest's.
import { existsSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { isScalar, visit, type Document } from 'yaml';

export interface Template {
  /** `helm`: a template of a Helm chart (its directory holds Chart.yaml); `text`: template syntax in the file. */
  renderedBy: 'helm' | 'text';
  /** Where the template syntax first stands (text templates); 0 for chart templates. */
  offset: number;
  /** The chart directory, for chart templates. */
  chart?: string;
}

/** The chart directory whose templates/ holds the file, if any: helm renders every file under templates/. */
export function chartOfTemplate(
  absPath: string,
  hasChartFile: (dir: string) => boolean = (dir) => existsSync(join(dir, 'Chart.yaml')),
): string | undefined {
  const parts = dirname(absPath).split(sep);
  for (let i = parts.length - 1; i > 0; i--) {
    if (parts[i] !== 'templates') continue;
    const chart = parts.slice(0, i).join(sep) || sep;
    if (hasChartFile(chart)) return chart;
  }
  return undefined;
}

/** Template syntax at the start of a line, after indentation and a sequence dash: `{{ range }}`, `{% if %}`, `{# #}`. */
const LINE_MARKER = /^[ \t]*(?:-[ \t]+)?\{[{%#]/gm;

/** Ranges of the scalars of the documents (a block scalar's lines may start with `{{`: an alertmanager template). */
function scalarRanges(documents: readonly Document.Parsed[]): [number, number][] {
  const out: [number, number][] = [];
  for (const doc of documents) {
    visit(doc, {
      Scalar(_, node) {
        if (isScalar(node) && node.range) out.push([node.range[0], node.range[1]]);
      },
    });
  }
  return out;
}

/**
 * The offset of the first template marker that stands where YAML structure would be, not inside a string; undefined
 * for YAML (the common case costs one regular-expression scan).
 */
export function textTemplateAt(text: string, documents: readonly Document.Parsed[]): number | undefined {
  LINE_MARKER.lastIndex = 0;
  let ranges: [number, number][] | undefined;
  for (let m = LINE_MARKER.exec(text); m; m = LINE_MARKER.exec(text)) {
    const at = m.index + m[0].length - 2;
    ranges ??= scalarRanges(documents);
    if (!ranges.some(([start, end]) => at >= start && at < end)) return at;
  }
  return undefined;
}
