import { afterAll, describe, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import { defineConformanceSuite } from '@wellvisit/sdk/conformance';
import { openPostgres } from '../src/db/postgres.js';
import type { Database } from '../src/db/database.js';
import { createTestPostgres, postgresConfigured, type TestPostgres } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';

if (postgresConfigured('conformance.postgres.test.ts')) {
  // One database for this file, one server on it; every test makes tenants of its own.
  let shared: Promise<{ pg: TestPostgres; db: Database; server: TestServer }> | undefined;
  const start = () =>
    (shared ??= createTestPostgres().then(async (pg) => {
      const db = openPostgres(pg.url);
      return { pg, db, server: await startTestServer(db) };
    }));

  afterAll(async () => {
    if (!shared) return;
    const { pg, db, server } = await shared;
    await server.close();
    await db.close();
    await pg.drop();
  });

  defineConformanceSuite(
    {
      name: 'server on PostgreSQL through createHttpBackend',
      async create() {
        const { server } = await start();
        const connect = (token: string) =>
          createHttpBackend({ baseUrl: server.url, token, retry: { delay: () => 0 } });
        return {
          admin: connect(server.adminKey).admin,
          connect,
          advanceTime: (ms: number) => {
            server.advanceTime(ms);
            return Promise.resolve();
          },
          close: () => Promise.resolve(),
        };
      },
    },
    { describe, it },
  );
}
