// The floor helmvet is compared against: read every YAML file under DIR and parse it as helmvet does
// (parseAllDocuments with a LineCounter, helmvet's parser options), nothing more.
//   node bench/bare-parse.mjs DIR   -> prints {"files":N,"documents":N,"errors":N}
//   node bench/bare-parse.mjs DIR --read-only   -> lists and reads the same files, parses nothing: the floor of
//   `helmvet lint FILE` (pre-commit), which reads every file of the repository to find the ones around FILE
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The same options as src/load/source.ts (YAML_OPTIONS): duplicate keys are left to helmvet, as Helm reads them.
const OPTIONS = { version: '1.1', merge: true, uniqueKeys: false, prettyErrors: false, strict: true };

const dir = process.argv[2];
const readOnly = process.argv[3] === '--read-only';
// Not even loaded when only reading.
const { LineCounter, parseAllDocuments } = readOnly ? {} : await import('yaml');
let files = 0;
let documents = 0;
let errors = 0;
for (const rel of readdirSync(dir, { recursive: true })) {
  if (!/\.ya?ml$/.test(rel) || /(^|\/)(\.git|node_modules)\//.test(rel)) continue;
  const text = readFileSync(join(dir, rel), 'utf8');
  files++;
  if (readOnly) continue;
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(text, { ...OPTIONS, lineCounter });
  for (const doc of Array.isArray(docs) ? docs : []) {
    documents++;
    errors += doc.errors.length;
  }
}
console.log(JSON.stringify({ files, documents, errors }));
