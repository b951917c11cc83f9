// Wall time ↔ instant in a time zone, with `Intl` only.
import type { Instant, LocalDate, LocalTime } from '../model/primitives.js';
import type { Weekday } from '../model/enums.js';
import {
  DAY_MS,
  MINUTE_MS,
  formatDayNumber,
  formatInstantMs,
  formatMinuteOfDay,
  isoWeekday,
} from './civil.js';
import { invalid, requireDateMs, requireDayNumber, requireMinuteOfDay } from './inputs.js';
import { zoneClock } from './zone.js';

export interface ZonedDateTime {
  date: LocalDate;
  time: LocalTime;
  weekday: Weekday;
}

/**
 * The instant of a wall time in a zone. A time skipped by a spring-forward transition moves
 * forward by the gap (02:30 → 03:30); a time that happens twice on fall-back is the earlier one.
 * `24:00` is the next day's 00:00.
 */
export function zonedToInstant(date: LocalDate, time: LocalTime, timeZone: string): Date {
  const day = requireDayNumber(date, 'date');
  const minutes = requireMinuteOfDay(time, 'time');
  return new Date(zoneClock(timeZone).wallToInstant(day * DAY_MS + minutes * MINUTE_MS));
}

/** The date, time (to the minute) and ISO weekday that a clock in `timeZone` shows at `instant`. */
export function instantToZoned(instant: Date, timeZone: string): ZonedDateTime {
  const ms = requireDateMs(instant, 'instant');
  const wall = zoneClock(timeZone).instantToWall(ms);
  const day = Math.floor(wall / DAY_MS);
  return {
    date: formatDayNumber(day),
    time: formatMinuteOfDay(Math.floor((wall - day * DAY_MS) / MINUTE_MS)),
    weekday: isoWeekday(day),
  };
}

/** The calendar date `days` after `date` (before, when negative). */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw invalid('days', 'Expected a whole number of days');
  return formatDayNumber(requireDayNumber(date, 'date') + days);
}

/** Negative when `a` is before `b`, zero when equal, positive when after. */
export function compareDates(a: LocalDate, b: LocalDate): number {
  return requireDayNumber(a, 'a') - requireDayNumber(b, 'b');
}

/** The wire form of an instant: `2026-03-08T14:00:00Z`, whole seconds. */
export function toInstant(date: Date): Instant {
  return formatInstantMs(requireDateMs(date, 'date'));
}
