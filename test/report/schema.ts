// ajv set up for the two schema dialects the report tests meet: our 2020-12 report schema and the
// official SARIF schema, which is draft-04.
import type { ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';
import AjvDraft04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// Both packages are CommonJS with `exports.default`; under NodeNext the default import is the whole module.
const AjvDraft04 = AjvDraft04Module.default;
const addFormats = addFormatsModule.default;

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

export function readJson(path: string): object {
  return JSON.parse(readFileSync(path, 'utf8')) as object;
}

export function draft2020(schema: object): ValidateFunction {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

export function draft04(schema: object): ValidateFunction {
  // The SARIF schema uses keywords ajv's strict mode does not know; it is not ours to change.
  const ajv = new AjvDraft04({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Validation errors as text for an assertion message. */
export function errorsOf(validate: ValidateFunction): string {
  return JSON.stringify(validate.errors ?? [], null, 2);
}
