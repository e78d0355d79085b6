import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The real-world regression run over ../shared/corpus. Kept apart from `npm test`, which must pass without ../shared.
export default defineConfig({
  define: { __HELMVET_VERSION__: JSON.stringify(version) },
  test: {
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
