import type { ReminderChannel } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { Params } from './params.js';

// Reminder deliveries as rows: scheduled when a visit changes, claimed by any instance's worker.

export interface NewReminderJob {
  id: string;
  reminderId: string;
  visitId: string;
  officerId: string;
  channel: ReminderChannel;
  dueAt: string;
}

/** A claimed job with what its message needs: opaque ids, the time, and the officer's choices. */
export interface ClaimedJob {
  id: string;
  reminderId: string;
  visitId: string;
  officerId: string;
  channel: ReminderChannel;
  attempts: number;
  visitStart: Date;
  officerEmail: string | null;
  officerTimeZone: string;
  discreet: boolean;
  clinicianName: string;
}

/**
 * The DELETE of a visit's jobs not yet sent (a reschedule or a cancellation leaves none stale),
 * run only `when` the condition holds (a part of a larger statement: the visit was written).
 */
export function pendingJobsDelete(p: Params, visitId: string, when = 'true'): string {
  return `DELETE FROM reminder_jobs
           WHERE visit_id = ${p.add(visitId, 'text')} AND status = 'pending' AND ${when}`;
}

/** The INSERT of new jobs in one statement, run only `when` the condition holds. */
export function jobsInsert(
  p: Params,
  jobs: readonly NewReminderJob[],
  at: Date,
  when = 'true',
): string {
  const column = (pick: (job: NewReminderJob) => string) => p.add(jobs.map(pick), 'text[]');
  return `INSERT INTO reminder_jobs
            (id, reminder_id, visit_id, officer_id, channel, due_at, next_attempt_at, created_at)
          SELECT j.id, j.reminder_id, j.visit_id, j.officer_id, j.channel,
                 j.due_at::timestamptz, j.due_at::timestamptz, ${p.add(at, 'timestamptz')}
            FROM unnest(${column((j) => j.id)}, ${column((j) => j.reminderId)},
                        ${column((j) => j.visitId)}, ${column((j) => j.officerId)},
                        ${column((j) => j.channel)}, ${column((j) => j.dueAt)})
                 AS j(id, reminder_id, visit_id, officer_id, channel, due_at)
           WHERE ${when}`;
}

export async function dropPendingJobs(db: Queryable, visitId: string): Promise<void> {
  const p = new Params();
  await db.query(pendingJobsDelete(p, visitId), p.values);
}

export async function insertJobs(
  db: Queryable,
  jobs: readonly NewReminderJob[],
  at: Date,
): Promise<void> {
  if (jobs.length === 0) return;
  const p = new Params();
  await db.query(jobsInsert(p, jobs, at), p.values);
}

/**
 * Claims up to `limit` due jobs for `leaseMs`: `FOR UPDATE SKIP LOCKED` lets several instances
 * claim at once without waiting on or taking each other's rows. A job whose claim lapsed (its
 * instance died mid-delivery) is due again.
 */
export async function claimDueJobs(
  db: Queryable,
  now: Date,
  leaseMs: number,
  limit: number,
): Promise<ClaimedJob[]> {
  const claimed = await db.query<{ id: string }>(
    `UPDATE reminder_jobs SET status = 'sending', attempts = attempts + 1, locked_until = $2
      WHERE id IN (
        SELECT id FROM reminder_jobs
         WHERE (status = 'pending' AND next_attempt_at <= $1)
            OR (status = 'sending' AND locked_until <= $1)
         ORDER BY next_attempt_at
         LIMIT $3
         FOR UPDATE SKIP LOCKED)
      RETURNING id`,
    [now, new Date(now.getTime() + leaseMs), limit],
  );
  if (claimed.length === 0) return [];
  const rows = await db.query<{
    id: string;
    reminder_id: string;
    visit_id: string;
    officer_id: string;
    channel: ReminderChannel;
    attempts: number;
    start_at: Date;
    email: string | null;
    time_zone: string;
    discreet: boolean | null;
    clinician_name: string;
  }>(
    `SELECT j.id, j.reminder_id, j.visit_id, j.officer_id, j.channel, j.attempts, v.start_at,
            o.email, o.time_zone, (o.reminder_preferences ->> 'discreet')::boolean AS discreet,
            c.display_name AS clinician_name
       FROM reminder_jobs j
       JOIN visits v ON v.id = j.visit_id
       JOIN officers o ON o.id = j.officer_id
       JOIN clinicians c ON c.id = v.clinician_id
      WHERE j.id = ANY($1::text[])
      ORDER BY j.next_attempt_at`,
    [claimed.map((row) => row.id)],
  );
  return rows.map((row) => ({
    id: row.id,
    reminderId: row.reminder_id,
    visitId: row.visit_id,
    officerId: row.officer_id,
    channel: row.channel,
    attempts: row.attempts,
    visitStart: row.start_at,
    officerEmail: row.email,
    officerTimeZone: row.time_zone,
    discreet: row.discreet ?? true,
    clinicianName: row.clinician_name,
  }));
}

export async function markSent(db: Queryable, jobId: string, at: Date): Promise<void> {
  await db.query(
    `UPDATE reminder_jobs SET status = 'sent', sent_at = $2, locked_until = NULL
      WHERE id = $1 AND status = 'sending'`,
    [jobId, at],
  );
}

/** Schedules another attempt at `retryAt`, or gives up (`dead`) when there is none. */
export async function markFailed(
  db: Queryable,
  jobId: string,
  failure: string,
  retryAt: Date | undefined,
): Promise<void> {
  await db.query(
    `UPDATE reminder_jobs
        SET status = CASE WHEN $3::timestamptz IS NULL THEN 'dead' ELSE 'pending' END,
            next_attempt_at = COALESCE($3, next_attempt_at), locked_until = NULL, last_failure = $2
      WHERE id = $1 AND status = 'sending'`,
    [jobId, failure.slice(0, 200), retryAt ?? null],
  );
}
