import { NotFoundError } from '../../errors/index.js';
import {
  ACTIVE_VISIT_STATUSES,
  type Clinician,
  type Modality,
  type Slot,
} from '../../model/index.js';
import {
  bookingRefused,
  byClinicianName,
  checkBookable,
  type TimeRange,
} from '../../rules/index.js';
import type { MemoryContext } from './context.js';

/** Clinicians of the practices that serve a department, by name. */
export function clinicianDirectory(ctx: MemoryContext, departmentId: string): Clinician[] {
  const { practices, clinicians } = ctx.state;
  return [...clinicians.values()]
    .filter((c) => practices.get(c.practiceId)?.departmentIds.includes(departmentId) === true)
    .sort(byClinicianName);
}

/** A clinician the department's officers may book; anyone else does not exist for them. */
export function reachableClinician(
  ctx: MemoryContext,
  clinicianId: string,
  departmentId: string,
): Clinician {
  const clinician = ctx.state.clinicians.get(clinicianId);
  const practice = clinician && ctx.state.practices.get(clinician.practiceId);
  if (!clinician || !practice?.departmentIds.includes(departmentId)) {
    throw new NotFoundError('No such clinician', { code: 'not-found' });
  }
  return clinician;
}

/** The time a clinician's active visits hold, except one being moved. */
export function busyRanges(
  ctx: MemoryContext,
  clinicianId: string,
  exceptVisitId?: string,
): TimeRange[] {
  const active: readonly string[] = ACTIVE_VISIT_STATUSES;
  return [...ctx.state.visits.values()]
    .filter(
      (v) => v.clinicianId === clinicianId && active.includes(v.status) && v.id !== exceptVisitId,
    )
    .map(({ start, end }) => ({ start, end }));
}

/** The slot at `start`, or a `ConflictError` saying why it cannot be booked now. */
export function bookableSlot(
  ctx: MemoryContext,
  clinician: Clinician,
  start: string,
  modality: Modality,
  exceptVisitId?: string,
): Slot {
  const availability = ctx.state.availability.get(clinician.id);
  const result =
    availability && clinician.modalities.includes(modality)
      ? checkBookable({
          availability,
          busy: busyRanges(ctx, clinician.id, exceptVisitId),
          now: ctx.now(),
          start,
          modality,
        })
      : ({ ok: false, code: 'not-a-slot' } as const);
  if (!result.ok) throw bookingRefused(result.code);
  return result.slot;
}

/** The clinician's minimum notice for changes; none when they have no availability yet. */
export function minNoticeMinutes(ctx: MemoryContext, clinicianId: string): number {
  return ctx.state.availability.get(clinicianId)?.minNoticeMinutes ?? 0;
}
