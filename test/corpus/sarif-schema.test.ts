// Corpus run only (vitest.corpus.config.ts, where ../shared exists): the SARIF output against the
// official OASIS schema, required here rather than checked by hand as test/report/sarif.test.ts may.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/config.js';
import { lint } from '../../src/engine/lint.js';
import { format } from '../../src/report/sarif.js';
import { sampleResult } from '../report/sample.js';
import { draft04, errorsOf, projectRoot, readJson } from '../report/schema.js';
import { readIndex, rebuildRepos } from './corpus.js';

const schemaPath = resolve(projectRoot, process.env.SARIF_SCHEMA ?? '../shared/reference/sarif-schema-2.1.0.json');

describe('SARIF against the official 2.1.0 schema', () => {
  it('finds the schema', () => {
    expect(existsSync(schemaPath), `${schemaPath} is required for the corpus run`).toBe(true);
  });

  it('validates the sample report and an empty one', () => {
    const validate = draft04(readJson(schemaPath));
    for (const result of [sampleResult(), sampleResult({ findings: [], releases: [] })]) {
      expect(validate(JSON.parse(format(result, { color: false }))), errorsOf(validate)).toBe(true);
    }
  });

  it('validates what helmvet reports on the demo repository and on every corpus repository', () => {
    const validate = draft04(readJson(schemaPath));
    const dirs = [resolve(projectRoot, 'fixtures/demo'), ...[...rebuildRepos(readIndex()).values()].map((r) => r.dir)];
    for (const dir of dirs) {
      const sarif = JSON.parse(
        format(lint({ cwd: dir, paths: ['.'], config: defaultConfig(dir) }), { color: false }),
      ) as unknown;
      expect(validate(sarif), `${dir}: ${errorsOf(validate)}`).toBe(true);
    }
  });
});
