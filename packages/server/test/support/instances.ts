import { openPostgres } from '../../src/db/postgres.js';
import type { Database } from '../../src/db/database.js';
import type { ServerOptions } from '../../src/server.js';
import type { TestPostgres } from './databases.js';
import { startTestServer, type TestServer } from './server.js';

/**
 * Several server instances, each with its own pool, on one PostgreSQL database, racing: their
 * workers poll every 10 ms in small batches, and bookings are not rate limited.
 */
export interface Instances {
  pools: Database[];
  servers: TestServer[];
  /** Stops the servers and closes their pools (the database stays for its owner to drop). */
  close(): Promise<void>;
}

export async function startInstances(
  pg: TestPostgres,
  count: number,
  options: Partial<ServerOptions>,
): Promise<Instances> {
  const pools: Database[] = [];
  const servers: TestServer[] = [];
  for (let i = 0; i < count; i++) {
    const db = openPostgres(pg.url, 4);
    pools.push(db);
    servers.push(
      await startTestServer(db, {
        worker: { pollMs: 10, batchSize: 5 },
        rateLimits: { booking: false },
        ...options,
      }),
    );
  }
  return {
    pools,
    servers,
    async close() {
      for (const server of servers) await server.close();
      for (const db of pools) await db.close();
    },
  };
}
