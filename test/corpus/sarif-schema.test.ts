// Corpus run only (vitest.corpus.config.ts, where ../shared exists): the SARIF output against the
// official OASIS schema, required here rather than checked by hand as test/report/sarif.test.ts may.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/report/sarif.js';
import { sampleResult } from '../report/sample.js';
import { draft04, errorsOf, projectRoot, readJson } from '../report/schema.js';

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
});
