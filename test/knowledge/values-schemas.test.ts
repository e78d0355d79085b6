// helmvet checks values against the generated values schemas itself (src/knowledge/values-schemas.ts) instead of
// compiling them with ajv on every run: here, on generated values, it must answer exactly as ajv does, the same errors
// in the same order, for every shipped schema.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileValuesSchema, valuesValidator } from '../../src/knowledge/values-schemas.js';

const schemaDir = new URL('../../schemas/values/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', schemaDir), 'utf8')) as {
  any: string;
  versions: Record<string, string>;
};

/** One chart version per schema file (and `any`): each file once. */
const byFile = new Map<string, string>([[index.any, 'any']]);
for (const [version, file] of Object.entries(index.versions)) if (!byFile.has(file)) byFile.set(file, version);

interface SchemaNode {
  properties?: Record<string, SchemaNode>;
}

/** Keys no schema lists, including names an object inherits (a `key in object` check would take them). */
const STRANGERS = ['notAKey', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', ''];
const leaf = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.string({ maxLength: 3 }),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.constant({}),
);

/** Values shaped like the schema: some of its keys, each a value of the same kind, now and then a stranger or a leaf. */
function valuesOf(node: SchemaNode, depth: number): fc.Arbitrary<unknown> {
  const names = Object.keys(node.properties ?? {});
  if (depth === 0 || names.length === 0) return leaf;
  const map = fc
    .tuple(fc.subarray(names, { maxLength: Math.min(4, names.length) }), fc.subarray(STRANGERS, { maxLength: 2 }))
    .chain(([known, strangers]) =>
      fc
        .tuple(
          fc.tuple(...known.map((k) => valuesOf(node.properties![k]!, depth - 1))),
          fc.tuple(...strangers.map(() => leaf)),
        )
        .map(([knownValues, strangerValues]) => {
          const out: Record<string, unknown> = {};
          // Strangers first or last: ajv reports unknown keys in for...in order, which follows insertion.
          strangers.forEach((k, i) => (out[k] = strangerValues[i]));
          known.forEach((k, i) => (out[k] = knownValues[i]));
          return out;
        }),
    );
  return fc.oneof({ weight: 1, arbitrary: leaf }, { weight: 4, arbitrary: map });
}

describe('values schemas', () => {
  const ajv = new Ajv({ allErrors: true, strictTypes: false });

  it.each([...byFile])('%s: the same answers and errors as ajv', (file, version) => {
    const schema = JSON.parse(readFileSync(new URL(file, schemaDir), 'utf8')) as SchemaNode;
    const reference = ajv.compile(schema);
    const validate = valuesValidator(version)!;
    fc.assert(
      fc.property(valuesOf(schema, 5), (values) => {
        const ok = reference(values);
        expect([validate(values), validate.errors ?? null]).toEqual([ok, reference.errors ?? null]);
      }),
      { numRuns: 60 },
    );
  });

  it('a schema of another shape is refused, not half checked', () => {
    // Every shipped schema passed above; this is what a hand-edited one would meet.
    const open = {
      properties: { driver: { properties: { kind: { enum: ['kmod'] } }, additionalProperties: false } },
      additionalProperties: false,
    };
    expect(() => compileValuesSchema(open, 'falco-x.schema.json')).toThrow(
      'helmvet: falco-x.schema.json uses more than properties and additionalProperties: false',
    );
    expect(() => compileValuesSchema({ additionalProperties: { type: 'string' } }, 'y')).toThrow('y uses more than');
    expect(compileValuesSchema({ properties: { a: {} }, additionalProperties: false }, 'z')({ a: 1, b: 2 })).toBe(
      false,
    );
  });
});
