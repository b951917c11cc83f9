// UTC offsets of IANA time zones with `Intl` alone. One formatter per zone, made once; offsets
// sampled on the hour and remembered, so converting a time away from a DST transition costs two
// map look-ups and no formatting. Conversions near a transition are measured, and remembered too.
import { TimeZone } from '../model/primitives.js';
import { DAY_MS } from './civil.js';
import { fail } from './inputs.js';

const HOUR_MS = 3_600_000;
/** Offsets run from UTC−12 to UTC+14: a wall time's instant is within 14 hours of it. */
const MAX_OFFSET_MS = 14 * HOUR_MS;

/** Entries kept per zone and cache before it starts over. */
const MAX_ENTRIES = 50_000;

export interface ZoneClock {
  readonly timeZone: string;
  /**
   * The instant of a wall time given as ms since the epoch "as if UTC". In a gap the wall time is
   * read with the offset before the transition, which moves it forward by the gap; in an overlap
   * the earlier of the two instants wins.
   */
  wallToInstant(wallMs: number): number;
  /** The wall time ("as if UTC" ms) of an instant. */
  instantToWall(ms: number): number;
}

const clocks = new Map<string, ZoneClock>();

/** The clock of a zone; throws a `ValidationError` at `field` for a zone `Intl` does not know. */
export function zoneClock(timeZone: string, field = 'timeZone'): ZoneClock {
  const known = clocks.get(timeZone);
  if (known) return known;
  // `Intl` falls back to the host's zone for `undefined`: never let that through.
  if (typeof timeZone !== 'string' || timeZone === '') return fail(TimeZone, timeZone, field);
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    return fail(TimeZone, timeZone, field);
  }
  const clock = createClock(timeZone, formatter);
  clocks.set(timeZone, clock);
  return clock;
}

function createClock(timeZone: string, formatter: Intl.DateTimeFormat): ZoneClock {
  const samples = new Map<number, number>();
  const nearTransition = new Map<number, number>();

  function measure(ms: number): number {
    const fields: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
    for (const part of formatter.formatToParts(ms)) fields[part.type] = Number(part.value);
    const wall = Date.UTC(
      fields.year ?? 1970,
      (fields.month ?? 1) - 1,
      fields.day ?? 1,
      fields.hour ?? 0,
      fields.minute ?? 0,
      fields.second ?? 0,
    );
    return wall - Math.floor(ms / 1000) * 1000;
  }

  /** The offset at the start of an hour (hours since the epoch), remembered. */
  function sample(hour: number): number {
    let offset = samples.get(hour);
    if (offset === undefined) {
      if (samples.size >= MAX_ENTRIES) samples.clear();
      offset = measure(hour * HOUR_MS);
      samples.set(hour, offset);
    }
    return offset;
  }

  /**
   * The offset throughout `[from, to]` if it is the same at the hours around both ends (no zone
   * changes its offset and back within a day), else `undefined`.
   */
  function steadyOffset(from: number, to: number): number | undefined {
    const first = sample(Math.floor(from / HOUR_MS));
    return first === sample(Math.ceil(to / HOUR_MS)) ? first : undefined;
  }

  function wallToInstantNearTransition(wallMs: number): number {
    // Try the offsets on either side; a reading is valid when the zone really has that offset
    // at the resulting instant.
    const before = measure(wallMs - DAY_MS);
    const after = measure(wallMs + DAY_MS);
    const early = wallMs - before;
    const late = wallMs - after;
    const earlyValid = measure(early) === before;
    const lateValid = measure(late) === after;
    if (earlyValid && lateValid) return Math.min(early, late);
    if (lateValid) return late;
    // Valid with the earlier offset only, or in a gap: read with the offset before it.
    return early;
  }

  return {
    timeZone,
    instantToWall(ms) {
      return ms + (steadyOffset(ms, ms) ?? measure(ms));
    },
    wallToInstant(wallMs) {
      const steady = steadyOffset(wallMs - MAX_OFFSET_MS, wallMs + MAX_OFFSET_MS);
      if (steady !== undefined) return wallMs - steady;
      let instant = nearTransition.get(wallMs);
      if (instant === undefined) {
        if (nearTransition.size >= MAX_ENTRIES) nearTransition.clear();
        instant = wallToInstantNearTransition(wallMs);
        nearTransition.set(wallMs, instant);
      }
      return instant;
    },
  };
}
