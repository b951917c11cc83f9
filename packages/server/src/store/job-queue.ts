import type { Queryable } from '../db/database.js';

// The delivery-queue statements both job tables share (reminder_jobs, visit_messages): the same
// status, attempts, next_attempt_at, locked_until, last_failure and sent_at columns.

export type JobTable = 'reminder_jobs' | 'visit_messages';

/** What a table forgets once a job is finished: an outbox row drops its copy of the visit. */
const ON_FINISH: Record<JobTable, string> = {
  reminder_jobs: '',
  visit_messages: ', visit = NULL',
};

/**
 * Claims up to `limit` due jobs for `leaseMs` and returns their ids, oldest due first: `FOR
 * UPDATE SKIP LOCKED` lets several instances claim at once without waiting on or taking each
 * other's rows. A job whose claim lapsed (its instance died mid-delivery) is due again.
 */
export async function claimDue(
  db: Queryable,
  table: JobTable,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<string[]> {
  const claimed = await db.query<{ id: string }>(
    `UPDATE ${table} SET status = 'sending', attempts = attempts + 1, locked_until = $2
      WHERE id IN (
        SELECT id FROM ${table}
         WHERE (status = 'pending' AND next_attempt_at <= $1)
            OR (status = 'sending' AND locked_until <= $1)
         ORDER BY next_attempt_at
         LIMIT $3
         FOR UPDATE SKIP LOCKED)
      RETURNING id`,
    [now, new Date(now.getTime() + leaseMs), limit],
  );
  return claimed.map((row) => row.id);
}

export async function markSent(
  db: Queryable,
  table: JobTable,
  jobId: string,
  at: Date,
): Promise<void> {
  await db.query(
    `UPDATE ${table} SET status = 'sent', sent_at = $2, locked_until = NULL${ON_FINISH[table]}
      WHERE id = $1 AND status = 'sending'`,
    [jobId, at],
  );
}

/** Schedules another attempt at `retryAt`, or gives up (`dead`) when there is none. */
export async function markFailed(
  db: Queryable,
  table: JobTable,
  jobId: string,
  failure: string,
  retryAt: Date | undefined,
): Promise<void> {
  const finish = retryAt === undefined ? ON_FINISH[table] : '';
  await db.query(
    `UPDATE ${table}
        SET status = CASE WHEN $3::timestamptz IS NULL THEN 'dead' ELSE 'pending' END,
            next_attempt_at = COALESCE($3, next_attempt_at), locked_until = NULL,
            last_failure = $2${finish}
      WHERE id = $1 AND status = 'sending'`,
    [jobId, failure.slice(0, 200), retryAt ?? null],
  );
}
