import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { format } from '../../src/report/json.js';
import { sampleResult } from './sample.js';
import { draft2020, errorsOf, projectRoot, readJson } from './schema.js';

const validate = draft2020(readJson(join(projectRoot, 'schemas/report.schema.json')));
const report = () =>
  JSON.parse(format(sampleResult(), { color: false })) as Record<string, unknown> & {
    findings: Record<string, unknown>[];
  };

describe('json', () => {
  it('is valid against schemas/report.schema.json', () => {
    const data = report();
    expect(validate(data), errorsOf(validate)).toBe(true);
  });

  it('writes the envelope of DESIGN.md with 1-based positions and an exclusive end column', () => {
    const out = format(sampleResult(), { color: false });
    expect(out.endsWith('}\n')).toBe(true);
    expect(out).toContain('\n  "schemaVersion": 1,\n');
    const data = report();
    expect(Object.keys(data)).toEqual(['schemaVersion', 'tool', 'files', 'templates', 'findings', 'releases']);
    expect(data.tool).toEqual({
      name: 'helmvet',
      version: '0.1.0',
      knowledge: {
        newestChart: '9.1.0',
        date: '2026-06-11',
        bundled: { oldest: '1.1.8', newest: '9.1.0', date: '2026-06-11' },
        cache: null,
      },
    });
    expect(data.findings[0]).toEqual({
      ruleId: 'falco/version-advisory',
      severity: 'error',
      messageId: 'sample',
      message:
        'Chart 3.8.7 installs Falco 0.36.2, which crashes on kernels >= 6.6. The modern eBPF probe fails to load there. Use chart 4.0.0 or newer.',
      title: 'chart 3.8.7 installs Falco 0.36.2, which crashes on kernels >= 6.6',
      why: 'the modern eBPF probe fails to load there',
      help: 'use chart 4.0.0 or newer',
      data: {},
      file: 'clusters/prod/falco/helmrelease.yaml',
      line: 10,
      column: 16,
      endLine: 10,
      endColumn: 23, // `"3.8.7"` is columns 16 to 22
      docsUrl: 'https://github.com/helmvet/helmvet/blob/main/docs/rules/falco/version-advisory.md',
      references: ['https://github.com/falcosecurity/falco/issues/3610'],
      fix: { kind: 'safe', description: 'Set the version to 4.0.0' },
    });
    // yaml's block range ends after the newline; the report ends the span on its last line.
    expect(data.findings[1]).toMatchObject({ line: 12, column: 5, endLine: 13, endColumn: 17 });
    expect(data.findings[1]).not.toHaveProperty('fix');
  });

  it('writes an absent constraint as null and no installed versions for an unresolved release', () => {
    const [release] = sampleResult().releases;
    const unresolved = {
      ...release!,
      constraint: undefined,
      status: 'variable' as const,
      installed: undefined,
      admitted: { count: 0 },
    };
    const data = JSON.parse(format(sampleResult({ releases: [unresolved] }), { color: false })) as {
      releases: unknown[];
    };
    expect(data.releases[0]).toMatchObject({ constraint: null, status: 'variable', admitted: { count: 0 } });
    expect(data.releases[0]).not.toHaveProperty('installed');
    expect(validate(data), errorsOf(validate)).toBe(true);
  });

  it('the schema is strict: unknown fields, bad rule ids and severities, and 0 positions are rejected', () => {
    const bad = (edit: (finding: Record<string, unknown>) => void) => {
      const data = report();
      edit(data.findings[0]!);
      return validate(data);
    };
    expect(bad((f) => (f.extra = 1))).toBe(false);
    expect(bad((f) => (f.ruleId = 'version-advisory'))).toBe(false);
    expect(bad((f) => (f.ruleId = 'falco/Version_Advisory'))).toBe(false);
    expect(bad((f) => (f.ruleId = 'kube/version-advisory'))).toBe(false);
    expect(bad((f) => (f.severity = 'fatal'))).toBe(false);
    expect(bad((f) => (f.column = 0))).toBe(false);
    expect(bad((f) => (f.endLine = 1.5))).toBe(false);
    expect(bad((f) => delete f.docsUrl)).toBe(false);
    const extraTop = { ...report(), summary: {} };
    expect(validate(extraTop)).toBe(false);
    const installedButUnresolved = report() as unknown as { releases: { status: string }[] };
    installedButUnresolved.releases[0]!.status = 'no-match';
    expect(validate(installedButUnresolved)).toBe(false);
  });
});
