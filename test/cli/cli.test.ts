// The CLI as users run it: the built bin, a real process, exit codes and streams.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import reportSchema from '../../schemas/report.schema.json' with { type: 'json' };
import { writeRepo } from '../helpers/repo.js';
import { draft2020 } from '../report/schema.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'helmvet.js');

function helmvet(args: string[], cwd = root) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const DEMO_ERROR = 'fixtures/demo/clusters/prod/falco/helmrelease.yaml';

describe('helmvet lint on the demo repository', () => {
  it('stylish: the busy-loop release at its line, exit 1', () => {
    const r = helmvet(['lint', 'fixtures/demo']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain(
      `${DEMO_ERROR}\n  13:16  error  ">=4.0.0 <5.0.0" installs container plugin 0.2.4, affected by falco#3610  falco/version-advisory\n`,
    );
    expect(r.stdout).toContain('    13 |       version: ">=4.0.0 <5.0.0"\n       |                ^~~~~~~~~~~~~~~~\n');
    expect(r.stdout).toContain(
      '         why: ">=4.0.0 <5.0.0" resolves to chart 4.22.0 (Falco 0.41.0), which runs container plugin 0.2.4: ',
    );
    expect(r.stdout).toContain('         help: Fixed in container plugin 0.3.4, first in chart 6.2.2: ');
  });

  it('json: the contract envelope, valid against schemas/report.schema.json, nothing else on stdout', () => {
    const r = helmvet(['lint', 'fixtures/demo', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      findings: { file: string; line: number; column: number; endLine: number; endColumn: number; ruleId: string }[];
    };
    const validate = draft2020(reportSchema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.findings.find((f) => f.file === DEMO_ERROR)).toMatchObject({
      ruleId: 'falco/version-advisory',
      line: 13,
      column: 16,
      endLine: 13,
      endColumn: 32,
    });
  });

  it('sarif, github and markdown carry the same finding', () => {
    const sarif = JSON.parse(helmvet(['lint', 'fixtures/demo', '--format', 'sarif']).stdout) as {
      runs: {
        results: {
          ruleId: string;
          locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[];
        }[];
      }[];
    };
    expect(
      sarif.runs[0]!.results.some(
        (x) =>
          x.ruleId === 'falco/version-advisory' &&
          x.locations[0]!.physicalLocation.region.startLine === 13 &&
          x.locations[0]!.physicalLocation.region.startColumn === 16,
      ),
    ).toBe(true);
    expect(helmvet(['lint', 'fixtures/demo', '--format', 'github']).stdout).toContain(
      `::error file=${DEMO_ERROR},line=13,col=16,endLine=13,endColumn=32,title=">=4.0.0 <5.0.0" installs container plugin 0.2.4%2C affected by falco#3610::">=4.0.0 <5.0.0" resolves to chart 4.22.0`,
    );
    expect(helmvet(['lint', 'fixtures/demo', '--format', 'markdown']).stdout).toContain('falco/version-advisory');
  });

  it('-o writes the report to a file and keeps stdout clean; --fail-on none exits 0', () => {
    const out = join(writeRepo({}), 'report.json');
    const r = helmvet(['lint', 'fixtures/demo', '--format', 'json', '-o', out, '--fail-on', 'none']);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, '', '']);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toMatchObject({
      schemaVersion: 1,
      tool: { name: 'helmvet', knowledge: { newestChart: '9.2.0' } },
    });
  });

  it('--rule turns a rule off or down; --fail-on warning counts warnings', () => {
    const talosOff = ['--rule', 'talos/secureboot-lockdown=off', '--rule', 'talos/lockdown-no-effect=off'];
    expect(helmvet(['lint', 'fixtures/demo', ...talosOff]).code).toBe(1);
    expect(helmvet(['lint', 'fixtures/demo', ...talosOff, '--rule', 'falco/version-advisory=off']).code).toBe(0);
    expect(helmvet(['lint', 'fixtures/demo', ...talosOff, '--rule', 'falco/version-advisory=warning']).code).toBe(0);
    expect(
      helmvet([
        'lint',
        'fixtures/demo',
        ...talosOff,
        '--rule',
        'falco/version-advisory=warning',
        '--fail-on',
        'warning',
      ]).code,
    ).toBe(1);
  });
});

describe('exit codes and errors', () => {
  it('YAML that does not parse is an error at its position, and the other files are still linted', () => {
    const dir = writeRepo({
      'broken.yaml': 'a: [1\nb: 2\n',
      'ok.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n',
    });
    const r = helmvet(['lint', '.', '--format', 'json'], dir);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.stdout) as { files: number; findings: unknown[] }).files).toBe(2);
    expect(r.stdout).toContain('"ruleId": "helmvet/yaml-syntax"');
  });

  it('bad usage and bad config are one line on stderr and exit 2', () => {
    const missing = helmvet(['lint', 'no/such/dir']);
    expect([missing.code, missing.stderr]).toEqual([2, 'helmvet: path not found: no/such/dir\n']);
    const dir = writeRepo({ '.helmvet.yaml': 'rules:\n  falco/version-advisory: loud\n' });
    const bad = helmvet(['lint'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      'helmvet: .helmvet.yaml:2:27: rules.falco/version-advisory must be equal to one of the allowed values: off, info, warning, error\n',
    );
    const unknown = helmvet(['lint', 'fixtures/demo', '--rule', 'falco/nope=off']);
    expect([unknown.code, unknown.stderr]).toEqual([
      2,
      'helmvet: --rule falco/nope=off: unknown rule "falco/nope" (helmvet rules lists them)\n',
    ]);
    expect(helmvet(['lint', '--format', 'xml'])).toMatchObject({
      code: 2,
      stderr:
        "helmvet: option '--format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github, markdown. (see helmvet --help)\n",
    });
  });

  it('a config sets severities per file and ignores paths', () => {
    const dir = writeRepo({ 'broken.yaml': 'a: [1\n', 'lab/broken.yaml': 'a: [1\n' });
    writeFileSync(
      join(dir, '.helmvet.yaml'),
      'ignore:\n  - /broken.yaml\noverrides:\n  - files: ["lab/**"]\n    rules:\n      helmvet/yaml-syntax: warning\n',
    );
    const r = helmvet(['lint', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    expect(
      (JSON.parse(r.stdout) as { findings: { file: string; severity: string }[] }).findings.map((f) => [
        f.file,
        f.severity,
      ]),
    ).toEqual([['lab/broken.yaml', 'warning']]);
  });

  it('--version, rules and explain', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(helmvet(['--version']).stdout).toBe(`${pkg.version}\n`);
    expect(helmvet(['rules']).stdout).toMatch(/^falco\/version-advisory +error/m);
    expect(helmvet(['explain', 'falco/version-advisory']).stdout).toMatch(/^# falco\/version-advisory\n/);
    expect(helmvet(['explain', 'falco/nope'])).toMatchObject({
      code: 2,
      stderr: 'helmvet: unknown rule "falco/nope" (helmvet rules lists them)\n',
    });
    expect(helmvet(['explain', 'falco/version-advisry'])).toMatchObject({
      code: 2,
      stderr:
        'helmvet: unknown rule "falco/version-advisry" (did you mean "falco/version-advisory"? helmvet rules lists them)\n',
    });
  });
});
