import {
  NotFoundError,
  bookingRefused,
  checkBookable,
  type Availability,
  type Clinician,
  type Modality,
  type Slot,
} from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { clinicianServing, type ClinicianRecord } from '../store/directory.js';
import { busyRanges } from '../store/visits.js';

const DAY_MS = 86_400_000;

/** A clinician the department's officers may book; anyone else does not exist for them. */
export async function reachableClinician(
  db: Queryable,
  clinicianId: string,
  departmentId: string,
): Promise<ClinicianRecord> {
  const record = await clinicianServing(db, clinicianId, departmentId);
  if (!record) throw new NotFoundError('No such clinician', { code: 'not-found' });
  return record;
}

/**
 * The slot at `start` by the SDK's rule, or a `ConflictError` saying why it cannot be booked.
 * Busy time is read for a day around `start`: more than a slot and a buffer can span.
 */
export async function bookableSlot(
  db: Queryable,
  clinician: Clinician,
  availability: Availability | undefined,
  request: { start: string; modality: Modality; now: Date; exceptVisitId?: string },
): Promise<Slot> {
  const at = Date.parse(request.start);
  const result =
    availability && clinician.modalities.includes(request.modality)
      ? checkBookable({
          availability,
          busy: await busyRanges(
            db,
            clinician.id,
            new Date(at - DAY_MS),
            new Date(at + DAY_MS),
            request.exceptVisitId,
          ),
          now: request.now,
          start: request.start,
          modality: request.modality,
        })
      : ({ ok: false, code: 'not-a-slot' } as const);
  if (!result.ok) throw bookingRefused(result.code);
  return result.slot;
}
