import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// Tests that need programs beside Node (Debian's pre-commit): .ci/run installs them, then runs these.
export default defineConfig({
  define: { __HELMVET_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/integration/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
