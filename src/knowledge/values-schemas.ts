// The generated values schemas (schemas/values/, by scripts/gen-values-schemas.mjs), read from disk and turned into
// validators only when a release needs one, once per schema file per process.
//
// They use only `properties` and `additionalProperties: false` (closed maps), and helmvet checks values against them
// itself, with exactly what ajv's generated code does and the same errors in the same order
// (test/knowledge/values-schemas.test.ts compares the two on generated values): ajv's compile costs 10-50 ms per
// schema file (code generation), a fixed cost on every run, which `helmvet lint <one file>` from pre-commit pays too,
// and loading ajv's compiler at all costs more.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ErrorObject } from 'ajv';

interface SchemaIndex {
  any: string;
  versions: Record<string, string>;
}

/** schemas/values beside src/ (development) or dist/ (the package). */
function schemaDir(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const candidate = join(dir, 'schemas', 'values');
    if (existsSync(join(candidate, 'index.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error('helmvet: schemas/values/index.json not found beside the program');
  }
}

/** What checkValueKeys calls: the closed-map check below, which behaves as ajv's ValidateFunction. */
export interface ValuesValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

let dir: string | undefined;
let index: SchemaIndex | undefined;
const compiled = new Map<string, ValuesValidator>();

/** A schema node of the closed-map shape: the keys it allows when closed, and the properties below that can fail. */
interface ClosedMap {
  closed: boolean;
  keys: ReadonlySet<string>;
  /** [property, instancePath segment, schemaPath of the property, its node], in schema order. */
  children: [string, string, string, ClosedMap][];
}

const SCHEMA_ANNOTATIONS = new Set(['$schema', '$id', 'title', 'description']);
const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The node, when the schema uses nothing but `properties` and `additionalProperties: false` (and annotations at the
 * top); undefined otherwise.
 */
function closedMap(schema: unknown, schemaPath: string, top: boolean): ClosedMap | undefined {
  if (!schema || typeof schema !== 'object' || Array.isArray(schema)) return undefined;
  const node = schema as Record<string, unknown>;
  for (const keyword of Object.keys(node)) {
    if (keyword !== 'properties' && keyword !== 'additionalProperties' && !(top && SCHEMA_ANNOTATIONS.has(keyword)))
      return undefined;
  }
  if ('additionalProperties' in node && node.additionalProperties !== false) return undefined;
  const properties = node.properties ?? {};
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) return undefined;
  const names = Object.keys(properties);
  // ajv leaves __proto__ out of the properties it knows; not worth copying.
  if (names.includes('__proto__')) return undefined;
  const children: ClosedMap['children'] = [];
  for (const name of names) {
    const childPath = `${schemaPath}/properties/${encodeURIComponent(escapePointer(name))}`;
    const child = closedMap((properties as Record<string, unknown>)[name], childPath, false);
    if (!child) return undefined;
    // A node that can never fail (`{}`, or open maps of such nodes) is not worth visiting.
    if (child.closed || child.children.length) children.push([name, `/${escapePointer(name)}`, childPath, child]);
  }
  return { closed: node.additionalProperties === false, keys: new Set(names), children };
}

/**
 * ajv's generated code for such a schema with allErrors: for an object (not null, not an array), first every key the
 * node does not list (for...in order), then each listed property whose value is not undefined, in schema order.
 */
function check(node: ClosedMap, data: unknown, instancePath: string, schemaPath: string, errors: ErrorObject[]) {
  if (!(data && typeof data == 'object' && !Array.isArray(data))) return;
  const object = data as Record<string, unknown>;
  if (node.closed) {
    for (const key in object) {
      if (!node.keys.has(key)) {
        errors.push({
          instancePath,
          schemaPath: `${schemaPath}/additionalProperties`,
          keyword: 'additionalProperties',
          params: { additionalProperty: key },
          message: 'must NOT have additional properties',
        });
      }
    }
  }
  for (const [name, segment, childPath, child] of node.children) {
    const value = object[name];
    if (value !== undefined) check(child, value, instancePath + segment, childPath, errors);
  }
}

/** The validator of a values schema; `file` names it in the error thrown for a schema of another shape. */
export function compileValuesSchema(schema: unknown, file: string): ValuesValidator {
  const root = closedMap(schema, '#', true);
  // The generator writes nothing else, and a test holds every shipped schema to this.
  if (!root) throw new Error(`helmvet: ${file} uses more than properties and additionalProperties: false`);
  const validate: ValuesValidator = (data: unknown) => {
    const errors: ErrorObject[] = [];
    check(root, data, '', '#', errors);
    validate.errors = errors.length ? errors : null;
    return errors.length === 0;
  };
  return validate;
}

function load(): { dir: string; index: SchemaIndex } {
  dir ??= schemaDir();
  index ??= JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as SchemaIndex;
  return { dir, index };
}

/** The schema file of a chart version (`any`: of "some version"), undefined for a version it does not list. */
export function valuesSchemaFile(version: string): string | undefined {
  const { index } = load();
  return version === 'any' ? index.any : index.versions[version];
}

/** The compiled validator for a chart version, or for "some version" with `any`. */
export function valuesValidator(version: string): ValuesValidator | undefined {
  const file = valuesSchemaFile(version);
  if (!file) return undefined;
  let validate = compiled.get(file);
  if (!validate) {
    validate = compileValuesSchema(JSON.parse(readFileSync(join(load().dir, file), 'utf8')), `schemas/values/${file}`);
    compiled.set(file, validate);
  }
  return validate;
}
