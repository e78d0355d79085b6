// ESLint's habits, as users run them: real processes of the built bin, real pipes, real files (issue "As users meet it").
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helmRelease, writeRepo } from '../helpers/repo.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'bin', 'helmvet.js');
const ESC = '\u001b[';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The bin with the environment a plain terminal-less shell has (no colour variables unless given). */
function helmvet(args: string[], cwd: string, env: Record<string, string> = {}, input?: string): Run {
  const base = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !['NO_COLOR', 'FORCE_COLOR', 'CI', 'GITHUB_ACTIONS'].includes(k)),
  );
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...base, ...env },
    ...(input !== undefined ? { input } : {}),
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

// Chart 8.0.5: falco#3643 (an error at the version) and a removed key (a warning at it).
const ERROR_AND_WARNING = {
  'falco.yaml': helmRelease(
    '8.0.5',
    'falco:\n  grpc:\n    enabled: false\nfalcoctl:\n  artifact:\n    follow:\n      every: 1h',
  ),
};

describe('--quiet and --max-warnings', () => {
  it('--quiet reports errors only', () => {
    const dir = writeRepo(ERROR_AND_WARNING);
    const all = JSON.parse(helmvet(['lint', '--format', 'json'], dir).stdout) as { findings: { severity: string }[] };
    expect(new Set(all.findings.map((f) => f.severity))).toEqual(new Set(['error', 'warning', 'info']));
    const quiet = helmvet(['lint', '--quiet', '--format', 'json'], dir);
    expect(quiet.code).toBe(1);
    expect((JSON.parse(quiet.stdout) as { findings: { severity: string }[] }).findings.map((f) => f.severity)).toEqual([
      'error',
    ]);
  });

  it('--max-warnings N exits 1 above N, and says so', () => {
    const dir = writeRepo(ERROR_AND_WARNING);
    const warnings = (
      JSON.parse(helmvet(['lint', '--format', 'json'], dir).stdout) as { findings: { severity: string }[] }
    ).findings.filter((f) => f.severity === 'warning').length;
    expect(warnings).toBeGreaterThan(0);
    expect(helmvet(['lint', '--fail-on', 'none', '--max-warnings', String(warnings)], dir).code).toBe(0);
    const over = helmvet(['lint', '--fail-on', 'none', '--max-warnings', String(warnings - 1)], dir);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe(
      `helmvet: ${warnings} warning${warnings > 1 ? 's' : ''}, more than --max-warnings ${warnings - 1}\n`,
    );
    expect(helmvet(['lint', '--max-warnings', 'many'], dir)).toMatchObject({
      code: 2,
      stderr: 'helmvet: --max-warnings many: expected a count (0 or more)\n',
    });
  });
});

describe('--stdin', () => {
  const values =
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: falco-values\n  namespace: falco\ndata:\n  values.yaml: |\n    driver:\n      kind: ebpf\n';
  const release = helmRelease('9.1.0', '', '  valuesFrom:\n    - kind: ConfigMap\n      name: falco-values');

  it('lints the text as the file it names, with the repository around it as context', () => {
    // On disk the values are fine; the text on stdin (an unsaved buffer, `git show :cm.yaml`) sets a removed driver.
    const dir = writeRepo({ 'hr.yaml': release, 'cm.yaml': values.replace('kind: ebpf', 'kind: modern_ebpf') });
    const r = helmvet(['lint', '--stdin', '--stdin-filename', 'cm.yaml', '--format', 'json'], dir, {}, values);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as {
      files: number;
      findings: { file: string; line: number; column: number; ruleId: string }[];
    };
    // The finding exists only because the release in hr.yaml (read from disk) installs chart 9.1.0.
    expect(report.findings.map((f) => [f.file, f.line, f.column, f.ruleId])).toContainEqual([
      'cm.yaml',
      9,
      13,
      'falco/driver-kind',
    ]);
    expect(report.findings.every((f) => f.file === 'cm.yaml')).toBe(true);
    expect(readFileSync(join(dir, 'cm.yaml'), 'utf8')).toContain('kind: modern_ebpf');
  });

  it('a file that is not on disk yet, and the usage errors', () => {
    const dir = writeRepo({ 'hr.yaml': release });
    const r = helmvet(['lint', '--stdin', '--stdin-filename', 'new/cm.yaml', '--format', 'json'], dir, {}, values);
    expect(
      (JSON.parse(r.stdout) as { findings: { file: string; ruleId: string }[] }).findings.map((f) => [
        f.file,
        f.ruleId,
      ]),
    ).toContainEqual(['new/cm.yaml', 'falco/driver-kind']);
    expect(helmvet(['lint', '--stdin-filename', 'cm.yaml'], dir)).toMatchObject({
      code: 2,
      stderr: 'helmvet: --stdin-filename goes with --stdin\n',
    });
    expect(helmvet(['lint', '--stdin', 'hr.yaml'], dir, {}, values)).toMatchObject({
      code: 2,
      stderr: 'helmvet: --stdin lints standard input: pass no paths with it\n',
    });
  });
});

