// A YAML source file as read from disk: its text, its documents with node ranges, and positions.
import {
  Composer,
  isMap,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  visit,
  YAMLParseError,
  type CST,
  type Document,
  type Pair,
  type Scalar,
  type YAMLMap,
} from 'yaml';
import { textTemplateAt, type Template } from './templates.js';

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
  errors: { start: number; end: number; message: string; code: string }[];
  /** Where each document starts and ends. */
  documentRanges: [number, number][];
  /** Keys written twice in one map: the later one wins, as in Helm; Kubernetes tooling rejects the object. */
  duplicates: DuplicateKey[];
  lines: LineCounter;
  /** True for Secrets and secretGenerator inputs: their text never appears in output. */
  sensitive: boolean;
  /** Set when the text is over helmvet's size limits (MAX_TOKENS, MAX_DOCUMENTS) and was not parsed: the store reports it as unreadable. */
  overLimit?: string;
  /** Set for a file that is not YAML until a tool renders it: it has no documents, errors or duplicates of its own. */
  template?: Template;
}

export interface DuplicateKey {
  key: string;
  /** The later occurrence. */
  start: number;
  end: number;
  /** The earlier one. */
  first: number;
  /** The keys from the document's root to the map that holds both (`[]` for a sequence item). */
  path: string[];
  /** The document's index in the file. */
  document: number;
  /** Both values are maps: the keys they both set to different values (a reader that merges them keeps one of each). */
  conflicts?: string[];
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
export const YAML_OPTIONS = {
  version: '1.1',
  merge: true,
  uniqueKeys: false,
  prettyErrors: false,
  strict: true,
} as const;

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
          refused = {
            reason: 'size',
            offset: token.offset,
            message: `more than ${MAX_DOCUMENTS.toLocaleString('en')} YAML documents, over helmvet's limit for one text`,
          };
          return;
        }
        yield token;
      }
      // stack[0] is the document; the rest are the nodes open at this point.
      if (parser.stack.length - 1 > MAX_DEPTH) {
        refused = {
          reason: 'depth',
          offset: at,
          message: `nested deeper than ${MAX_DEPTH} levels; helmvet does not parse it (no Kubernetes tool reads such a file)`,
        };
        return;
      }
      if (++tokens > MAX_TOKENS) {
        refused = {
          reason: 'size',
          offset: at,
          message: `more than ${MAX_TOKENS.toLocaleString('en')} YAML tokens, over helmvet's limit for one text`,
        };
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

/**
 * A key as the readers of Kubernetes YAML compare keys: a plain scalar by its text (go-yaml v3 reads `0010` and `0008`
 * as different keys, whatever number they stand for), a quoted one by its value.
 */
const keyText = (key: Scalar) =>
  key.type === 'PLAIN' && key.source !== undefined ? String(key.source) : String(key.value);

function duplicatesOf(doc: Document.Parsed, document: number): DuplicateKey[] {
  const out: DuplicateKey[] = [];
  visit(doc, {
    Map(_, map, ancestors) {
      const seen = new Map<string, Pair>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || typeof pair.key.value === 'symbol' || !pair.key.range) continue;
        const key = keyText(pair.key);
        const prior = seen.get(key);
        if (!prior) {
          seen.set(key, pair);
          continue;
        }
        const path = ancestors.flatMap((a) =>
          isPair(a) && isScalar(a.key) ? [String(a.key.value)] : isSeq(a) ? ['[]'] : [],
        );
        const conflicts = isMap(prior.value) && isMap(pair.value) ? conflictsOf(prior.value, pair.value) : undefined;
        out.push({
          key,
          start: pair.key.range[0],
          end: pair.key.range[1],
          first: (prior.key as Scalar).range![0],
          path,
          document,
          ...(conflicts ? { conflicts } : {}),
        });
      }
    },
  });
  return out;
}

