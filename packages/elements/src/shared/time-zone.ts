import { browserTimeZone } from './format.js';

export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The zone an element shows times in: its `time-zone` attribute when that is an IANA zone, else
 * the browser's (with a console warning naming the element, so a typo is found quickly).
 */
export function resolveTimeZone(value: string | undefined, tagName: string): string {
  if (value === undefined || value === '') return browserTimeZone();
  if (isTimeZone(value)) return value;
  console.warn(`${tagName}: time-zone "${value}" is not an IANA time zone; using the browser's.`);
  return browserTimeZone();
}
