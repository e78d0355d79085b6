// The generated values schemas (schemas/values/, by scripts/gen-values-schemas.mjs), read from disk and compiled
// with ajv only when a release needs one, once per schema file per process.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';

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

let dir: string | undefined;
let index: SchemaIndex | undefined;
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

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
export function valuesValidator(version: string): ValidateFunction | undefined {
  const file = valuesSchemaFile(version);
  if (!file) return undefined;
  let validate = compiled.get(file);
  if (!validate) {
    // Every error, not the first: each unknown key is a finding. No types are checked, so no strict-type warnings.
    ajv ??= new Ajv({ allErrors: true, strictTypes: false });
    validate = ajv.compile(JSON.parse(readFileSync(join(load().dir, file), 'utf8')) as object);
    compiled.set(file, validate);
  }
  return validate;
}
