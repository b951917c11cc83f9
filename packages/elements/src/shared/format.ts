import { getLocale } from './localization.js';

/** The viewer's time zone, unless an element is told another. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Intl formatters are costly to build; keep one per locale, zone and style. */
function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const locale = getLocale();
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    formatters.set(key, cached);
  }
  return cached;
}

export function formatTime(instant: string | Date, timeZone: string): string {
  return formatter(timeZone, { hour: 'numeric', minute: '2-digit' }).format(new Date(instant));
}

export function formatDate(instant: string | Date, timeZone: string): string {
  return formatter(timeZone, { weekday: 'long', month: 'long', day: 'numeric' }).format(
    new Date(instant),
  );
}

export function formatShortDate(instant: string | Date, timeZone: string): string {
  return formatter(timeZone, { weekday: 'short', month: 'short', day: 'numeric' }).format(
    new Date(instant),
  );
}

export function formatDateTime(instant: string | Date, timeZone: string): string {
  return formatter(timeZone, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(instant));
}

/** A calendar date (`YYYY-MM-DD`, no zone) in words, e.g. "June 30, 2027". */
export function formatLocalDate(date: string): string {
  return formatter('UTC', { year: 'numeric', month: 'long', day: 'numeric' }).format(
    new Date(`${date}T12:00:00Z`),
  );
}

/** The `YYYY-MM-DD` date of an instant in a zone. */
export function localDateOf(instant: string | Date, timeZone: string): string {
  const parts = formatter(timeZone, { year: 'numeric', month: '2-digit', day: '2-digit' })
    .formatToParts(new Date(instant))
    .reduce<Record<string, string>>((all, part) => ({ ...all, [part.type]: part.value }), {});
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
}
