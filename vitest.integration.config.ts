import { defineConfig } from 'vitest/config';

// Tests that need programs beside Node (Debian's pre-commit): .ci/run installs them, then runs these.
export default defineConfig({
  test: {
    include: ['test/integration/**/*.test.ts'],
    testTimeout: 300_000,
  },
});
