// A YAML source file as read from disk: its text, its documents with node ranges, and positions.
import { isMap, isScalar, LineCounter, parseAllDocuments, visit, type Document } from 'yaml';

export interface SourceFile {
  /** Relative to the working directory, with `/`. */
  path: string;
  absPath: string;
  /** The text without a leading BOM; every offset in helmvet is into this string. */
  text: string;
  bom: boolean;
  eol: '\n' | '\r\n';
  /** The parsed documents, while the model needs them: files that hold only objects let them go once modelled. */
  documents: Document.Parsed[];
  /** Syntax errors of every document, kept when the documents are let go. */
  errors: { start: number; end: number; message: string }[];
  /** Where each document starts and ends. */
  documentRanges: [number, number][];
  /** Keys written twice in one map: the later one wins, as in Helm; Kubernetes tooling rejects the object. */
  duplicates: DuplicateKey[];
  lines: LineCounter;
  /** True for Secrets and secretGenerator inputs: their text never appears in output. */
  sensitive: boolean;
}

export interface DuplicateKey {
  key: string;
  /** The later occurrence, which wins. */
  start: number;
  end: number;
  /** The earlier one. */
  first: number;
  /** In a Kubernetes object (apiVersion and kind), not plain values. */
  inObject: boolean;
}

export interface Position {
  line: number;
  column: number;
}

/**
 * yaml's parser options for every document helmvet reads, in files or embedded in strings: YAML 1.1 as Helm and
 * Kubernetes read it (go-yaml: merge keys, yes/no booleans); duplicate keys are read (the last one wins, as in Helm)
 * and reported by helmvet/duplicate-key rather than failing the parse.
 */
export const YAML_OPTIONS = { version: '1.1', merge: true, uniqueKeys: false, prettyErrors: false, strict: true } as const;

/** Nesting deeper than this is not parsed: no GitOps file comes near it, and the parser recurses. */
export const MAX_DEPTH = 500;

function duplicatesOf(doc: Document.Parsed): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  const inObject = isMap(doc.contents) && doc.contents.has('apiVersion') && doc.contents.has('kind');
  visit(doc, {
    Map(_, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || typeof pair.key.value === 'symbol' || !pair.key.range) continue;
        const key = String(pair.key.value);
        const first = seen.get(key);
        if (first !== undefined) out.push({ key, start: pair.key.range[0], end: pair.key.range[1], first, inObject });
        else seen.set(key, pair.key.range[0]);
      }
    },
  });
  return out;
}

/** The deepest bracket or indentation nesting of a text, cheaply: flow brackets and leading spaces. */
function tooDeep(text: string): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 || c === 123) {
      if (++depth > MAX_DEPTH) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return /^ {1000,}\S/m.test(text);
}

export function parseSource(path: string, absPath: string, raw: string): SourceFile {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const lines = new LineCounter();
  if (tooDeep(text)) {
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
    const message = `nested deeper than ${MAX_DEPTH} levels; helmvet does not parse it (no Kubernetes tool reads such a file)`;
    return { path, absPath, text, bom, eol: /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n', documents: [], errors: [{ start: 0, end: 0, message }], documentRanges: [], duplicates: [], lines, sensitive: false };
  }
  const parsed = parseAllDocuments(text, { ...YAML_OPTIONS, lineCounter: lines });
  const documents = Array.isArray(parsed) ? parsed : [];
  return {
    path,
    absPath,
    text,
    bom,
    eol: /\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n',
    documents,
    errors: documents.flatMap((d) => d.errors.map((e) => ({ start: e.pos[0], end: e.pos[1], message: e.message }))),
    documentRanges: documents.map((d) => [d.range[0], d.range[2]]),
    duplicates: documents.flatMap(duplicatesOf),
    lines,
    sensitive: false,
  };
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function positionAt(file: SourceFile, offset: number): Position {
  const { line, col } = file.lines.linePos(Math.max(0, Math.min(offset, file.text.length)));
  return { line, column: col };
}

/** The text of a 1-based line, without its line ending. */
export function lineText(file: SourceFile, line: number): string {
  const starts = file.lines.lineStarts;
  const start = starts[line - 1] ?? file.text.length;
  const next = starts[line] ?? file.text.length;
  return file.text.slice(start, next).replace(/\r?\n$/, '');
}
