import * as z from 'zod/mini';

/** An opaque identifier: safe in URLs, logs and host-page events. */
export const Id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(100),
    z.regex(/^[A-Za-z0-9_-]+$/, 'Use letters, digits, "-" and "_" only'),
  );
export type Id = z.infer<typeof Id>;

/** An instant on the wire: ISO 8601 in UTC with a `Z`, e.g. `2026-03-08T14:00:00Z`. */
export const Instant = z.iso.datetime({
  error: 'Use an ISO 8601 UTC time such as 2026-03-08T14:00:00Z',
});
export type Instant = z.infer<typeof Instant>;

/** A calendar date without a time zone: `YYYY-MM-DD`. */
export const LocalDate = z.iso.date({ error: 'Use a date such as 2026-03-08' });
export type LocalDate = z.infer<typeof LocalDate>;

/** A wall-clock time of day: `HH:MM`, 24-hour. `24:00` ends a rule at midnight. */
export const LocalTime = z
  .string()
  .check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use a 24-hour time such as 09:30'));
export type LocalTime = z.infer<typeof LocalTime>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone such as `America/New_York`. */
export const TimeZone = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.refine(isTimeZone, 'Use an IANA time zone such as America/New_York'),
  );
export type TimeZone = z.infer<typeof TimeZone>;

/** A BCP 47 language tag such as `en` or `es-MX`. */
export const LanguageTag = z
  .string()
  .check(
    z.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'Use a language tag such as en or es-MX'),
  );
export type LanguageTag = z.infer<typeof LanguageTag>;

/**
 * A person's or an organisation's name as shown in the widgets. Bounded and single-line: it is
 * a label, never a place for free text.
 */
export const DisplayName = z
  .string()
  .check(
    z.trim(),
    z.minLength(1, 'A name is required'),
    z.maxLength(120, 'Keep names to 120 characters'),
    z.regex(/^[^\r\n\t]*$/, 'Names are one line'),
  );
export type DisplayName = z.infer<typeof DisplayName>;

/** The longest place label, in characters. */
export const PLACE_LABEL_MAX_LENGTH = 200;

/** A short label for a place, e.g. "Practice office, 12 Main St" (one line, 200 characters). */
export const PlaceLabel = z
  .string()
  .check(
    z.trim(),
    z.minLength(1),
    z.maxLength(PLACE_LABEL_MAX_LENGTH),
    z.regex(/^[^\r\n\t]*$/, 'Places are one line'),
  );
export type PlaceLabel = z.infer<typeof PlaceLabel>;

export const Email = z.email({ error: 'Use an email address such as name@example.org' });
export type Email = z.infer<typeof Email>;

/** A short professional credential such as `PsyD` or `LCSW`. */
export const Credential = z
  .string()
  .check(z.trim(), z.minLength(1), z.maxLength(40), z.regex(/^[^\r\n\t]*$/));
export type Credential = z.infer<typeof Credential>;

/** A period's key: the month it starts, `YYYY-MM`, in the department's time zone. */
export const PeriodId = z
  .string()
  .check(z.regex(/^\d{4}-(?:0[1-9]|1[0-2])$/, 'Use a period such as 2026-07'));
export type PeriodId = z.infer<typeof PeriodId>;

/** A client-chosen key that makes a booking safe to retry. */
export const IdempotencyKey = z
  .string()
  .check(z.minLength(8), z.maxLength(128), z.regex(/^[A-Za-z0-9_.:-]+$/));
export type IdempotencyKey = z.infer<typeof IdempotencyKey>;
