import {
  ConflictError,
  NotFoundError,
  bookedVisit,
  changeRefused,
  checkChangeAllowed,
  movedVisit,
  visitWithStatus,
  type BookingRequest,
  type CancelRequest,
  type RescheduleRequest,
  type Visit,
} from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { channelsFor, scheduleVisitReminders } from '../jobs/schedule.js';
import { enqueueVisitMessages } from '../messages/enqueue.js';
import { findClinician } from '../store/directory.js';
import { bookingHash, findKey, insertKey } from '../store/idempotency.js';
import { newId } from '../store/ids.js';
import { findVisit, insertVisit, updateVisit } from '../store/visits.js';
import { bookableSlot, reachableClinician } from './booking.js';
import { nowInstant, slotTaken, type SqlContext } from './context.js';
import type { AsOfficer } from './principal.js';

// An officer's writes: booking (idempotent), rescheduling and cancelling (within notice, with
// optimistic concurrency). The SDK's rules decide; the database guarantees no double booking.

function versionMismatch(visit: Visit): ConflictError {
  return new ConflictError(
    `The visit changed (version ${visit.version}); reload it and try again`,
    { code: 'version-mismatch' },
  );
}

/** One of the caller's own visits; another officer's does not exist for them. */
async function ownVisit(db: Queryable, officerId: string, visitId: string): Promise<Visit> {
  const visit = await findVisit(db, visitId, { forUpdate: true });
  if (visit?.officerId !== officerId)
    throw new NotFoundError('No such visit', { code: 'not-found' });
  return visit;
}

/** Reschedule and cancel: only while booked and outside the clinician's notice period. */
async function checkChange(db: Queryable, visit: Visit, expected: number | undefined, now: Date) {
  if (expected !== undefined && expected !== visit.version) throw versionMismatch(visit);
  const current = await findClinician(db, visit.clinicianId);
  const check = checkChangeAllowed(visit, current?.availability?.minNoticeMinutes ?? 0, now);
  if (!check.ok) throw changeRefused(check.code);
}

/** Books a free slot; a retried request with the same idempotency key returns the first visit. */
export async function bookVisit(
  ctx: SqlContext,
  { officer, department, preferences }: AsOfficer,
  request: BookingRequest,
): Promise<Visit> {
  const { db } = ctx;
  const hash = bookingHash(request.clinicianId, request.start, request.modality);
  const key = request.idempotencyKey;
  const replay = async (): Promise<Visit | undefined> => {
    if (key === undefined) return undefined;
    const stored = await findKey(db, officer.id, key);
    if (!stored) return undefined;
    const visit = await findVisit(db, stored.visitId);
    if (stored.requestHash !== hash || !visit) {
      throw new ConflictError('This idempotency key was used for a different booking', {
        code: 'idempotency-mismatch',
      });
    }
    return visit;
  };
  const prior = await replay();
  if (prior) return prior;

  const { clinician, availability } = await reachableClinician(
    db,
    request.clinicianId,
    department.id,
  );
  const now = ctx.now();
  try {
    const slot = await bookableSlot(db, clinician, availability, {
      start: request.start,
      modality: request.modality,
      now,
    });
    const visit = bookedVisit({
      id: newId('visit'),
      officerId: officer.id,
      clinicianId: clinician.id,
      slot,
      at: nowInstant(ctx),
    });
    await db.transaction(async (tx) => {
      await insertVisit(tx, visit);
      if (key !== undefined) {
        await insertKey(tx, officer.id, key, { requestHash: hash, visitId: visit.id }, now);
      }
      await scheduleVisitReminders(tx, visit, preferences, channelsFor(ctx.channels, officer), now);
      await enqueueVisitMessages(tx, { kind: 'booked', visit }, ctx.channels, now);
    });
    return visit;
  } catch (error) {
    // A concurrent request with the same key got there first (its visit now holds the slot,
    // or its key row beat ours): answer with its visit.
    const winner = await replay();
    if (winner) return winner;
    throw slotTaken(error);
  }
}

/** Moves a visit to another free slot: same id, next version, new reminder times. */
export async function rescheduleVisit(
  ctx: SqlContext,
  { officer, department, preferences }: AsOfficer,
  visitId: string,
  request: RescheduleRequest,
): Promise<Visit> {
  const { db } = ctx;
  const now = ctx.now();
  try {
    return await db.transaction(async (tx) => {
      const visit = await ownVisit(tx, officer.id, visitId);
      await checkChange(tx, visit, request.expectedVersion, now);
      const { clinician, availability } = await reachableClinician(
        tx,
        request.clinicianId ?? visit.clinicianId,
        department.id,
      );
      const modality = request.modality ?? visit.modality;
      const slot = await bookableSlot(tx, clinician, availability, {
        start: request.start,
        modality,
        now,
        exceptVisitId: visit.id,
      });
      const moved = movedVisit(visit, { clinicianId: clinician.id, slot, at: nowInstant(ctx) });
      if (!(await updateVisit(tx, moved))) throw versionMismatch(visit);
      await scheduleVisitReminders(tx, moved, preferences, channelsFor(ctx.channels, officer), now);
      await enqueueVisitMessages(
        tx,
        { kind: 'moved', visit: moved, previous: visit },
        ctx.channels,
        now,
      );
      return moved;
    });
  } catch (error) {
    throw slotTaken(error);
  }
}

/** Cancels a visit, which frees its slot and drops its pending reminders. */
export async function cancelVisit(
  ctx: SqlContext,
  { officer, preferences }: AsOfficer,
  visitId: string,
  request: CancelRequest = {},
): Promise<Visit> {
  const { db } = ctx;
  const now = ctx.now();
  return db.transaction(async (tx) => {
    const visit = await ownVisit(tx, officer.id, visitId);
    await checkChange(tx, visit, request.expectedVersion, now);
    const cancelled = visitWithStatus(visit, 'cancelled', nowInstant(ctx));
    if (!(await updateVisit(tx, cancelled))) throw versionMismatch(visit);
    await scheduleVisitReminders(
      tx,
      cancelled,
      preferences,
      channelsFor(ctx.channels, officer),
      now,
    );
    await enqueueVisitMessages(tx, { kind: 'cancelled', visit: cancelled }, ctx.channels, now);
    return cancelled;
  });
}
