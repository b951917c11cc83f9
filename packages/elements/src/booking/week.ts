// Week arithmetic in the officer's time zone: the SDK's zone rules, read for a booking week.
import { addDays, instantToZoned, zonedToInstant } from '@wellvisit/sdk';

/** The Monday of the week that `instant` falls in, as a clock in `timeZone` reads it. */
export function mondayOf(instant: Date, timeZone: string): string {
  const { date, weekday } = instantToZoned(instant, timeZone);
  return addDays(date, 1 - weekday);
}

/** The instant a calendar day starts in a zone (a DST day is 23 or 25 hours long). */
export function startOfDay(date: string, timeZone: string): Date {
  return zonedToInstant(date, '00:00', timeZone);
}

/** The instants a week starts and ends (exclusive), from its Monday. */
export function weekRange(monday: string, timeZone: string): { from: Date; to: Date } {
  return { from: startOfDay(monday, timeZone), to: startOfDay(addDays(monday, 7), timeZone) };
}
