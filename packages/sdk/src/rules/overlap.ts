// Overlap of time ranges. Ranges are half-open, [start, end): one visit may end when the next begins.
import { requireDateMs, requireInstantMs } from './inputs.js';

export interface TimeRange {
  readonly start: string | Date;
  readonly end: string | Date;
}

/** A range as epoch milliseconds, for sweeps. */
export interface MsRange {
  start: number;
  end: number;
}

function toMs(value: string | Date, field: string): number {
  return typeof value === 'string' ? requireInstantMs(value, field) : requireDateMs(value, field);
}

/** True when two half-open ranges share any instant. Touching ends and empty ranges do not overlap. */
export function rangesOverlap(a: TimeRange, b: TimeRange): boolean {
  const start = Math.max(toMs(a.start, 'a.start'), toMs(b.start, 'b.start'));
  const end = Math.min(toMs(a.end, 'a.end'), toMs(b.end, 'b.end'));
  return start < end;
}

/**
 * The ranges widened by `marginMs` on both sides, sorted and merged into disjoint ranges, so that
 * one forward sweep can test many sorted candidates against them. Empty ranges are dropped.
 */
export function mergeRanges(ranges: readonly TimeRange[], marginMs = 0, field = 'busy'): MsRange[] {
  const sorted: MsRange[] = [];
  ranges.forEach((range, index) => {
    const start = toMs(range.start, `${field}[${index}].start`);
    const end = toMs(range.end, `${field}[${index}].end`);
    if (end > start) sorted.push({ start: start - marginMs, end: end + marginMs });
  });
  sorted.sort((x, y) => x.start - y.start);
  const merged: MsRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * A forward-only overlap test against merged ranges: ask with candidates in ascending start
 * order, and each call costs amortised O(1).
 */
export function createOverlapSweep(
  merged: readonly MsRange[],
): (start: number, end: number) => boolean {
  let next = 0;
  return (start, end) => {
    while (next < merged.length && (merged[next]?.end ?? 0) <= start) next += 1;
    const range = merged[next];
    return range !== undefined && range.start < end;
  };
}

/** True when `range` overlaps any of `others` (one pass, no sorting needed). */
export function overlapsAny(range: TimeRange, others: readonly TimeRange[]): boolean {
  return others.some((other) => rangesOverlap(range, other));
}
