// Week arithmetic in the officer's time zone, with Intl alone (no date library).
import { localDateOf } from '../shared/format.js';

const DAY_MS = 86_400_000;

const wallClocks = new Map<string, Intl.DateTimeFormat>();

/** What a clock in `timeZone` shows at `ms`, read as if it were UTC. */
function wallTime(ms: number, timeZone: string): number {
  let clock = wallClocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    wallClocks.set(timeZone, clock);
  }
  // en-US numbers on a 24-hour clock: "3/8/2026, 14:05:09".
  const [month = 1, day, year = 1970, hour, minute, second] = clock
    .format(ms)
    .split(/\D+/)
    .map(Number);
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

/** The calendar date `days` after `date` (`YYYY-MM-DD`). */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday of the week that `instant` falls in, as a clock in `timeZone` reads it. */
export function mondayOf(instant: Date, timeZone: string): string {
  const date = localDateOf(instant, timeZone);
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 is Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** The instant a calendar day starts in a zone. Two passes settle a day that starts near a DST change. */
export function startOfDay(date: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let instant = wall - (wallTime(wall, timeZone) - wall);
  instant = wall - (wallTime(instant, timeZone) - instant);
  return new Date(instant);
}

/** The instants a week starts and ends (exclusive), from its Monday. */
export function weekRange(monday: string, timeZone: string): { from: Date; to: Date } {
  return { from: startOfDay(monday, timeZone), to: startOfDay(addDays(monday, 7), timeZone) };
}
