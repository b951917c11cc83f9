// Cheap checks for rule inputs. The hot paths (slot generation) parse by hand and only turn to
// the zod schemas to build an error, so a caller still gets a `ValidationError` naming the field.
import * as z from 'zod/mini';
import { ValidationError } from '../errors/errors.js';
import { parseOrThrow, toValidationIssues } from '../errors/validate.js';
import { MODALITIES, type Modality } from '../model/enums.js';
import { Instant, LocalDate, LocalTime } from '../model/primitives.js';
import { parseCanonicalInstant, parseDayNumber, parseMinuteOfDay } from './civil.js';

/** `busy[3].start` → `['busy', 3, 'start']`. */
function pathOf(field: string): (string | number)[] {
  return field
    .split(/\.|(?=\[)/)
    .map((part) => (part.startsWith('[') ? Number(part.slice(1, -1)) : part));
}

/** A `ValidationError` whose single issue sits at `field`, e.g. `availability.rules[2].end`. */
export function invalid(field: string, message: string, code = 'custom'): ValidationError {
  return new ValidationError(`Invalid ${field}: ${message}`, [
    { path: pathOf(field), message, code },
  ]);
}

/** Throws a `ValidationError` at `field` with the schema's own message for `value`. */
export function fail(schema: z.ZodMiniType, value: unknown, field: string): never {
  const result = z.safeParse(schema, value);
  const issue = result.success ? undefined : toValidationIssues(result.error.issues)[0];
  throw invalid(field, issue?.message ?? 'Invalid value', issue?.code);
}

/**
 * Parses one argument of a rule function, so that issue paths start with its name: a bad
 * `policy` gives `['policy', 'graceDays']`, not `['graceDays']`.
 */
export function parseArgument<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  name: string,
): z.output<S> {
  const parsed = parseOrThrow(z.object({ [name]: schema }), { [name]: value }, 'argument');
  return parsed[name] as z.output<S>;
}

export function requireDayNumber(date: unknown, field: string): number {
  const day = typeof date === 'string' ? parseDayNumber(date) : undefined;
  return day ?? fail(LocalDate, date, field);
}

export function requireMinuteOfDay(time: unknown, field: string): number {
  const minutes = typeof time === 'string' ? parseMinuteOfDay(time) : undefined;
  return minutes ?? fail(LocalTime, time, field);
}

/** Milliseconds of a valid `Date`. */
export function requireDateMs(date: unknown, field: string): number {
  const ms = date instanceof Date ? date.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw invalid(field, 'Expected a valid Date', 'invalid_type');
  return ms;
}

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

// The same booked times are read on every slot query: remember what they parse to.
const parsedInstants = new Map<string, number>();
const MAX_PARSED_INSTANTS = 100_000;

/** Milliseconds of an ISO 8601 instant string (with `Z` or an offset), or NaN. */
export function instantMsOrNaN(instant: string): number {
  const known = parsedInstants.get(instant);
  if (known !== undefined) return known;
  let ms = parseCanonicalInstant(instant);
  if (Number.isNaN(ms) && INSTANT_PATTERN.test(instant)) ms = Date.parse(instant);
  if (Number.isNaN(ms)) return ms;
  if (parsedInstants.size >= MAX_PARSED_INSTANTS) parsedInstants.clear();
  parsedInstants.set(instant, ms);
  return ms;
}

/** Milliseconds of an ISO 8601 instant string (with `Z` or an offset). */
export function requireInstantMs(instant: unknown, field: string): number {
  const ms = typeof instant === 'string' ? instantMsOrNaN(instant) : Number.NaN;
  return Number.isNaN(ms) ? fail(Instant, instant, field) : ms;
}

/** A whole number in `min…max`. */
export function requireInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw invalid(field, `Expected a whole number from ${min} to ${max}`, 'invalid_value');
  }
  return value;
}

export function requireModality(value: unknown, field: string): Modality {
  if (!MODALITIES.includes(value as Modality)) {
    throw invalid(field, `Expected one of ${MODALITIES.join(', ')}`, 'invalid_value');
  }
  return value as Modality;
}

/** An object whose fields can be read (not null, not an array). */
export function requireObject(value: unknown, field: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(field, 'Expected an object', 'invalid_type');
  }
  return value as Record<string, unknown>;
}

/** An array; its elements are checked where they are read. */
export function requireArray(value: unknown, field: string): readonly unknown[] {
  if (!Array.isArray(value)) throw invalid(field, 'Expected an array', 'invalid_type');
  return value;
}

export function requireString(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalid(field, 'Expected a string', 'invalid_type');
  return value;
}
