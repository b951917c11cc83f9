import type { VisitWrite, WriteOutcome } from '@wellvisit/sdk/server';
import { isPostgresError, SQLSTATE, type Database } from '../db/database.js';
import { channelsFor, scheduleVisitReminders, type DeliverableChannels } from '../jobs/schedule.js';
import { insertKey } from './idempotency.js';
import { insertVisit, updateVisit } from './visits.js';

/** Thrown inside a write's transaction to roll it back with an outcome. */
class Refused extends Error {
  constructor(readonly outcome: Exclude<WriteOutcome, 'written'>) {
    super(outcome);
  }
}

function outcomeOf(error: unknown): Exclude<WriteOutcome, 'written'> | undefined {
  if (error instanceof Refused) return error.outcome;
  if (isPostgresError(error, SQLSTATE.exclusionViolation)) return 'slot-taken';
  if (isPostgresError(error, SQLSTATE.uniqueViolation)) return 'key-taken';
  return undefined;
}

/**
 * One visit written in one transaction: inserted or updated at its expected version, with its
 * idempotency key and its reminder jobs. The database's constraints decide the outcome: its
 * exclusion constraint on a clinician's booked time (`slot-taken`), the key's primary key
 * (`key-taken`); a version that moved is `stale`.
 */
export async function writeVisit(
  db: Database,
  channels: DeliverableChannels,
  write: VisitWrite,
  now: Date,
): Promise<WriteOutcome> {
  const { visit, expectedVersion, key, reminders, previousStatus } = write;
  try {
    await db.transaction(async (tx) => {
      if (expectedVersion === undefined) await insertVisit(tx, visit);
      else if (!(await updateVisit(tx, visit, expectedVersion, previousStatus))) {
        throw new Refused('stale');
      }
      if (key) await insertKey(tx, visit.officerId, key.key, { ...key, visitId: visit.id }, now);
      if (reminders) {
        await scheduleVisitReminders(
          tx,
          visit,
          reminders.preferences,
          channelsFor(channels, reminders.officer),
          now,
          {
            replacing: expectedVersion !== undefined,
          },
        );
      }
    });
    return 'written';
  } catch (error) {
    const outcome = outcomeOf(error);
    if (outcome) return outcome;
    throw error;
  }
}
