import { addDays, toInstant, zonedToInstant } from '@wellvisit/sdk';
import { localDateOf } from '../shared/format.js';

export const SCHEDULE_VIEWS = ['day', 'week'] as const;
export type ScheduleView = (typeof SCHEDULE_VIEWS)[number];

/** What one screen of the schedule covers, in the clinician's time zone. */
export interface ScheduleRange {
  /** The calendar dates shown, in order. */
  readonly days: readonly string[];
  /** The instant the first day starts. */
  readonly from: string;
  /** The instant after the last day ends. */
  readonly to: string;
}

/** ISO weekday of a calendar date: 1 is Monday, 7 is Sunday. */
function isoWeekday(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

/** Today's date on a clock in `timeZone`. */
export function todayIn(timeZone: string, now: Date): string {
  return localDateOf(now, timeZone);
}

/** The day itself, or the Monday-to-Sunday week around it. */
export function scheduleRange(view: ScheduleView, date: string, timeZone: string): ScheduleRange {
  const first = view === 'day' ? date : addDays(date, 1 - isoWeekday(date));
  const days = Array.from({ length: view === 'day' ? 1 : 7 }, (_, i) => addDays(first, i));
  const last = days[days.length - 1] ?? first;
  return {
    days,
    // Day boundaries through the zone's rules, so a DST day is 23 or 25 hours long.
    from: toInstant(zonedToInstant(first, '00:00', timeZone)),
    to: toInstant(zonedToInstant(last, '24:00', timeZone)),
  };
}

/** The date one screen earlier (`-1`) or later (`1`). */
export function shiftDate(view: ScheduleView, date: string, direction: -1 | 1): string {
  return addDays(date, direction * (view === 'day' ? 1 : 7));
}
