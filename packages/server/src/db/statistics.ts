import type { Database } from './database.js';

const EVERY_MS = 10 * 60_000;

/**
 * PGlite runs no autovacuum, so nothing refreshes the planner's statistics as tables grow (the
 * audit log above all). This does, every ten minutes; on PostgreSQL autovacuum already does.
 * Returns a function that stops it.
 */
export function keepStatisticsFresh(db: Database, everyMs = EVERY_MS): () => void {
  if (db.kind !== 'pglite') return () => undefined;
  const timer = setInterval(() => {
    db.exec('ANALYZE').catch((error: unknown) => {
      console.error('wellvisit: ANALYZE failed:', error instanceof Error ? error.message : error);
    });
  }, everyMs).unref();
  return () => {
    clearInterval(timer);
  };
}
