// Bundles helmvet with esbuild.
// - `node scripts/build.mjs [DIR]`: the CLI, dist/helmvet.js plus lazily loaded chunks, so that `helmvet --version`
//   does not pay for the YAML parser, ajv or the rules. Built on install (`prepare`) and before tests; not committed.
// - `node scripts/build.mjs --action [DIR]`: the GitHub Action, dist/action.js in one file, committed as JavaScript
//   actions must be (`npm run build:action`); test/github/dist.test.ts rebuilds it elsewhere and fails when the
//   committed one is stale.
// Advisories are data files read at run time from beside the code: copied to DIR/advisories/ by both.
import { build } from 'esbuild';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const action = process.argv.includes('--action');
const out = resolve(root, process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'dist');

const common = {
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

mkdirSync(out, { recursive: true });
if (action) {
  await build({ ...common, entryPoints: { action: 'src/github/action.ts' }, outdir: out, splitting: false });
} else {
  // The CLI's files only: the committed Action bundle beside them stays as it is.
  for (const f of readdirSync(out)) if (f === 'helmvet.js' || /^(chunk|lint|rules|explain|migrate)-.*\.js$/.test(f)) rmSync(resolve(out, f));
  await build({ ...common, entryPoints: { helmvet: 'src/cli/bin.ts' }, outdir: out, splitting: true });
}
rmSync(resolve(out, 'advisories'), { recursive: true, force: true });
cpSync(resolve(root, 'src/knowledge/advisories'), resolve(out, 'advisories'), { recursive: true });
