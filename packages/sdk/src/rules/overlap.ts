// Overlap of time ranges. Ranges are half-open, [start, end): one visit may end when the next begins.
import {
  instantMsOrNaN,
  invalid,
  requireArray,
  requireDateMs,
  requireInstantMs,
  requireObject,
} from './inputs.js';

export interface TimeRange {
  readonly start: string | Date;
  readonly end: string | Date;
}

/** A range as epoch milliseconds, for sweeps. */
export interface MsRange {
  start: number;
  end: number;
}

/** `field` may be a function, so that hot loops build the name only for an error. */
function toMs(value: string | Date, field: string | (() => string)): number {
  if (typeof value === 'string') {
    const ms = instantMsOrNaN(value);
    if (!Number.isNaN(ms)) return ms;
  }
  const name = typeof field === 'string' ? field : field();
  return typeof value === 'string' ? requireInstantMs(value, name) : requireDateMs(value, name);
}

/** True when two half-open ranges share any instant. Touching ends and empty ranges do not overlap. */
export function rangesOverlap(a: TimeRange, b: TimeRange): boolean {
  requireObject(a, 'a');
  requireObject(b, 'b');
  const start = Math.max(toMs(a.start, 'a.start'), toMs(b.start, 'b.start'));
  const end = Math.min(toMs(a.end, 'a.end'), toMs(b.end, 'b.end'));
  return start < end;
}

// Booked ranges are read again on every slot query: remember each one by its start, so that a
// range already seen costs one look-up rather than one per instant, and no new object.
interface ReadRange extends MsRange {
  /** The end it was read with: the same start may come with another end. */
  readonly endValue: string;
}
const readRanges = new Map<string, ReadRange>();
const MAX_READ_RANGES = 50_000;

/** The range in ms; a remembered one must not be changed. */
function readRange(range: TimeRange, field: string, index: number): Readonly<MsRange> {
  const startValue = range.start;
  const known = typeof startValue === 'string' ? readRanges.get(startValue) : undefined;
  const start = known ? known.start : toMs(startValue, () => `${field}[${index}].start`);
  const endValue = range.end;
  if (known && known.endValue === endValue) return known;
  const end = toMs(endValue, () => `${field}[${index}].end`);
  if (typeof startValue !== 'string' || typeof endValue !== 'string') return { start, end };
  if (readRanges.size >= MAX_READ_RANGES) readRanges.clear();
  const read = { start, end, endValue };
  readRanges.set(startValue, read);
  return read;
}

/**
 * The ranges widened by `marginMs` on both sides, sorted and merged into disjoint ranges, so that
 * one forward sweep can test many sorted candidates against them. Empty ranges, and ranges that
 * end (widened) before `from` or start at or after `to`, are dropped.
 */
export function mergeRanges(
  ranges: readonly TimeRange[],
  marginMs = 0,
  field = 'busy',
  from = -Infinity,
  to = Infinity,
): MsRange[] {
  const sorted: MsRange[] = [];
  for (let index = 0; index < ranges.length; index += 1) {
    const range = ranges[index] as TimeRange | null;
    if (typeof range !== 'object' || range === null) {
      throw invalid(`${field}[${index}]`, 'Expected a time range', 'invalid_type');
    }
    const { start, end } = readRange(range, field, index);
    if (end > start && end + marginMs > from && start - marginMs < to) {
      sorted.push({ start: start - marginMs, end: end + marginMs });
    }
  }
  sorted.sort((x, y) => x.start - y.start);
  const merged: MsRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push(range);
  }
  return merged;
}

/**
 * An overlap test against merged ranges, fast for candidates asked in ascending start order
 * (amortised O(1) each); a candidate that starts earlier than the previous one restarts the scan.
 */
export function createOverlapSweep(
  merged: readonly MsRange[],
): (start: number, end: number) => boolean {
  let next = 0;
  let previousStart = -Infinity;
  return (start, end) => {
    if (start < previousStart) next = 0;
    previousStart = start;
    while (next < merged.length && (merged[next]?.end ?? 0) <= start) next += 1;
    const range = merged[next];
    return range !== undefined && range.start < end;
  };
}

/** True when `range` overlaps any of `others` (one pass, no sorting needed). */
export function overlapsAny(range: TimeRange, others: readonly TimeRange[]): boolean {
  requireObject(range, 'range');
  requireArray(others, 'others');
  const start = toMs(range.start, 'range.start');
  const end = toMs(range.end, 'range.end');
  return others.some((other, index) => {
    requireObject(other, `others[${index}]`);
    const overlapStart = Math.max(start, toMs(other.start, `others[${index}].start`));
    return overlapStart < Math.min(end, toMs(other.end, `others[${index}].end`));
  });
}
