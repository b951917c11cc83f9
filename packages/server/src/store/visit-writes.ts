import type { Visit, VisitStatus } from '@wellvisit/sdk';
import type { VisitWrite, WriteOutcome } from '@wellvisit/sdk/server';
import { isPostgresError, SQLSTATE, type Database } from '../db/database.js';
import { channelsFor, reminderJobs, type DeliverableChannels } from '../jobs/schedule.js';
import { visitMessages } from '../messages/change.js';
import { newId } from './ids.js';
import { Params } from './params.js';
import { jobsInsert, pendingJobsDelete } from './reminder-jobs.js';
import { messagesInsert } from './visit-messages.js';
import { VISIT_COLUMNS, json } from './rows.js';

// A visit write is one statement: the visit's INSERT or versioned UPDATE as the CTE `written`,
// and every change that goes with it as a further data-modifying CTE that runs only when
// `written` has a row. One statement is one round trip and one transaction of its own.

/** Runs a companion part only when the visit was written (a stale UPDATE writes nothing). */
const WRITTEN = 'EXISTS (SELECT 1 FROM written)';

function visitInsert(p: Params, visit: Visit): string {
  return `INSERT INTO visits (${VISIT_COLUMNS})
          VALUES (${p.add(visit.id, 'text')}, ${p.add(visit.officerId, 'text')},
                  ${p.add(visit.clinicianId, 'text')}, ${p.add(visit.modality, 'text')},
                  ${p.add(visit.place ?? null, 'text')}, ${p.add(visit.start, 'timestamptz')},
                  ${p.add(visit.end, 'timestamptz')}, ${p.add(visit.status, 'text')},
                  ${p.add(visit.version, 'int')}, ${p.add(visit.createdAt, 'timestamptz')},
                  ${p.add(visit.updatedAt, 'timestamptz')},
                  ${p.add(visit.video === undefined ? null : json(visit.video), 'jsonb')})
          RETURNING id`;
}

/**
 * Optimistic concurrency: no row when someone else changed the visit first. `previousStatus`:
 * the mark a clinician's correction replaces, which department surfaces keep seeing until the
 * next batch.
 */
function visitUpdate(
  p: Params,
  visit: Visit,
  expectedVersion: number,
  previousStatus: VisitStatus | undefined,
): string {
  return `UPDATE visits
             SET clinician_id = ${p.add(visit.clinicianId, 'text')},
                 modality = ${p.add(visit.modality, 'text')},
                 place = ${p.add(visit.place ?? null, 'text')},
                 start_at = ${p.add(visit.start, 'timestamptz')},
                 end_at = ${p.add(visit.end, 'timestamptz')},
                 status = ${p.add(visit.status, 'text')},
                 version = ${p.add(visit.version, 'int')},
                 updated_at = ${p.add(visit.updatedAt, 'timestamptz')},
                 previous_status = ${p.add(previousStatus ?? null, 'text')},
                 video = ${p.add(visit.video === undefined ? null : json(visit.video), 'jsonb')}
           WHERE id = ${p.add(visit.id, 'text')} AND version = ${p.add(expectedVersion, 'int')}
          RETURNING id`;
}

/** The booking's idempotency key: its primary key makes a second use of it fail. */
function keyInsert(p: Params, visit: Visit, key: NonNullable<VisitWrite['key']>, at: Date): string {
  return `INSERT INTO idempotency_keys (officer_id, key, request_hash, visit_id, created_at)
          SELECT ${p.add(visit.officerId, 'text')}, ${p.add(key.key, 'text')},
                 ${p.add(key.fingerprint, 'text')}, id, ${p.add(at, 'timestamptz')} FROM written`;
}

/** The statement's parts after `written`, by CTE name: every change that goes with the visit. */
function companions(
  p: Params,
  channels: DeliverableChannels,
  { change, visit, previous, key, reminders }: VisitWrite,
  now: Date,
): [name: string, sql: string][] {
  const parts: [string, string][] = [];
  if (key) parts.push(['stored_key', keyInsert(p, visit, key, now)]);
  if (reminders) {
    // A new visit has no jobs to replace.
    if (previous) {
      parts.push(['dropped_jobs', pendingJobsDelete(p, visit.id, WRITTEN)]);
    }
    const jobs = reminderJobs(
      visit,
      reminders.preferences,
      channelsFor(channels, reminders.officer),
      now,
    );
    if (jobs.length > 0) parts.push(['new_jobs', jobsInsert(p, jobs, now, WRITTEN)]);
  }
  // The officer and the clinician are told through the outbox, sent after this commits.
  if (change !== 'marked') {
    const messages = visitMessages({ kind: change, visit, previous }, channels, () => newId('msg'));
    if (messages.length > 0) {
      parts.push(['new_messages', messagesInsert(p, visit.officerId, messages, now, WRITTEN)]);
    }
  }
  return parts;
}

function outcomeOf(error: unknown): Exclude<WriteOutcome, 'written'> | undefined {
  if (isPostgresError(error, SQLSTATE.exclusionViolation)) return 'slot-taken';
  if (isPostgresError(error, SQLSTATE.uniqueViolation)) return 'key-taken';
  return undefined;
}

/**
 * One visit written in one statement: inserted or updated at the version it replaces, with its
 * idempotency key, its reminder jobs and its messages. The database's constraints decide the outcome: its
 * exclusion constraint on a clinician's booked time (`slot-taken`), the key's primary key
 * (`key-taken`); a version that moved is `stale`. A deadlock between two such statements is run
 * again (`Database.statement`).
 */
export async function writeVisit(
  db: Database,
  channels: DeliverableChannels,
  write: VisitWrite,
  now: Date,
): Promise<WriteOutcome> {
  const p = new Params();
  const { visit, previous, previousStatus } = write;
  const written = previous
    ? visitUpdate(p, visit, previous.version, previousStatus)
    : visitInsert(p, visit);
  const parts = [['written', written], ...companions(p, channels, write, now)];
  try {
    const [row] = await db.statement<{ written: number }>(
      `WITH ${parts.map(([name, sql]) => `${name} AS (${sql})`).join(',\n')}
       SELECT count(*)::int AS written FROM written`,
      p.values,
    );
    return row?.written === 1 ? 'written' : 'stale';
  } catch (error) {
    const outcome = outcomeOf(error);
    if (outcome) return outcome;
    throw error;
  }
}
