import { describe, it } from 'vitest';
import { openPostgres } from '../src/db/postgres.js';
import { createTestPostgres, postgresConfigured } from './support/databases.js';
import { expectAllKept, writeMany } from './support/durability.js';
import { startTestServer } from './support/server.js';

if (postgresConfigured('restart.postgres.test.ts')) {
  describe('a restart on PostgreSQL keeps every acknowledged write', () => {
    it('stop the server and its pool, start again: everything is there', async () => {
      const pg = await createTestPostgres();
      try {
        const first = openPostgres(pg.url);
        const before = await startTestServer(first);
        const ack = await writeMany(before);
        await before.close();
        await first.close();

        const second = openPostgres(pg.url);
        const after = await startTestServer(second, {}, Number(new URL(before.url).port));
        try {
          await expectAllKept(ack);
        } finally {
          await after.close();
          await second.close();
        }
      } finally {
        await pg.drop();
      }
    });
  });
}
