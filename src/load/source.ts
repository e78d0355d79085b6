// A YAML source file as read from disk: its text, its documents with node ranges, and positions.
import { Composer, isMap, isScalar, Lexer, LineCounter, Parser, visit, YAMLParseError, type CST, type Document } from 'yaml';

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
  /** Set when the text is over helmvet's size limits (MAX_TOKENS, MAX_DOCUMENTS) and was not parsed: the store reports it as unreadable. */
  overLimit?: string;
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

/**
 * Nesting deeper than this is not parsed: no GitOps file comes near it, and yaml's composer (and helmvet's walks of the
 * tree) recurse once per level. Counted as the nodes open at once while parsing (collections, and the scalar being
 * read), so that flow (`[[[`), indentation, compact (`- - -`, `? ? ?`) and mixed nesting are all caught.
 */
export const MAX_DEPTH = 500;

/**
 * More lexical tokens than this in one text are not parsed. Memory grows with tokens, not bytes: ordinary YAML has
 * about 0.15 tokens a byte (100 bytes of heap each), so this admits about 6 MiB of it, but 8 MiB of `- a` lines is
 * 8 million tokens, 16 seconds and 1.5 GB of syntax tree.
 */
export const MAX_TOKENS = 1_000_000;

/** More documents than this in one text are not parsed: each costs about 1 KB however small (`---` lines). */
export const MAX_DOCUMENTS = 50_000;

export interface ParsedYaml {
  /** The documents; when refused, one empty document that holds the refusal as a RESOURCE_EXHAUSTION error. */
  documents: Document.Parsed[];
  /** Why the text was not parsed: nested too deep, or over the size limits. */
  refused?: { reason: 'depth' | 'size'; offset: number; message: string };
}

/** One empty document that carries the refusal as its error, so that every reader of documents sees it. */
function refusalDocument(text: string, offset: number, message: string): Document.Parsed {
  const [doc] = Array.from(new Composer(YAML_OPTIONS).compose([], true, text.length));
  doc!.errors.push(new YAMLParseError([offset, offset], 'RESOURCE_EXHAUSTION', message));
  return doc!;
}

/**
 * yaml's parseAllDocuments, with helmvet's limits checked while the (iterative) parser reads, before the composer
 * (which recurses) or the syntax tree (which costs memory) can exhaust the stack or the heap. The parse loop is the
 * one yaml documents for a user-provided lexer; `parser.stack` holds the nodes open at this point.
 */
export function parseYaml(text: string, lineCounter?: LineCounter): ParsedYaml {
  const parser = new Parser(lineCounter?.addNewLine);
  let refused: ParsedYaml['refused'];
  function* limited(): Generator<CST.Token> {
    // Parser.parse() reports the first line itself; with next(), it is ours to report.
    lineCounter?.addNewLine(0);
    let tokens = 0;
    let documents = 0;
    for (const lexeme of new Lexer().lex(text)) {
      const at = parser.offset;
      for (const token of parser.next(lexeme)) {
        if (token.type === 'document' && ++documents > MAX_DOCUMENTS) {
          refused = { reason: 'size', offset: token.offset, message: `more than ${MAX_DOCUMENTS.toLocaleString('en')} YAML documents, over helmvet's limit for one text` };
          return;
        }
        yield token;
      }
      // stack[0] is the document; the rest are the nodes open at this point.
      if (parser.stack.length - 1 > MAX_DEPTH) {
        refused = { reason: 'depth', offset: at, message: `nested deeper than ${MAX_DEPTH} levels; helmvet does not parse it (no Kubernetes tool reads such a file)` };
        return;
      }
      if (++tokens > MAX_TOKENS) {
        refused = { reason: 'size', offset: at, message: `more than ${MAX_TOKENS.toLocaleString('en')} YAML tokens, over helmvet's limit for one text` };
        return;
      }
    }
    yield* parser.end();
  }
  const documents = Array.from(new Composer(YAML_OPTIONS).compose(limited()));
  return refused ? { documents: [refusalDocument(text, refused.offset, refused.message)], refused } : { documents };
}

/** Line starts counted from the text alone (a refused parse stopped counting where it stopped reading). */
function linesOf(text: string): LineCounter {
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines.addNewLine(at + 1);
  return lines;
}

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

export function parseSource(path: string, absPath: string, raw: string): SourceFile {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  const parsedLines = new LineCounter();
  const { documents, refused } = parseYaml(text, parsedLines);
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
    lines: refused ? linesOf(text) : parsedLines,
    sensitive: false,
    ...(refused?.reason === 'size' ? { overLimit: refused.message } : {}),
  };
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function positionAt(file: SourceFile, offset: number): Position {
  const { line, col } = file.lines.linePos(Math.max(0, Math.min(offset, file.text.length)));
  return { line, column: col };
}

/** A text of the file as the file holds it: with the BOM parseSource took off (a rewrite keeps it). */
export const withBom = (file: SourceFile, text: string) => (file.bom ? `\uFEFF${text}` : text);

/** `path:line` of an offset, as messages name a place in another file. */
export const fileLine = (file: SourceFile, offset: number) => `${file.path}:${positionAt(file, offset).line}`;

/** The text of a 1-based line, without its line ending. */
export function lineText(file: SourceFile, line: number): string {
  const starts = file.lines.lineStarts;
  const start = starts[line - 1] ?? file.text.length;
  const next = starts[line] ?? file.text.length;
  return file.text.slice(start, next).replace(/\r?\n$/, '');
}
