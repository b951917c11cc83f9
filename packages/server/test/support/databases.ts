import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';
import type { Database } from '../../src/db/database.js';

/** A migrated in-memory PGlite, from the run's snapshot. */
export async function snapshotPglite(): Promise<Database> {
  const tar = await readFile(inject('pgliteSnapshot'));
  return openPglite({ snapshot: new Blob([tar]) });
}

/** The snapshot as a Blob, to open a data directory from (restart tests). */
export async function snapshotBlob(): Promise<Blob> {
  return new Blob([await readFile(inject('pgliteSnapshot'))]);
}

const POSTGRES_URL = process.env.WELLVISIT_TEST_DATABASE_URL;

/**
 * Whether the PostgreSQL tests run. Without `WELLVISIT_TEST_DATABASE_URL` they are not registered
 * and a line says so — except in CI, where a missing URL is a failure, not a silent skip.
 */
export function postgresConfigured(file: string): boolean {
  if (POSTGRES_URL !== undefined && POSTGRES_URL !== '') return true;
  if (process.env.CI) {
    throw new Error(`${file}: WELLVISIT_TEST_DATABASE_URL must be set in CI`);
  }
  console.warn(`${file}: WELLVISIT_TEST_DATABASE_URL is not set; PostgreSQL tests not registered`);
  return false;
}

export interface TestPostgres {
  /** The URL of this test's own database. */
  url: string;
  /** Drops the database (close every pool on it first). */
  drop(): Promise<void>;
}

/** A fresh database `wv_test_<random>` on the test server, migrated. */
export async function createTestPostgres(): Promise<TestPostgres> {
  if (POSTGRES_URL === undefined) throw new Error('WELLVISIT_TEST_DATABASE_URL is not set');
  const name = `wv_test_${randomBytes(6).toString('hex')}`;
  const server = openPostgres(POSTGRES_URL, 1);
  await server.exec(`CREATE DATABASE ${name}`);
  await server.close();
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  const db = openPostgres(url.toString(), 2);
  await migrate(db);
  await db.close();
  return {
    url: url.toString(),
    async drop() {
      const admin = openPostgres(POSTGRES_URL, 1);
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}
