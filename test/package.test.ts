// The npm package as users get it: `npm pack`, installed into an empty project offline, run from node_modules/.bin.
// dist/ bundles every dependency, so the package must install alone, with nothing from the network or npm's cache,
// and carry everything the CLI reads at run time (advisories, rule pages, values schemas) and its licences.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { helmRelease, writeRepo } from './helpers/repo.js';

const root = fileURLToPath(new URL('../', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version: string;
  scripts?: Record<string, string>;
  dependencies?: object;
};

// Under `npm test`, npm exports npm_* variables (the running script, this project's prefix and config): the commands
// below run as from a fresh shell instead.
const env = { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k))), NO_COLOR: '1' };
const win = process.platform === 'win32';

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, env, encoding: 'utf8', shell: win, stdio: ['ignore', 'pipe', 'pipe'] });
}

interface Packed {
  filename: string;
  size: number;
  entryCount: number;
  files: { path: string }[];
}

const work = mkdtempSync(join(tmpdir(), 'helmvet-package-'));
const project = join(work, 'project');
let packed: Packed;
let paths: string[];

function helmvet(args: string[]) {
  const bin = join(project, 'node_modules', '.bin', win ? 'helmvet.cmd' : 'helmvet');
  const r = spawnSync(bin, args, { cwd: project, env, encoding: 'utf8', shell: win });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // `npm pack` would run these first; a build there would rewrite dist/ (committed, and what this test packs).
  expect(Object.keys(manifest.scripts ?? {}).filter((s) => ['prepare', 'prepack', 'postpack'].includes(s))).toEqual([]);
  expect(manifest.dependencies, 'dist/ bundles them: runtime dependencies belong in devDependencies').toBeUndefined();

  const tarballs = join(work, 'tarballs');
  mkdirSync(tarballs); // npm pack does not create its destination
  packed = (JSON.parse(npm(['pack', '--json', '--pack-destination', tarballs], root)) as Packed[])[0]!;
  paths = packed.files.map((f) => f.path).sort();

  mkdirSync(project);
  npm(['init', '-y'], project);
  // An empty cache and --offline: anything the package needed besides itself would fail the install.
  npm(
    [
      'install',
      join(tarballs, packed.filename),
      '--offline',
      '--cache',
      join(work, 'npm-cache'),
      '--no-audit',
      '--no-fund',
    ],
    project,
  );
}, 300_000);

describe('the npm package', () => {
  it('holds the CLI, what it reads at run time and its licences, and nothing else', () => {
    const advisories = readdirSync(join(root, 'src/knowledge/advisories')).map((f) => `dist/advisories/${f}`);
    const rulePages = readdirSync(join(root, 'docs/rules'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/rules/${f.replace(/\\/g, '/')}`);
    const needed = [
      'LICENSE',
      'dist/THIRD-PARTY-NOTICES',
      'package.json',
      'bin/helmvet.js',
      'dist/helmvet.js',
      'schemas/values/index.json',
      ...advisories,
      ...rulePages,
    ];
    expect(
      needed.filter((p) => !paths.includes(p)),
      'missing from the tarball',
    ).toEqual([]);
    expect(rulePages.length).toBeGreaterThan(20);
    // dist/action.js is the GitHub Action, run from the repository; sources, tests and fixtures stay out.
    expect(
      paths.filter((p) => p === 'dist/action.js' || /^(src|test|fixtures|scripts|bench|node_modules|\.ci)\//.test(p)),
    ).toEqual([]);
  });

  it('installs alone: node_modules holds helmvet and nothing else', () => {
    const modules = join(project, 'node_modules');
    expect(readdirSync(modules).filter((f) => !f.startsWith('.'))).toEqual(['helmvet']);
    expect(existsSync(join(modules, 'helmvet', 'node_modules'))).toBe(false);
    expect(readFileSync(join(modules, 'helmvet', 'LICENSE'), 'utf8')).toContain(
      'Apache License\n                           Version 2.0, January 2004',
    );
    const notices = readFileSync(join(modules, 'helmvet', 'dist', 'THIRD-PARTY-NOTICES'), 'utf8');
    for (const pkg of ['commander', 'diff', 'ignore', 'picocolors', 'semver', 'tinyglobby', 'yaml'])
      expect(notices).toMatch(new RegExp(`^${pkg} \\d+\\.\\d+\\.\\d+\\nLicense: `, 'm'));
  });

  it('--version prints the version of package.json', () => {
    expect(helmvet(['--version'])).toMatchObject({ code: 0, stdout: `${manifest.version}\n` });
  });

  it('lint reports the advisory of an open 4.x range and exits 1', () => {
    const dir = writeRepo({ 'clusters/prod/falco/helmrelease.yaml': helmRelease('">=4.0.0 <5.0.0"') });
    const r = helmvet(['lint', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('">=4.0.0 <5.0.0" resolves to chart 4.22.0');
    expect(r.stdout).toContain('falco/version-advisory');
  });

  it('migrate prints the diff to the newest chart major and exits 0, writing nothing', () => {
    const dir = writeRepo({ 'helmrelease.yaml': helmRelease('">=4.0.0 <5.0.0"') });
    const r = helmvet(['migrate', dir]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('-      version: ">=4.0.0 <5.0.0"\n+      version: ">=9.0.0 <10.0.0"\n');
    expect(readFileSync(join(dir, 'helmrelease.yaml'), 'utf8')).toBe(helmRelease('">=4.0.0 <5.0.0"'));
  });

  it('explain prints the rule page from the installed docs/', () => {
    const r = helmvet(['explain', 'falco/version-advisory']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(readFileSync(join(root, 'docs/rules/falco/version-advisory.md'), 'utf8').trimEnd());
  });
});
