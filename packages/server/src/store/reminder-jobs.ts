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
  /** The officer's message language as stored (a BCP 47 tag), if they gave one. */
  officerLanguage: string | null;
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

/** Claimed jobs (see `claimDue` in job-queue.ts) with what their messages need. */
export async function loadClaimedJobs(
  db: Queryable,
  claimed: readonly string[],
): Promise<ClaimedJob[]> {
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
    language: string | null;
    discreet: boolean | null;
    clinician_name: string;
  }>(
    `SELECT j.id, j.reminder_id, j.visit_id, j.officer_id, j.channel, j.attempts, v.start_at,
            o.email, o.time_zone, o.language, (o.reminder_preferences ->> 'discreet')::boolean AS discreet,
            c.display_name AS clinician_name
       FROM reminder_jobs j
       JOIN visits v ON v.id = j.visit_id
       JOIN officers o ON o.id = j.officer_id
       JOIN clinicians c ON c.id = v.clinician_id
      WHERE j.id = ANY($1::text[])
      ORDER BY j.next_attempt_at`,
    [claimed],
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
    officerLanguage: row.language,
    discreet: row.discreet ?? true,
    clinicianName: row.clinician_name,
  }));
}
