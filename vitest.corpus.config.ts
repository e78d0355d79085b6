import { defineConfig } from 'vitest/config';

// The real-world regression run over ../shared/corpus. Kept apart from `npm test`, which must pass without ../shared.
export default defineConfig({
  test: {
    include: ['test/corpus/**/*.test.ts'],
    testTimeout: 120_000,
  },
});
