// When department surfaces learn of attendance: once a day, at a fixed hour in the department's
// zone. A mark made at 10:14 shows there the next morning with every other mark of the day, so
// polling the roster cannot date a visit. The officer sees their own at once.
import type { VisitStatus } from '../model/enums.js';
import type { LocalTime } from '../model/primitives.js';
import { addDays, instantToZoned, zonedToInstant } from './time.js';

/** The hour of the daily attendance batch, in the department's time zone. */
export const ATTENDANCE_BATCH_TIME: LocalTime = '03:00';

/** The latest batch at or before `now`: marks made up to it are what a department sees. */
export function lastAttendanceBatch(now: Date, timeZone: string): Date {
  const today = instantToZoned(now, timeZone).date;
  const batch = zonedToInstant(today, ATTENDANCE_BATCH_TIME, timeZone);
  return batch.getTime() <= now.getTime()
    ? batch
    : zonedToInstant(addDays(today, -1), ATTENDANCE_BATCH_TIME, timeZone);
}

/**
 * Whether a visit counted as fulfilled at the batch `markedBy`: fulfilled and marked by then, or
 * changed since from a fulfilled mark (a clinician's correction reaches the department at the
 * next batch, as the mark did).
 */
export function fulfilledAsOf(
  visit: { status: VisitStatus; updatedAt: string },
  previousStatus: VisitStatus | undefined,
  markedBy: Date,
): boolean {
  const changedSince = Date.parse(visit.updatedAt) > markedBy.getTime();
  return changedSince ? previousStatus === 'fulfilled' : visit.status === 'fulfilled';
}

/** The first batch after `now`. */
export function nextAttendanceBatch(now: Date, timeZone: string): Date {
  const today = instantToZoned(now, timeZone).date;
  const batch = zonedToInstant(today, ATTENDANCE_BATCH_TIME, timeZone);
  return batch.getTime() > now.getTime()
    ? batch
    : zonedToInstant(addDays(today, 1), ATTENDANCE_BATCH_TIME, timeZone);
}
