import type { StoredKey } from '@wellvisit/sdk/server';
import type { Queryable } from '../db/database.js';
import { VISIT_COLUMNS, toVisit, type VisitRow } from './rows.js';

// Idempotency keys: one per officer and key, with what the first booking asked for.

/** The key with the visit it made (gone if deleted since). */
export async function findKey(
  db: Queryable,
  officerId: string,
  key: string,
): Promise<StoredKey | undefined> {
  const visitColumns = VISIT_COLUMNS.split(', ')
    .map((column) => `v.${column}`)
    .join(', ');
  const [row] = await db.query<VisitRow & { request_hash: string; found: boolean }>(
    `SELECT k.request_hash, v.id IS NOT NULL AS found, ${visitColumns}
       FROM idempotency_keys k LEFT JOIN visits v ON v.id = k.visit_id
      WHERE k.officer_id = $1 AND k.key = $2`,
    [officerId, key],
  );
  return row && { fingerprint: row.request_hash, visit: row.found ? toVisit(row) : undefined };
}

/** Stores a key; a concurrent booking with the same key makes this fail with a unique violation. */
export async function insertKey(
  db: Queryable,
  officerId: string,
  key: string,
  stored: { fingerprint: string; visitId: string },
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO idempotency_keys (officer_id, key, request_hash, visit_id, created_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [officerId, key, stored.fingerprint, stored.visitId, at],
  );
}
