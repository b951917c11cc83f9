import { defineConfig } from 'vitest/config';

// The PostgreSQL tests need a server where the user may create databases. Without
// WELLVISIT_TEST_DATABASE_URL they are not registered (and this says so); in CI that is an error.
const postgres = process.env.WELLVISIT_TEST_DATABASE_URL;
if (!postgres) {
  if (process.env.CI)
    throw new Error('CI must set WELLVISIT_TEST_DATABASE_URL for the server tests');
  console.warn('WELLVISIT_TEST_DATABASE_URL is not set: the PostgreSQL tests are not registered');
}

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: postgres ? [] : ['test/**/*.postgres.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-heavy and this machine has two cores.
    fileParallelism: false,
  },
});