describe('configuration', () => {
  it('helmvet init writes a commented .helmvet.yaml that helmvet reads, and never overwrites one', () => {
    const dir = writeRepo({});
    expect(helmvet(['init'], dir)).toMatchObject({ code: 0, stdout: 'wrote .helmvet.yaml\n', stderr: '' });
    const written = readFileSync(join(dir, '.helmvet.yaml'), 'utf8');
    expect(written).toMatch(/^# helmvet configuration/);
    expect(helmvet(['lint', '--print-config', 'x.yaml'], dir).code).toBe(0);
    const again = helmvet(['init'], dir);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe(
      `helmvet: ${join(dir, '.helmvet.yaml')} already exists; helmvet init does not overwrite it\n`,
    );
    expect(readFileSync(join(dir, '.helmvet.yaml'), 'utf8')).toBe(written);
  });

  it('--print-config prints the rules in force for a file, overrides applied', () => {
    const dir = writeRepo({
      '.helmvet.yaml':
        'rules:\n  falco/cpu-limit: off\noverrides:\n  - files: ["lab/**"]\n    rules:\n      falco/version-advisory: warning\n',
    });
    const lab = JSON.parse(
      helmvet(['lint', '--print-config', 'lab/falco.yaml', '--rule', 'falco/open-version-range=error'], dir).stdout,
    ) as { file: string; config: string; rules: Record<string, string> };
    expect(lab).toMatchObject({ file: 'lab/falco.yaml', config: '.helmvet.yaml' });
    expect(lab.rules).toMatchObject({
      'falco/version-advisory': 'warning',
      'falco/cpu-limit': 'off',
      'falco/open-version-range': 'error',
      'falco/removed-value': 'warning',
    });
    const prod = JSON.parse(helmvet(['lint', '--print-config', 'prod/falco.yaml'], dir).stdout) as {
      rules: Record<string, string>;
    };
    expect(prod.rules['falco/version-advisory']).toBe('error');
  });

  it('is found by walking up from the working directory to the repository root, and not beyond it', () => {
    const dir = writeRepo({
      '.helmvet.yaml': 'rules:\n  falco/version-advisory: warning\n',
      ...ERROR_AND_WARNING,
      'deep/er/keep': '',
    });
    const fromSub = JSON.parse(
      helmvet(['lint', '--print-config', '../../falco.yaml'], join(dir, 'deep/er')).stdout,
    ) as { config: string; rules: Record<string, string> };
    expect(fromSub).toMatchObject({ config: '../../.helmvet.yaml', rules: { 'falco/version-advisory': 'warning' } });
    expect(helmvet(['lint', '../..'], join(dir, 'deep/er')).code).toBe(0);
    // A repository nested in another does not take the outer one's configuration.
    const inner = join(dir, 'inner');
    mkdirSync(join(inner, '.git'), { recursive: true });
    expect(
      (JSON.parse(helmvet(['lint', '--print-config', 'x.yaml'], inner).stdout) as { config: string | null }).config,
    ).toBeNull();
  });

  it('overrides in a config that is not above the linted files: one line that says what to do, exit 2', () => {
    const config = writeRepo({
      '.helmvet.yaml': 'overrides:\n  - files: ["**/falco.yaml"]\n    rules:\n      falco/version-advisory: warning\n',
    });
    const repo = writeRepo(ERROR_AND_WARNING);
    for (const [args, cwd] of [
      [['lint', '-c', join(config, '.helmvet.yaml')], repo],
      [['lint', repo], config],
    ] as const) {
      const r = helmvet([...args], cwd);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(
        /^helmvet: \S*falco\.yaml is outside the directory of \S*\.helmvet\.yaml \(\S+\), whose overrides match only paths below it; lint from there, or pass -c with a config above the linted files\n$/,
      );
    }
    // Without overrides, a config from elsewhere is fine.
    writeFileSync(join(config, '.helmvet.yaml'), 'rules:\n  falco/version-advisory: warning\n');
    expect(helmvet(['lint', '-c', join(config, '.helmvet.yaml')], repo).code).toBe(0);
  });
});

describe('output', () => {
  it('--no-summary leaves out the Falco deployments', () => {
    const dir = writeRepo(ERROR_AND_WARNING);
    expect(helmvet(['lint'], dir).stdout).toContain('\nFalco deployments\n');
    const r = helmvet(['lint', '--no-summary'], dir);
    expect(r.stdout).not.toContain('Falco deployments');
    expect(r.stdout).toContain('falco/version-advisory');
  });

  it('colour follows --color/--no-color, then FORCE_COLOR and NO_COLOR, on every command; never in a pipe by default', () => {
    const dir = writeRepo(ERROR_AND_WARNING);
    const commands = [['lint'], ['migrate'], ['rules'], ['explain', 'falco/version-advisory']];
    for (const args of commands) {
      const coloured = (env: Record<string, string>, ...flags: string[]) =>
        helmvet([...args, ...flags], dir, env).stdout.includes(ESC);
      expect(coloured({}), `${args[0]} in a pipe`).toBe(false);
      expect(coloured({ FORCE_COLOR: '1' }), `${args[0]} FORCE_COLOR=1`).toBe(true);
      expect(coloured({ FORCE_COLOR: '0' }), `${args[0]} FORCE_COLOR=0`).toBe(false);
      expect(coloured({}, '--color'), `${args[0]} --color`).toBe(true);
      expect(coloured({ NO_COLOR: '1' }, '--color'), `${args[0]} NO_COLOR with --color`).toBe(true);
      expect(coloured({ FORCE_COLOR: '1' }, '--no-color'), `${args[0]} --no-color`).toBe(false);
    }
    // No colour in a report written to a file, nor in the machine formats.
    expect(helmvet(['lint', '--color', '--format', 'json'], dir).stdout).not.toContain(ESC);
  });

  it('migrate colours its diff on a terminal: removed lines red, added lines green', () => {
    const dir = writeRepo({ 'falco.yaml': helmRelease('">=4.0.0 <5.0.0"') });
    const r = helmvet(['migrate', '--color'], dir);
    expect(r.stdout).toContain(`${ESC}31m-      version: ">=4.0.0 <5.0.0"${ESC}39m`);
    expect(r.stdout).toContain(`${ESC}32m+      version: ">=9.0.0 <10.0.0"${ESC}39m`);
  });

  it('migrate --format json: the plan as data, nothing else on stdout', () => {
    const dir = writeRepo({ 'falco.yaml': helmRelease('">=4.0.0 <5.0.0"') });
    const r = helmvet(['migrate', '--format', 'json'], dir);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout) as {
      schemaVersion: number;
      target: string;
      pending: boolean;
      releases: { file: string; from: string; to: string; version: { text: string } }[];
    };
    expect(plan).toMatchObject({ schemaVersion: 1, target: expect.stringMatching(/^9\./), pending: true });
    expect(plan.releases.map((x) => [x.file, x.from, x.version.text])).toEqual([
      ['falco.yaml', '4.22.0', '>=9.0.0 <10.0.0'],
    ]);
  });
});

