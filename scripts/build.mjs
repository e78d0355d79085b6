// Bundles helmvet with esbuild into dist/ (or DIR: `node scripts/build.mjs DIR`), which is committed:
// - dist/helmvet.js and its chunks: the CLI, a small start-up file plus lazily loaded chunks, so that
//   `helmvet --version` does not pay for the YAML parser, ajv or the rules;
// - dist/action.js: the GitHub Action in one file, as JavaScript actions must be;
// - dist/advisories/: the advisory data files, read at run time from beside the code;
// - dist/THIRD-PARTY-NOTICES: every package bundled into the code above, with its version, licence and licence text
//   (the bundles carry no legal comments: the texts are here, once each), from esbuild's metafiles.
// Committed so that a checkout runs without a build step (the Action, pre-commit's npm pack, `npx helmvet`);
// test/dist.test.ts rebuilds into a temporary directory and fails when dist/ is stale: run `npm run build`.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const out = resolve(root, process.argv[2] ?? 'dist');

const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

const common = {
  define: { __HELMVET_VERSION__: JSON.stringify(version) },
  absWorkingDir: root,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  // The licences of what is bundled go to THIRD-PARTY-NOTICES, whole, rather than as comments scattered in the code.
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  // CommonJS dependencies (semver, ignore) call require(); give the ESM bundle a real one.
  banner: {
    js: "import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);",
  },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const cli = await build({ ...common, entryPoints: { helmvet: 'src/cli/bin.ts' }, outdir: out, splitting: true });
const action = await build({
  ...common,
  entryPoints: { action: 'src/github/action.ts' },
  outdir: out,
  splitting: false,
});
cpSync(resolve(root, 'src/knowledge/advisories'), resolve(out, 'advisories'), { recursive: true });
writeFileSync(
  resolve(out, 'THIRD-PARTY-NOTICES'),
  notices([
    ['the CLI (dist/helmvet.js and its chunks)', cli.metafile],
    ['the GitHub Action (dist/action.js)', action.metafile],
  ]),
);

/**
 * The notices file: one entry per bundled package (name and version), sorted, each with its licence as its
 * package.json states it, the bundles holding its code and the text of every licence or notice file it ships. Nothing
 * in it depends on the machine, the time or the order esbuild reports inputs in, so the build stays reproducible.
 */
function notices(bundles) {
  const packages = new Map();
  for (const [bundle, metafile] of bundles) {
    for (const dir of bundledPackageDirs(metafile)) {
      const pkg = JSON.parse(readFileSync(resolve(root, dir, 'package.json'), 'utf8'));
      const key = `${pkg.name}@${pkg.version}`;
      const entry = packages.get(key) ?? {
        name: pkg.name,
        version: pkg.version,
        license: licenseOf(pkg, dir),
        bundles: new Set(),
        texts: licenseTexts(dir),
      };
      entry.bundles.add(bundle);
      packages.set(key, entry);
    }
  }
  const byName = (a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.version < b.version ? -1 : a.version > b.version ? 1 : 0;
  const rule = (c) => c.repeat(80);
  const lines = [
    'Third-party software in helmvet',
    '',
    'helmvet is licensed under the Apache License 2.0 (LICENSE). Its bundles in dist/ include the code of the',
    'packages below, each under its own licence: listed with its version, its licence as its package.json states it,',
    'the bundles that hold its code, and the licence and notice texts it is distributed with. The npm package ships',
    'the CLI; dist/action.js, the GitHub Action, is in the Git repository.',
    '',
    `${packages.size} packages:`,
    '',
  ];
  const sorted = [...packages.values()].sort(byName);
  for (const p of sorted) lines.push(`  ${p.name} ${p.version} (${p.license})`);
  for (const p of sorted) {
    lines.push(
      '',
      rule('='),
      `${p.name} ${p.version}`,
      `License: ${p.license}`,
      `Bundled in: ${bundles
        .map(([b]) => b)
        .filter((b) => p.bundles.has(b))
        .join('; ')}`,
    );
    for (const { file, text } of p.texts) lines.push(rule('-'), `${file}:`, '', text);
  }
  return `${lines.join('\n')}\n`;
}

/** node_modules/<pkg> (the innermost, for nested copies) of every input that contributes bytes to an output. */
function bundledPackageDirs(metafile) {
  const dirs = new Set();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const match =
        bytesInOutput > 0 ? /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input.replace(/\\/g, '/')) : null;
      if (match) dirs.add(match[1]);
    }
  }
  return dirs;
}

function licenseOf(pkg, dir) {
  const ids =
    typeof pkg.license === 'string'
      ? [pkg.license]
      : pkg.license?.type
        ? [pkg.license.type]
        : (pkg.licenses ?? []).map((l) => l.type ?? l);
  if (ids.length === 0) throw new Error(`build: ${dir}/package.json states no licence; it cannot be bundled unchecked`);
  return ids.join(' OR ');
}

/** The licence and notice files at the package's root (LICENSE, LICENSE.md, LICENSE-MIT, NOTICE, COPYING...). */
function licenseTexts(dir) {
  const files = readdirSync(resolve(root, dir))
    .filter((f) => /^(licen[cs]e|copying|notice)([-._].*)?$/i.test(f))
    .sort();
  if (files.length === 0)
    throw new Error(`build: ${dir} ships no licence file; its licence text must go into THIRD-PARTY-NOTICES`);
  return files.map((file) => ({
    file,
    text: readFileSync(resolve(root, dir, file), 'utf8')
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .trimEnd(),
  }));
}
