import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

// The real-world regression run over ../shared/corpus. Kept apart from `npm test`, which must pass without ../shared.
export default defineConfig({
  define: { __HELMVET_VERSION__: JSON.stringify(version) },
  test: {
    // What a user's `helmvet knowledge update` cached must not change what the tests see: a cache directory that
    // does not exist, unless a test names its own.
    env: { HELMVET_CACHE_DIR: join(tmpdir(), 'helmvet-tests-no-cache') },
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
