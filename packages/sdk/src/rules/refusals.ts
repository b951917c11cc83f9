// The error every backend gives when a rule check refuses: the same message for the same reason.
import { ConflictError } from '../errors/errors.js';
import type { ChangeCheck, MarkCheck } from './notice.js';

export type Refusal<Check> = Extract<Check, { ok: false; code: string }>['code'];

/** Why a time cannot be booked, though other times may be: a client offers the free times again. */
export const BOOKING_REFUSALS = ['not-a-slot', 'too-soon', 'beyond-horizon', 'slot-taken'] as const;
export type BookingRefusal = (typeof BOOKING_REFUSALS)[number];

const NOT_BOOKABLE: Record<BookingRefusal, string> = {
  'not-a-slot': "That time is not one of the clinician's slots",
  'too-soon': 'That slot starts too soon to book',
  'beyond-horizon': 'That slot is too far ahead to book',
  'slot-taken': 'That slot has just been taken',
};

const NOT_CHANGEABLE: Record<Refusal<ChangeCheck>, string> = {
  'not-active': 'Only a booked visit can be changed',
  'notice-period': 'The visit starts too soon to change it here; contact the clinician',
};

const NOT_MARKABLE: Record<Refusal<MarkCheck>, string> = {
  'not-started': 'Attendance can be recorded once the visit has started',
  'already-marked': 'Attendance for this visit is already recorded',
  cancelled: 'The visit was cancelled',
  'correction-closed': 'The mark can no longer be corrected: the correction window has closed',
};

/** Why a time cannot be booked (a `checkBookable` refusal), as the error a backend throws. */
export function bookingRefused(code: BookingRefusal): ConflictError {
  return new ConflictError(NOT_BOOKABLE[code], { code });
}

/** Why a visit cannot be rescheduled or cancelled (a `checkChangeAllowed` refusal). */
export function changeRefused(code: Refusal<ChangeCheck>): ConflictError {
  return new ConflictError(NOT_CHANGEABLE[code], { code });
}

/** Why attendance cannot be recorded for a visit (a `checkMarkAllowed` refusal). */
export function markRefused(code: Refusal<MarkCheck>): ConflictError {
  return new ConflictError(NOT_MARKABLE[code], { code });
}
