// Corpus run only (../shared exists there): the files GitHub and pre-commit read from this repository, and the
// configurations the README tells users to copy, against SchemaStore's schemas (../shared/reference/schemastore/,
// what GitHub's and editors' checks use). A file that is not even YAML fails first, with the parser's reason: that is
// how action.yml once shipped (a plain scalar holding `severity: error`), and GitHub refused to load the Action.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { errorsOf, projectRoot, readJson } from '../report/schema.js';

const addFormats = addFormatsModule.default;
const SCHEMAS = resolve(projectRoot, process.env.SCHEMASTORE ?? '../shared/reference/schemastore');

const NAMES = ['github-action.json', 'github-workflow.json', 'pre-commit-hooks.json', 'pre-commit-config.json'];

/** One ajv holds all four, so that one schema's reference to another (pre-commit-config to pre-commit-hooks) resolves. */
function validator(name: string) {
  // SchemaStore's schemas use keywords of their own (markdownDescription, …) that strict mode refuses; they are not ours to change.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  const schemas = new Map(NAMES.map((n) => [n, readJson(join(SCHEMAS, n)) as { $id: string }]));
  for (const schema of schemas.values()) ajv.addSchema(schema);
  const validate = ajv.getSchema(schemas.get(name)!.$id);
  if (!validate) throw new Error(`${name}: no schema`);
  return validate;
}

/** One YAML document, as GitHub and pre-commit read it: a syntax error is the test's failure, with its reason. */
function yamlOf(text: string, where: string): unknown {
  const docs = parseAllDocuments(text, { prettyErrors: true });
  const errors = docs.flatMap((d) => d.errors.map((e) => e.message));
  expect(errors, `${where} is not YAML`).toEqual([]);
  expect(docs, `${where}: one document`).toHaveLength(1);
  return docs[0]!.toJS();
}

/** The fenced ```yaml blocks of README.md whose first line is a comment naming the file (`# .pre-commit-config.yaml`). */
function readmeBlocks(): { name: string; text: string }[] {
  const readme = readFileSync(join(projectRoot, 'README.md'), 'utf8');
  return [...readme.matchAll(/^```yaml\n# ([^\n:]+)[^\n]*\n([\s\S]*?)^```$/gm)].map((m) => ({
    name: m[1]!.trim(),
    text: m[2]!,
  }));
}

describe("SchemaStore's schemas", () => {
  it('are there', () => {
    expect(existsSync(join(SCHEMAS, 'github-action.json')), `${SCHEMAS} is required for the corpus run`).toBe(true);
  });

  it('action.yml is a valid GitHub Action, on node24', () => {
    const action = yamlOf(readFileSync(join(projectRoot, 'action.yml'), 'utf8'), 'action.yml');
    const validate = validator('github-action.json');
    expect(validate(action), errorsOf(validate)).toBe(true);
    expect(action).toMatchObject({ runs: { using: 'node24' } });
  });

  it('.pre-commit-hooks.yaml is valid for pre-commit', () => {
    const hooks = yamlOf(readFileSync(join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8'), '.pre-commit-hooks.yaml');
    const validate = validator('pre-commit-hooks.json');
    expect(validate(hooks), errorsOf(validate)).toBe(true);
  });

  it("README's workflows and pre-commit configuration are valid as written", () => {
    const blocks = readmeBlocks();
    const workflows = blocks.filter((b) => b.name.startsWith('.github/workflows/'));
    const preCommit = blocks.filter((b) => b.name === '.pre-commit-config.yaml');
    expect(workflows.length).toBeGreaterThanOrEqual(2);
    expect(preCommit.length).toBeGreaterThanOrEqual(1);
    const workflow = validator('github-workflow.json');
    const config = validator('pre-commit-config.json');
    for (const b of workflows)
      expect(workflow(yamlOf(b.text, `README ${b.name}`)), `README ${b.name}: ${errorsOf(workflow)}`).toBe(true);
    for (const b of preCommit)
      expect(config(yamlOf(b.text, `README ${b.name}`)), `README ${b.name}: ${errorsOf(config)}`).toBe(true);
  });

  it("README's pre-commit configuration names only hooks that .pre-commit-hooks.yaml defines", () => {
    const defined = new Set(
      (yamlOf(readFileSync(join(projectRoot, '.pre-commit-hooks.yaml'), 'utf8'), 'hooks') as { id: string }[]).map(
        (h) => h.id,
      ),
    );
    for (const b of readmeBlocks().filter((x) => x.name === '.pre-commit-config.yaml')) {
      const config = yamlOf(b.text, b.name) as { repos: { hooks: { id: string }[] }[] };
      for (const hook of config.repos.flatMap((r) => r.hooks))
        expect(defined, `README names hook ${hook.id}`).toContain(hook.id);
    }
  });
});