describe('mistakes are one line and exit 2, never a stack trace', () => {
  it('a usage error is one line and a pointer to --help', () => {
    const dir = writeRepo({});
    for (const args of [['lint', '--bogus'], ['frobnicate'], ['explain'], ['lint', '--format']]) {
      const r = helmvet(args, dir);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.split('\n')).toHaveLength(2);
      expect(r.stderr).toMatch(/^helmvet: .+ \(see helmvet --help\)\n$/);
    }
  });

  it('"did you mean" for a mistyped rule id, on the command line and in the config', () => {
    const dir = writeRepo({});
    expect(helmvet(['lint', '--rule', 'falco/versin-advisory=off'], dir)).toMatchObject({
      code: 2,
      stderr:
        'helmvet: --rule falco/versin-advisory=off: unknown rule "falco/versin-advisory" (did you mean "falco/version-advisory"? helmvet rules lists them)\n',
    });
    writeFileSync(join(dir, '.helmvet.yaml'), 'rules:\n  falco/open-range: off\n');
    const r = helmvet(['lint'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^helmvet: \.helmvet\.yaml:2:3: .*unknown rule "falco\/open-range" \(did you mean "falco\/open-version-range"\?.*\n$/,
    );
  });

  it('-o into a missing directory, onto a directory, or under a file', () => {
    const dir = writeRepo(ERROR_AND_WARNING);
    expect(helmvet(['lint', '-o', 'no/such/dir/report.json'], dir)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'helmvet: -o no/such/dir/report.json: directory no/such/dir does not exist\n',
    });
    expect(helmvet(['lint', '-o', '.'], dir)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'helmvet: -o .: is a directory; name a file\n',
    });
    expect(helmvet(['lint', '-o', 'falco.yaml/report.json'], dir)).toMatchObject({
      code: 2,
      stdout: '',
      stderr: 'helmvet: -o falco.yaml/report.json: directory falco.yaml does not exist\n',
    });
  });

  it('a reader that stops early (helmvet migrate | head -1) ends helmvet quietly', () => {
    // Enough releases that the diff is far larger than a pipe's buffer, so that helmvet is still writing when head exits.
    const files = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [
        `apps/falco-${i}.yaml`,
        helmRelease('">=4.0.0 <5.0.0"').replace(
          /name: falco\n {2}namespace: falco/,
          `name: falco-${i}\n  namespace: falco`,
        ),
      ]),
    );
    const dir = writeRepo(files);
    for (const command of ['migrate', 'lint']) {
      const r = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" ${command} | head -1`], {
        cwd: dir,
        encoding: 'utf8',
      });
      expect(r.stderr, command).toBe('');
      expect(r.stdout.split('\n')[0], command).not.toBe('');
    }
  });
});
