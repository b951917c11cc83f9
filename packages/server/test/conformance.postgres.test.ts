import { openPostgres } from '../src/db/postgres.js';
import { defineServerConformance } from './support/conformance.js';
import { createTestPostgres, postgresConfigured } from './support/databases.js';
import { startTestServer } from './support/server.js';

if (postgresConfigured('conformance.postgres.test.ts')) {
  // One database for this file, dropped afterwards.
  defineServerConformance('server on PostgreSQL through createHttpBackend', async () => {
    const pg = await createTestPostgres();
    const db = openPostgres(pg.url);
    const server = await startTestServer(db);
    return {
      server,
      close: async () => {
        await server.close();
        await db.close();
        await pg.drop();
      },
    };
  });
}
