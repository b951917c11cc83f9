// UTC offsets of IANA time zones with `Intl` alone. One formatter per zone, made once; offsets
// sampled at UTC midnights and remembered, so converting a wall time on an ordinary day costs two
// map look-ups and no formatting. Only the days around a DST transition take the slow path.
import { TimeZone } from '../model/primitives.js';
import { DAY_MS } from './civil.js';
import { fail } from './inputs.js';

/** Entries kept per zone before the sample cache starts over (a few decades of days). */
const MAX_SAMPLES = 20_000;

export interface ZoneClock {
  readonly timeZone: string;
  /** Offset from UTC in ms (east positive) at an instant. */
  offsetAt(ms: number): number;
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

  /** The offset at a UTC midnight, remembered. */
  function sample(dayNumber: number): number {
    let offset = samples.get(dayNumber);
    if (offset === undefined) {
      if (samples.size >= MAX_SAMPLES) samples.clear();
      offset = measure(dayNumber * DAY_MS);
      samples.set(dayNumber, offset);
    }
    return offset;
  }

  /**
   * The offset around `ms` if it is the same from the UTC midnight a day before to the one two
   * days after (no zone changes its offset twice within three days), else `undefined`.
   */
  function steadyOffsetNear(ms: number): number | undefined {
    const day = Math.floor(ms / DAY_MS);
    const before = sample(day - 1);
    return before === sample(day + 2) ? before : undefined;
  }

  return {
    timeZone,
    offsetAt(ms) {
      return steadyOffsetNear(ms) ?? measure(ms);
    },
    instantToWall(ms) {
      return ms + (steadyOffsetNear(ms) ?? measure(ms));
    },
    wallToInstant(wallMs) {
      const steady = steadyOffsetNear(wallMs);
      if (steady !== undefined) return wallMs - steady;
      // Near a transition: try the offsets on either side; a reading is valid when the zone
      // really has that offset at the resulting instant.
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
    },
  };
}
