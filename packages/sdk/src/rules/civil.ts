// Calendar arithmetic on plain numbers: a date is its day number (days since 1970-01-01), a time
// of day is minutes since midnight. Internal to the rules; callers see `LocalDate` strings.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** The day number of a `YYYY-MM-DD` string, or `undefined` if it is not a real date. */
export function parseDayNumber(date: string): number | undefined {
  const match = DATE_PATTERN.exec(date);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const check = new Date(ms);
  // Date.UTC rolls 2026-02-30 over to March (and years 0–99 to 19xx): a real date comes back
  // unchanged.
  const real =
    check.getUTCFullYear() === year &&
    check.getUTCMonth() === month - 1 &&
    check.getUTCDate() === day;
  return real ? ms / DAY_MS : undefined;
}

/** Minutes since midnight of an `HH:MM` string (`24:00` is 1440), or `undefined`. */
export function parseMinuteOfDay(time: string): number | undefined {
  const match = TIME_PATTERN.exec(time);
  if (!match) return undefined;
  if (match[1] === undefined) return 24 * 60;
  return Number(match[1]) * 60 + Number(match[2]);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** `YYYY-MM-DD` of a day number. */
export function formatDayNumber(dayNumber: number): string {
  const date = new Date(dayNumber * DAY_MS);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** `HH:MM` of minutes since midnight (0–1439). */
export function formatMinuteOfDay(minutes: number): string {
  return `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
}

/** ISO weekday of a day number: 1 is Monday, 7 is Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** Counts months from year 0 so that period arithmetic is plain integer arithmetic. */
export function monthIndexOf(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function dayNumberOfMonthIndex(monthIndex: number): number {
  return Date.UTC(Math.floor(monthIndex / 12), monthIndex % 12, 1) / DAY_MS;
}

/** `YYYY-MM` of a month index. */
export function formatMonthIndex(monthIndex: number): string {
  return `${pad(Math.floor(monthIndex / 12), 4)}-${pad((monthIndex % 12) + 1, 2)}`;
}

/** An instant as `2026-03-08T14:00:00Z`: whole seconds, always UTC. */
export function formatInstantMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 19) + 'Z';
}
