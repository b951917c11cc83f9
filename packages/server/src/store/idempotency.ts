import { createHash } from 'node:crypto';
import type { Queryable } from '../db/database.js';

export interface StoredKey {
  requestHash: string;
  visitId: string;
}

/** What a repeated booking must match to count as the same request. */
export function bookingHash(clinicianId: string, start: string, modality: string): string {
  return createHash('sha256')
    .update(JSON.stringify([clinicianId, Date.parse(start), modality]))
    .digest('hex');
}

export async function findKey(
  db: Queryable,
  officerId: string,
  key: string,
): Promise<StoredKey | undefined> {
  const [row] = await db.query<{ request_hash: string; visit_id: string }>(
    'SELECT request_hash, visit_id FROM idempotency_keys WHERE officer_id = $1 AND key = $2',
    [officerId, key],
  );
  return row && { requestHash: row.request_hash, visitId: row.visit_id };
}

/** Stores a key; a concurrent booking with the same key makes this fail with a unique violation. */
export async function insertKey(
  db: Queryable,
  officerId: string,
  key: string,
  stored: StoredKey,
  at: Date,
): Promise<void> {
  await db.query(
    `INSERT INTO idempotency_keys (officer_id, key, request_hash, visit_id, created_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [officerId, key, stored.requestHash, stored.visitId, at],
  );
}
