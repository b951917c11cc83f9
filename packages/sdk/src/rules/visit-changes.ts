// A visit's life as values: booked into a slot, moved to another, given a new status. The
// engine calls these with values it has checked or built, so they do not check them again.
import type { Slot } from '../model/availability.js';
import type { VisitStatus } from '../model/enums.js';
import type { Visit } from '../model/visit.js';

/** Where and when a slot puts a visit; a virtual slot has no place. */
function placed(slot: Slot): Pick<Visit, 'modality' | 'place' | 'start' | 'end'> {
  return {
    modality: slot.modality,
    ...(slot.place === undefined ? {} : { place: slot.place }),
    start: slot.start,
    end: slot.end,
  };
}

/** A new `booked` visit, version 1, holding `slot`; `at` is its creation instant. */
export function bookedVisit(input: {
  id: string;
  officerId: string;
  clinicianId: string;
  slot: Slot;
  at: string;
}): Visit {
  return {
    id: input.id,
    officerId: input.officerId,
    clinicianId: input.clinicianId,
    ...placed(input.slot),
    status: 'booked',
    version: 1,
    createdAt: input.at,
    updatedAt: input.at,
  };
}

/** The visit moved to `slot` (possibly with another clinician), as its next version. */
export function movedVisit(
  visit: Visit,
  change: { clinicianId: string; slot: Slot; at: string },
): Visit {
  const unplaced: Visit = { ...visit };
  delete unplaced.place;
  return {
    ...unplaced,
    clinicianId: change.clinicianId,
    ...placed(change.slot),
    version: visit.version + 1,
    updatedAt: change.at,
  };
}

/** The visit with a new status (cancelled, or marked by the clinician), as its next version. */
export function visitWithStatus(visit: Visit, status: VisitStatus, at: string): Visit {
  return { ...visit, status, version: visit.version + 1, updatedAt: at };
}
