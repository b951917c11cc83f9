// An officer's writes: booking (idempotent), rescheduling and cancelling (within notice, with
// optimistic concurrency). The rules decide; the store guarantees no double booking.
import { ConflictError } from '../errors/index.js';
import type {
  BookingRequest,
  CancelRequest,
  Modality,
  RescheduleRequest,
  Slot,
  VideoRoom,
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
  videoFor,
  visitWithStatus,
  withVideo,
} from '../rules/index.js';
import {
  checkVersion,
  newId,
  noSuch,
  nowInstant,
  versionMismatch,
  type EngineContext,
} from './context.js';
import type { VisitChangeKind, VisitWrite, WriteOutcome } from './port.js';
import type { AsOfficer } from './principal.js';

/**
 * The slot at `start` with a clinician serving the department (and the clinician's video room),
 * or why it cannot be booked.
 */
async function bookableSlot(
  ctx: EngineContext,
  departmentId: string,
  want: { clinicianId: string; start: string; modality: Modality; exceptVisitId?: string },
): Promise<{ slot: Slot; room: VideoRoom | undefined }> {
  const { store } = ctx;
  const [record] = await store.cliniciansServing(departmentId, want.clinicianId);
  if (!record) throw noSuch('clinician');
  const { clinician, availability, video } = record;
  // A day each side holds more than a slot and its buffers can span.
  const at = Date.parse(want.start);
  const busy = await store.busy(
    [clinician.id],
    new Date(at - DAY_MS),
    new Date(at + DAY_MS),
    want.exceptVisitId,
  );
  const result =
    availability && clinician.modalities.includes(want.modality)
      ? checkBookable({
          availability,
          busy: busy.get(clinician.id) ?? [],
          now: ctx.now(),
          start: want.start,
          modality: want.modality,
        })
      : ({ ok: false, code: 'not-a-slot' } as const);
  if (!result.ok) throw bookingRefused(result.code);
  return { slot: result.slot, room: video };
}

/** The visit's video link in `slot`: kept while it stays with one clinician, else a new room. */
function videoIn(slot: Slot, room: VideoRoom | undefined, kept?: Visit['video']) {
  return videoFor({
    setting: room,
    modality: slot.modality,
    start: slot.start,
    room: newId('room'),
    kept,
  });
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
  change: Pick<VisitWrite, 'change' | 'previous' | 'key'>,
): Promise<WriteOutcome> {
  return ctx.store.writeVisit(
    {
      ...change,
      visit,
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

async function change(
  ctx: EngineContext,
  me: AsOfficer,
  kind: VisitChangeKind,
  changed: Visit,
  previous: Visit,
) {
  const outcome = await write(ctx, me, changed, { change: kind, previous });
  if (outcome !== 'written') throw refusal(outcome, previous);
  return changed;
}

/** Books a free slot; a retried request with the same idempotency key returns the first visit. */
export async function book(
  ctx: EngineContext,
  me: AsOfficer,
  request: BookingRequest,
): Promise<Visit> {
  const fingerprint = JSON.stringify([
    request.clinicianId,
    Date.parse(request.start),
    request.modality,
  ]);
  const key = request.idempotencyKey;
  const replay = async (): Promise<Visit | undefined> => {
    const stored = key === undefined ? undefined : await ctx.store.key(me.officer.id, key);
    if (!stored) return undefined;
    if (stored.fingerprint !== fingerprint || !stored.visit) throw idempotencyMismatch();
    return stored.visit;
  };
  const prior = await replay();
  if (prior) return prior;

  const { slot, room } = await bookableSlot(ctx, me.department.id, request);
  const visit = withVideo(
    bookedVisit({
      id: newId('visit'),
      officerId: me.officer.id,
      clinicianId: request.clinicianId,
      slot,
      at: nowInstant(ctx),
    }),
    videoIn(slot, room),
  );
  const outcome = await write(ctx, me, visit, {
    change: 'booked',
    ...(key === undefined ? {} : { key: { key, fingerprint } }),
  });
  if (outcome === 'written') return visit;
  // A concurrent request with the same key got there first: answer with its visit.
  const winner = await replay();
  if (winner) return winner;
  throw refusal(outcome, visit);
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
  const { slot, room } = await bookableSlot(ctx, me.department.id, {
    clinicianId,
    start: request.start,
    modality: request.modality ?? visit.modality,
    exceptVisitId: visit.id,
  });
  const moved = movedVisit(visit, { clinicianId, slot, at: nowInstant(ctx) });
  const kept = clinicianId === visit.clinicianId ? visit.video : undefined;
  return change(ctx, me, 'moved', withVideo(moved, videoIn(slot, room, kept)), visit);
}

/** Cancels a visit, which frees its slot and drops its pending reminders. */
export async function cancel(
  ctx: EngineContext,
  me: AsOfficer,
  visitId: string,
  request: CancelRequest = {},
): Promise<Visit> {
  const visit = await changeableVisit(ctx, me, visitId, request.expectedVersion);
  return change(ctx, me, 'cancelled', visitWithStatus(visit, 'cancelled', nowInstant(ctx)), visit);
}
