import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings.js';
import { parseSource } from '../../src/load/source.js';
import { format, pascalCase } from '../../src/report/sarif.js';
import { helmRelease, finding, sampleResult } from './sample.js';
import { draft04, errorsOf, projectRoot, readJson } from './schema.js';

interface Region {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  snippet?: { text: string };
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string; markdown: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region: Region } }[];
  partialFingerprints: Record<string, string>;
}
interface Sarif {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: {
          id: string;
          name: string;
          shortDescription: { text: string };
          helpUri: string;
          defaultConfiguration: { level: string };
          properties: { tags: string[] };
        }[];
      };
    };
    originalUriBaseIds: Record<string, { uri: string }>;
    results: SarifResult[];
  }[];
}

const sarif = (result = sampleResult()) => JSON.parse(format(result, { color: false })) as Sarif;
const run = (result = sampleResult()) => sarif(result).runs[0]!;

// The official schema lives outside the project (../shared); SARIF_SCHEMA can point elsewhere.
const schemaPath = resolve(projectRoot, process.env.SARIF_SCHEMA ?? '../shared/reference/sarif-schema-2.1.0.json');
const haveSchema = existsSync(schemaPath);

describe('sarif', () => {
  it('has the structural essentials of SARIF 2.1.0 as GitHub code scanning reads them', () => {
    const log = sarif();
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const { tool, results, originalUriBaseIds } = log.runs[0]!;
    expect(tool.driver).toMatchObject({
      name: 'helmvet',
      version: '0.1.0',
      informationUri: 'https://github.com/helmvet/helmvet',
    });
    expect(tool.driver.rules.map((rule) => rule.id)).toEqual([
      'falco/version-advisory',
      'falco/removed-driver-kind',
      'flux/values-from-secret',
      'talos/kernel-args',
    ]);
    expect(tool.driver.rules[0]).toMatchObject({
      name: 'VersionAdvisory',
      shortDescription: { text: 'Chart versions that install a Falco with a known defect' },
      helpUri: 'https://github.com/helmvet/helmvet/blob/main/docs/rules/falco/version-advisory.md',
      defaultConfiguration: { level: 'error' },
      properties: { tags: ['falco'] },
    });
    expect(originalUriBaseIds['%SRCROOT%']!.uri).toMatch(/^file:\/\/.*\/$/);
    expect(results.map((r) => [r.ruleId, r.ruleIndex, r.level])).toEqual([
      ['falco/version-advisory', 0, 'error'],
      ['falco/removed-driver-kind', 1, 'warning'],
      ['flux/values-from-secret', 2, 'note'],
    ]);
    const [first, second] = results;
    expect(first!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'clusters/prod/falco/helmrelease.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 10, startColumn: 16, endLine: 10, endColumn: 23, snippet: { text: '"3.8.7"' } },
    });
    expect(second!.locations[0]!.physicalLocation.region).toMatchObject({
      startLine: 12,
      startColumn: 5,
      endLine: 13,
      endColumn: 17,
    });
    expect(first!.message.text).toContain('Chart 3.8.7 installs Falco 0.36.2');
    expect(first!.message.markdown).toBe(
      '**chart 3.8.7 installs Falco 0.36.2, which crashes on kernels \\>= 6.6**\n\nthe modern eBPF probe fails to load there\n\nuse chart 4.0.0 or newer',
    );
  });

  it(
    haveSchema
      ? `validates against the official schema (${schemaPath})`
      : `official schema absent at ${schemaPath}: structure checked by hand above`,
    () => {
      if (!haveSchema) {
        expect(existsSync(schemaPath)).toBe(false);
        return;
      }
      const validate = draft04(readJson(schemaPath));
      expect(validate(sarif()), errorsOf(validate)).toBe(true);
    },
  );

  it('keeps a fingerprint when lines are added above and re-indented, and tells equal results apart', () => {
    const shifted = parseSource(
      helmRelease.path,
      helmRelease.absPath,
      `# a comment\n\n${helmRelease.text.replace('      version:', '        version:')}`,
    );
    const base = sampleResult();
    const moved = base.findings.map((finding) => {
      const start = shifted.text.indexOf(finding.span.file.text.slice(finding.span.start, finding.span.end));
      return finding.span.file === helmRelease
        ? { ...finding, span: { file: shifted, start, end: start + finding.span.end - finding.span.start } }
        : finding;
    });
    const before = run(base).results.map((r) => r.partialFingerprints);
    const after = run(sampleResult({ findings: moved })).results.map((r) => r.partialFingerprints);
    expect(after).toEqual(before);
    expect(before[0]!['helmvetLineHash/v1']).toMatch(/^[0-9a-f]{64}:1$/);

    const twice = run(sampleResult({ findings: [base.findings[0]!, base.findings[0]!] })).results.map(
      (r) => r.partialFingerprints['helmvetLineHash/v1'],
    );
    expect(twice[0]!.replace(/:1$/, ':2')).toBe(twice[1]);
  });

  it('describes a rule a finding names without metadata, and percent-encodes paths', () => {
    const file = parseSource('my values/50%.yaml', '/repo/my values/50%.yaml', 'a: [\n');
    const f: Finding = finding({
      ruleId: 'helmvet/yaml-syntax',
      severity: 'error',
      title: 'flow sequence not closed',
      span: { file, start: 3, end: 4 },
      references: [],
    });
    const { tool, results } = run(sampleResult({ findings: [f] }));
    expect(tool.driver.rules.at(-1)).toMatchObject({
      id: 'helmvet/yaml-syntax',
      name: 'YamlSyntax',
      helpUri: 'https://github.com/helmvet/helmvet/blob/main/docs/rules/helmvet/yaml-syntax.md',
    });
    expect(results[0]!.ruleIndex).toBe(tool.driver.rules.length - 1);
    expect(results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('my%20values/50%25.yaml');
  });

  it('names rules in PascalCase', () => {
    expect(pascalCase('version-advisory')).toBe('VersionAdvisory');
    expect(pascalCase('k8smeta')).toBe('K8smeta');
  });
});
