import * as z from 'zod/mini';
import { MODALITIES, WEEKDAYS } from './enums.js';
import { Id, Instant, LocalDate, LocalTime, PlaceLabel, TimeZone } from './primitives.js';

function startsBeforeEnd(range: { start: string; end: string }): boolean {
  return range.start < range.end;
}

/** A recurring weekly window, in the clinician's time zone, for some modalities. */
export const WeeklyRule = z
  .object({
    weekday: z.union(WEEKDAYS.map((day) => z.literal(day))),
    start: LocalTime,
    end: LocalTime,
    modalities: z.array(z.enum(MODALITIES)).check(z.minLength(1)),
    /** Where in-person visits in this window happen (e.g. the department's wellness room). */
    place: z.optional(PlaceLabel),
  })
  .check(z.refine(startsBeforeEnd, { error: 'A rule must end after it starts', path: ['end'] }));
export type WeeklyRule = z.infer<typeof WeeklyRule>;

/**
 * A change to one date: `unavailable` removes the whole day (or only `start`–`end` when given);
 * `available` adds a window that no weekly rule provides.
 */
export const DateException = z
  .object({
    date: LocalDate,
    kind: z.enum(['unavailable', 'available']),
    start: z.optional(LocalTime),
    end: z.optional(LocalTime),
    modalities: z.optional(z.array(z.enum(MODALITIES)).check(z.minLength(1))),
    place: z.optional(PlaceLabel),
  })
  .check(
    z.refine((e) => (e.start === undefined) === (e.end === undefined), {
      error: 'Give both a start and an end, or neither',
      path: ['end'],
    }),
    z.refine((e) => e.start === undefined || e.end === undefined || e.start < e.end, {
      error: 'An exception must end after it starts',
      path: ['end'],
    }),
    z.refine(
      (e) => e.kind === 'unavailable' || (e.start !== undefined && e.modalities !== undefined),
      {
        error: 'Extra availability needs a start, an end and modalities',
        path: ['start'],
      },
    ),
  );
export type DateException = z.infer<typeof DateException>;

/** Inclusive bounds of an availability's numbers: the schema checks them, and a form can say them. */
export const AVAILABILITY_LIMITS = {
  slotMinutes: { min: 15, max: 240 },
  bufferMinutes: { min: 0, max: 120 },
  minNoticeMinutes: { min: 0, max: 60 * 24 * 30 },
  horizonDays: { min: 1, max: 366 },
} as const;

const bounded = ({ min, max }: { min: number; max: number }) =>
  z.int().check(z.gte(min), z.lte(max));

/** Everything that decides a clinician's free slots, edited as one document by the clinician. */
export const Availability = z.object({
  clinicianId: Id,
  timeZone: TimeZone,
  slotMinutes: bounded(AVAILABILITY_LIMITS.slotMinutes),
  /** Free time kept after each visit before the next slot may start. */
  bufferMinutes: bounded(AVAILABILITY_LIMITS.bufferMinutes),
  /** How far ahead of its start a slot must be booked, rescheduled or cancelled. */
  minNoticeMinutes: bounded(AVAILABILITY_LIMITS.minNoticeMinutes),
  /** How many days ahead an officer may book. */
  horizonDays: bounded(AVAILABILITY_LIMITS.horizonDays),
  rules: z.array(WeeklyRule).check(z.maxLength(100)),
  exceptions: z.array(DateException).check(z.maxLength(500)),
});
export type Availability = z.infer<typeof Availability>;

/** A bookable time. `end` is `start` plus the clinician's slot length. */
export const Slot = z.object({
  clinicianId: Id,
  start: Instant,
  end: Instant,
  modality: z.enum(MODALITIES),
  place: z.optional(PlaceLabel),
});
export type Slot = z.infer<typeof Slot>;

export const SlotQuery = z.object({
  from: Instant,
  to: Instant,
  clinicianId: z.optional(Id),
  modality: z.optional(z.enum(MODALITIES)),
  /** At most this many slots (1 to 1000); every slot in the range when left out. */
  limit: z.optional(z.int()),
  /** The page after this slot: `slotCursor(lastSlotOfThePage)`. */
  after: z.optional(z.string().check(z.maxLength(300))),
});
export type SlotQuery = z.infer<typeof SlotQuery>;
