// The floor helmvet is compared against: read every YAML file under DIR and parse it as helmvet does
// (parseAllDocuments with a LineCounter, helmvet's parser options), nothing more.
//   node bench/bare-parse.mjs DIR   -> prints {"files":N,"documents":N,"errors":N}
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseAllDocuments } from 'yaml';

// The same options as src/load/source.ts (YAML_OPTIONS): duplicate keys are left to helmvet, as Helm reads them.
const OPTIONS = { version: '1.1', merge: true, uniqueKeys: false, prettyErrors: false, strict: true };

const dir = process.argv[2];
let files = 0;
let documents = 0;
let errors = 0;
for (const rel of readdirSync(dir, { recursive: true })) {
  if (!/\.ya?ml$/.test(rel) || /(^|\/)(\.git|node_modules)\//.test(rel)) continue;
  const lineCounter = new LineCounter();
  const docs = parseAllDocuments(readFileSync(join(dir, rel), 'utf8'), { ...OPTIONS, lineCounter });
  files++;
  for (const doc of Array.isArray(docs) ? docs : []) {
    documents++;
    errors += doc.errors.length;
  }
}
console.log(JSON.stringify({ files, documents, errors }));