/** Keys both maps set, to values that differ. */
function conflictsOf(a: YAMLMap, b: YAMLMap): string[] {
  const text = (n: unknown) => (isScalar(n) ? JSON.stringify(n.value) : String(n));
  const values = new Map(
    a.items.filter((p) => isScalar(p.key)).map((p) => [String((p.key as Scalar).value), text(p.value)]),
  );
  return b.items
    .filter(
      (p) => isScalar(p.key) && values.has(String(p.key.value)) && values.get(String(p.key.value)) !== text(p.value),
    )
    .map((p) => String((p.key as Scalar).value));
}

/**
 * An unclosed quote or flow collection is reported by the parser where it gave up (often the end of the file); the
 * place to fix is where it opens: the innermost quoted scalar or flow collection that runs up to the error.
 */
function atOpening(doc: Document.Parsed, e: YAMLParseError): SourceFile['errors'][number] | undefined {
  const quote = e.code === 'MISSING_CHAR' && /quote/.test(e.message);
  const flow = e.code === 'BAD_INDENT' && /^Flow (?:sequence|map)/.test(e.message);
  if (!quote && !flow) return undefined;
  let open: { start: number; what: string } | undefined;
  const take = (range: [number, number, number] | null | undefined, what: string) => {
    if (range && range[0] < e.pos[0] && range[1] >= e.pos[0] && (!open || range[0] > open.start))
      open = { start: range[0], what };
  };
  visit(doc, {
    Scalar(_, n) {
      if (quote && (n.type === 'QUOTE_DOUBLE' || n.type === 'QUOTE_SINGLE'))
        take(
          n.range,
          n.type === 'QUOTE_DOUBLE'
            ? 'this " opens a string that is never closed'
            : "this ' opens a string that is never closed",
        );
    },
    Seq(_, n) {
      if (flow && n.flow) take(n.range, 'this [ opens a flow sequence that is never closed with ]');
    },
    Map(_, n) {
      if (flow && n.flow) take(n.range, 'this { opens a flow map that is never closed with }');
    },
  });
  return open ? { start: open.start, end: open.start + 1, message: open.what, code: e.code } : undefined;
}

/** A document's syntax errors, each where the fix goes (an unclosed quote or bracket where it opens). */
export const syntaxErrorsOf = (doc: Document.Parsed): SourceFile['errors'] =>
  doc.errors.map((e) => atOpening(doc, e) ?? { start: e.pos[0], end: e.pos[1], message: e.message, code: e.code });

/** A file that is not parsed: a template (whose text helmvet keeps for positions), or one over a limit. */
function unparsed(path: string, absPath: string, text: string, bom: boolean, more: Partial<SourceFile>): SourceFile {
  return {
    path,
    absPath,
    text,
    bom,
    eol: eolOf(text),
    documents: [],
    errors: [],
    documentRanges: [],
    duplicates: [],
    lines: linesOf(text),
    sensitive: false,
    ...more,
  };
}

const eolOf = (text: string): '\n' | '\r\n' => (/\r\n/.test(text.slice(0, 4096)) ? '\r\n' : '\n');

/** `template`: the file is known to be a template already (a Helm chart's templates/): it is not parsed. */
export function parseSource(path: string, absPath: string, raw: string, template?: Template): SourceFile {
  const bom = raw.charCodeAt(0) === 0xfeff;
  const text = bom ? raw.slice(1) : raw;
  if (template) return unparsed(path, absPath, text, bom, { template });
  const parsedLines = new LineCounter();
  const { documents, refused } = parseYaml(text, parsedLines);
  const marker = refused ? undefined : textTemplateAt(text, documents);
  if (marker !== undefined)
    return unparsed(path, absPath, text, bom, { template: { renderedBy: 'text', offset: marker } });
  return {
    path,
    absPath,
    text,
    bom,
    eol: eolOf(text),
    documents,
    errors: documents.flatMap(syntaxErrorsOf),
    documentRanges: documents.map((d) => [d.range[0], d.range[2]]),
    duplicates: documents.flatMap((d, i) => duplicatesOf(d, i)),
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
