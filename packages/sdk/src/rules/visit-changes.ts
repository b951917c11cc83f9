// A visit's life as values: booked into a slot, moved to another, given a new status.
import * as z from 'zod/mini';
import { Slot } from '../model/availability.js';
import { VISIT_STATUSES, type VisitStatus } from '../model/enums.js';
import { Id, Instant } from '../model/primitives.js';
import { Visit } from '../model/visit.js';
import { parseArgument } from './inputs.js';

// Checked, not rebuilt from the parse: a visit keeps exactly the fields it came with.
const Booking = z.object({ id: Id, officerId: Id, clinicianId: Id, slot: Slot, at: Instant });
const Move = z.object({ clinicianId: Id, slot: Slot, at: Instant });

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
  parseArgument(Booking, input, 'input');
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
  parseArgument(Visit, visit, 'visit');
  parseArgument(Move, change, 'change');
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
  parseArgument(Visit, visit, 'visit');
  parseArgument(z.enum(VISIT_STATUSES), status, 'status');
  parseArgument(Instant, at, 'at');
  return { ...visit, status, version: visit.version + 1, updatedAt: at };
}
