// An officer's writes: booking (idempotent), rescheduling and cancelling (within notice, with
// optimistic concurrency). The rules decide; the store guarantees no double booking.
import { ConflictError } from '../errors/index.js';
import type {
  BookingRequest,
  CancelRequest,
  Modality,
  RescheduleRequest,
  Session,
  Slot,
  Visit,
} from '../model/index.js';
import { DAY_MS } from '../rules/civil.js';
import {
  bookedVisit,
  bookingRefused,
  changeRefused,
  checkBookable,
  checkChangeAllowed,
  movedVisit,
  visitWithStatus,
} from '../rules/index.js';
import {
  checkVersion,
  newId,
  noSuch,
  nowInstant,
  versionMismatch,
  type EngineContext,
} from './context.js';
import type { StoredKey, WriteOutcome } from './port.js';
import { asBooker, type AsOfficer } from './principal.js';

/** The slot at `start` with a clinician serving the department, or why it cannot be booked. */
async function bookableSlot(
  ctx: EngineContext,
  departmentId: string,
  want: { clinicianId: string; start: string; modality: Modality; exceptVisitId?: string },
): Promise<Slot> {
  // A day each side holds more than a slot and its buffers can span.
  const at = Date.parse(want.start);
  const [record] = await ctx.store.schedules(departmentId, {
    clinicianId: want.clinicianId,
    from: new Date(at - DAY_MS),
    to: new Date(at + DAY_MS),
    ...(want.exceptVisitId === undefined ? {} : { exceptVisitId: want.exceptVisitId }),
  });
  if (!record) throw noSuch('clinician');
  const { clinician, availability, busy } = record;
  const result =
    availability && clinician.modalities.includes(want.modality)
      ? checkBookable({
          availability,
          busy,
          now: ctx.now(),
          start: want.start,
          modality: want.modality,
        })
      : ({ ok: false, code: 'not-a-slot' } as const);
  if (!result.ok) throw bookingRefused(result.code);
  return result.slot;
}

/** One of the caller's own visits, fit to change; another officer's does not exist for them. */
async function changeableVisit(
  ctx: EngineContext,
  me: AsOfficer,
  visitId: string,
  expectedVersion: number | undefined,
): Promise<Visit> {
  const visit = await ctx.store.visit(visitId);
  if (visit?.officerId !== me.officer.id) throw noSuch('visit');
  checkVersion(visit, expectedVersion);
  const current = await ctx.store.clinician(visit.clinicianId);
  const notice = current?.availability?.minNoticeMinutes ?? 0;
  const check = checkChangeAllowed(visit, notice, ctx.now());
  if (!check.ok) throw changeRefused(check.code);
  return visit;
}

/** Writes the officer's visit with its reminders; a refused write as the conflict it means. */
async function write(
  ctx: EngineContext,
  me: AsOfficer,
  visit: Visit,
  change: { previous?: Visit; key?: { key: string; fingerprint: string } } = {},
): Promise<WriteOutcome> {
  const { previous, key } = change;
  return ctx.store.writeVisit(
    {
      visit,
      ...(previous ? { expectedVersion: previous.version } : {}),
      ...(key ? { key } : {}),
      reminders: { officer: me.officer, preferences: me.preferences },
    },
    ctx.now(),
  );
}

function refusal(outcome: Exclude<WriteOutcome, 'written'>, visit: Visit): ConflictError {
  if (outcome === 'stale') return versionMismatch(visit);
  if (outcome === 'slot-taken') return bookingRefused('slot-taken');
  return idempotencyMismatch();
}

const idempotencyMismatch = (): ConflictError =>
  new ConflictError('This idempotency key was used for a different booking', {
    code: 'idempotency-mismatch',
  });

async function change(ctx: EngineContext, me: AsOfficer, changed: Visit, previous: Visit) {
  const outcome = await write(ctx, me, changed, { previous });
  if (outcome !== 'written') throw refusal(outcome, previous);
  return changed;
}

/**
 * Books a free slot in three round trips to the store (the officer with their key, the
 * clinician's schedule, the write); a retried request with the same idempotency key returns the
 * first visit.
 */
export async function book(
  ctx: EngineContext,
  session: Session,
  request: BookingRequest,
): Promise<Visit> {
  const fingerprint = JSON.stringify([
    request.clinicianId,
    Date.parse(request.start),
    request.modality,
  ]);
  const key = request.idempotencyKey;
  const replay = (stored: StoredKey | undefined): Visit | undefined => {
    if (!stored) return undefined;
    if (stored.fingerprint !== fingerprint || !stored.visit) throw idempotencyMismatch();
    return stored.visit;
  };
  const me = await asBooker(ctx.store, session, key);
  const prior = replay(me.key);
  if (prior) return prior;

  try {
    const slot = await bookableSlot(ctx, me.department.id, request);
    const visit = bookedVisit({
      id: newId('visit'),
      officerId: me.officer.id,
      clinicianId: request.clinicianId,
      slot,
      at: nowInstant(ctx),
    });
    const outcome = await write(
      ctx,
      me,
      visit,
      key === undefined ? {} : { key: { key, fingerprint } },
    );
    if (outcome === 'written') return visit;
    throw refusal(outcome, visit);
  } catch (error) {
    // A concurrent request with the same key got there first, after our first read: its visit
    // now holds the slot (refused at the check or at the write). Answer with that visit.
    if (key === undefined || !(error instanceof ConflictError)) throw error;
    const winner = replay((await asBooker(ctx.store, session, key)).key);
    if (winner) return winner;
    throw error;
  }
}

/** Moves a visit to another free slot: same id, next version, new reminder times. */
export async function reschedule(
  ctx: EngineContext,
  me: AsOfficer,
  visitId: string,
  request: RescheduleRequest,
): Promise<Visit> {
  const visit = await changeableVisit(ctx, me, visitId, request.expectedVersion);
  const clinicianId = request.clinicianId ?? visit.clinicianId;
  const slot = await bookableSlot(ctx, me.department.id, {
    clinicianId,
    start: request.start,
    modality: request.modality ?? visit.modality,
    exceptVisitId: visit.id,
  });
  return change(ctx, me, movedVisit(visit, { clinicianId, slot, at: nowInstant(ctx) }), visit);
}

/** Cancels a visit, which frees its slot and drops its pending reminders. */
export async function cancel(
  ctx: EngineContext,
  me: AsOfficer,
  visitId: string,
  request: CancelRequest = {},
): Promise<Visit> {
  const visit = await changeableVisit(ctx, me, visitId, request.expectedVersion);
  return change(ctx, me, visitWithStatus(visit, 'cancelled', nowInstant(ctx)), visit);
}
