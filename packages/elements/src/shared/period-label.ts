import type { Period } from '@wellvisit/sdk';
import { getLocale } from './localization.js';

function monthYear(): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(getLocale(), { year: 'numeric', month: 'long', timeZone: 'UTC' });
}

/** Noon UTC of a calendar date, so no time zone can move it to another day. */
function calendarDay(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

/** A period in words, e.g. "July 2026 – June 2027" (its first and last months). */
export function periodLabel(period: Period): string {
  return monthYear().formatRange(calendarDay(period.firstDay), calendarDay(period.lastDay));
}

/** A period known only by its id (`YYYY-MM`, its first month), e.g. "July 2026". */
export function periodStartLabel(periodId: string): string {
  return monthYear().format(calendarDay(`${periodId}-01`));
}
