// A YAML source file as read from disk: its text, its documents with node ranges, and positions.
import { LineCounter, parseAllDocuments, type Document } from 'yaml';

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
  lines: LineCounter;
  /** True for Secrets and secretGenerator inputs: their text never appears in output. */
  sensitive: boolean;
}

export interface Position {
  line: number;
  column: number;
}

/** yaml's parser options used for every document helmvet reads, in files or embedded in strings. */
// YAML 1.1 as Helm and Kubernetes read it (go-yaml): merge keys, yes/no booleans.
export const YAML_OPTIONS = { version: '1.1', merge: true, uniqueKeys: true, prettyErrors: false, strict: true } as const;

export function parseSource(path: string, absPath: string, raw: string): SourceFile {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const lines = new LineCounter();
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
