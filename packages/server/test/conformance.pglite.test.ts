import { afterAll, describe, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import { defineConformanceSuite } from '@wellvisit/sdk/conformance';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';

// One server on one PGlite for the whole suite: every test makes tenants of its own, and the
// clock only moves forward, which the harness contract allows.
let shared: Promise<{ db: Database; server: TestServer }> | undefined;
const start = () =>
  (shared ??= snapshotPglite().then(async (db) => ({ db, server: await startTestServer(db) })));

afterAll(async () => {
  if (!shared) return;
  const { db, server } = await shared;
  await server.close();
  await db.close();
});

defineConformanceSuite(
  {
    name: 'server on PGlite through createHttpBackend',
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
