import { join } from 'node:path';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/**
 * The database a server runs on, migrated: PostgreSQL when a URL is given, else PGlite in
 * `<dataDir>/pglite` (made on first start).
 */
export async function openDatabase(options: {
  databaseUrl?: string | undefined;
  dataDir: string;
}): Promise<Database> {
  const db = options.databaseUrl
    ? openPostgres(options.databaseUrl)
    : await openPglite({ dataDir: join(options.dataDir, 'pglite') });
  try {
    await migrate(db);
    // PGlite runs no autovacuum: without fresh statistics the planner picks nested loops that
    // make a 1,000-officer roster ten times slower.
    if (db.kind === 'pglite') await db.exec('ANALYZE');
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
