// Bundles helmvet with esbuild into dist/ (or DIR: `node scripts/build.mjs DIR`), which is committed:
// - dist/helmvet.js and its chunks: the CLI, a small start-up file plus lazily loaded chunks, so that
//   `helmvet --version` does not pay for the YAML parser, ajv or the rules;
// - dist/action.js: the GitHub Action in one file, as JavaScript actions must be;
// - dist/advisories/: the advisory data files, read at run time from beside the code.
// Committed so that a checkout runs without a build step (the Action, pre-commit's npm pack, `npx helmvet`);
// test/dist.test.ts rebuilds into a temporary directory and fails when dist/ is stale: run `npm run build`.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
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
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (semver, ignore) call require(); give the ESM bundle a real one.
  banner: { js: "import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);" },
};

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({ ...common, entryPoints: { helmvet: 'src/cli/bin.ts' }, outdir: out, splitting: true });
await build({ ...common, entryPoints: { action: 'src/github/action.ts' }, outdir: out, splitting: false });
cpSync(resolve(root, 'src/knowledge/advisories'), resolve(out, 'advisories'), { recursive: true });
