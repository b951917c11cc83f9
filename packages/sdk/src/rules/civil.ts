// Calendar arithmetic on plain numbers: a date is its day number (days since 1970-01-01), a time
// of day is minutes since midnight. Integer arithmetic and hand-written parsing and formatting,
// because slot generation runs these hundreds of thousands of times per query.
// Internal to the rules; callers see `LocalDate`, `LocalTime` and `Instant` strings.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

const DIGIT_0 = 48;
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));

/** The value of `length` ASCII digits at `at`, or NaN. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i += 1) {
    const digit = text.charCodeAt(i) - DIGIT_0;
    if (!(digit >= 0 && digit <= 9)) return Number.NaN;
    value = value * 10 + digit;
  }
  return value;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// Proleptic Gregorian calendar ↔ day number, after Howard Hinnant's `days_from_civil` and
// `civil_from_days` (eras of 400 years, years starting in March).

function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function civilFromDays(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The day number of a `YYYY-MM-DD` string, or `undefined` if it is not a real date. */
export function parseDayNumber(date: string): number | undefined {
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-') return undefined;
  const year = digitsAt(date, 0, 4);
  const month = digitsAt(date, 5, 2);
  const day = digitsAt(date, 8, 2);
  // Written so that NaN (a non-digit) fails every comparison.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) {
    return undefined;
  }
  return daysFromCivil(year, month, day);
}

/** Minutes since midnight of an `HH:MM` string (`24:00` is 1440), or `undefined`. */
export function parseMinuteOfDay(time: string): number | undefined {
  if (time.length !== 5 || time[2] !== ':') return undefined;
  const hours = digitsAt(time, 0, 2);
  const minutes = digitsAt(time, 3, 2);
  if (hours === 24 && minutes === 0) return 24 * 60;
  return hours <= 23 && minutes <= 59 ? hours * 60 + minutes : undefined;
}

/**
 * Epoch ms of an instant in the wire form `YYYY-MM-DDTHH:MM:SSZ` (optionally with `.sss`);
 * NaN for anything else, which callers then hand to the general parser.
 */
export function parseCanonicalInstant(text: string): number {
  const length = text.length;
  if (length !== 20 && length !== 24) return Number.NaN;
  if (text[10] !== 'T' || text[13] !== ':' || text[16] !== ':' || text[length - 1] !== 'Z') {
    return Number.NaN;
  }
  const day = parseDayNumber(text.slice(0, 10));
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  const second = digitsAt(text, 17, 2);
  const millis = length === 24 ? (text[19] === '.' ? digitsAt(text, 20, 3) : Number.NaN) : 0;
  if (day === undefined || !(hour <= 23 && minute <= 59 && second <= 59)) return Number.NaN;
  return day * DAY_MS + ((hour * 60 + minute) * 60 + second) * 1000 + millis;
}

/** `YYYY-MM-DD` of a day number (years 0–9999). */
export function formatDayNumber(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  const century = Math.floor(year / 100);
  return `${TWO_DIGITS[century] ?? String(century)}${TWO_DIGITS[year % 100] ?? ''}-${TWO_DIGITS[month] ?? ''}-${TWO_DIGITS[day] ?? ''}`;
}

/** `HH:MM` of minutes since midnight (0–1439). */
export function formatMinuteOfDay(minutes: number): string {
  return `${TWO_DIGITS[Math.floor(minutes / 60)] ?? ''}:${TWO_DIGITS[minutes % 60] ?? ''}`;
}

// Slots come out day by day, so the date part of the last instant formatted is usually reused.
let lastDayNumber = Number.NaN;
let lastDatePrefix = '';

/** An instant as `2026-03-08T14:00:00Z`: whole seconds, always UTC. */
export function formatInstantMs(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  if (day !== lastDayNumber) {
    lastDayNumber = day;
    lastDatePrefix = `${formatDayNumber(day)}T`;
  }
  const seconds = Math.floor((ms - day * DAY_MS) / 1000);
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  return `${lastDatePrefix}${TWO_DIGITS[hours] ?? ''}:${TWO_DIGITS[minutes] ?? ''}:${TWO_DIGITS[seconds % 60] ?? ''}Z`;
}

/** ISO weekday of a day number: 1 is Monday, 7 is Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(dayNumber: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((((dayNumber + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** The calendar year and month (1–12) of a day number. */
export function yearMonthOf(dayNumber: number): { year: number; month: number } {
  const { year, month } = civilFromDays(dayNumber);
  return { year, month };
}

/** Counts months from year 0 so that period arithmetic is plain integer arithmetic. */
export function monthIndexOf(year: number, month: number): number {
  return year * 12 + (month - 1);
}

export function dayNumberOfMonthIndex(monthIndex: number): number {
  return daysFromCivil(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

/** `YYYY-MM` of a month index. */
export function formatMonthIndex(monthIndex: number): string {
  return formatDayNumber(dayNumberOfMonthIndex(monthIndex)).slice(0, 7);
}
