// Bundles the CLI into dist/ with esbuild: one start-up file plus lazily loaded chunks, so that
// `helmvet --version` does not pay for the YAML parser, ajv or the rules.
import { build } from 'esbuild';
import { cpSync, rmSync } from 'node:fs';

const root = new URL('../', import.meta.url);
rmSync(new URL('dist/', root), { recursive: true, force: true });

await build({
  entryPoints: { helmvet: 'src/cli/bin.ts' },
  absWorkingDir: root.pathname,
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (semver, ignore) call require(); give the ESM bundle a real one.
  banner: { js: "import { createRequire as __helmvetCreateRequire } from 'node:module'; const require = __helmvetCreateRequire(import.meta.url);" },
});

// Advisories are data files read at run time from beside the code that loads them.
cpSync(new URL('src/knowledge/advisories/', root), new URL('dist/advisories/', root), { recursive: true });
