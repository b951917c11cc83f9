import { defineConfig } from 'vitest/config';

// Slower fault tests, run by `pnpm test:torture` (CI runs them after the main suite).
export default defineConfig({
  test: {
    include: ['torture/**/*.torture.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
