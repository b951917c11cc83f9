import { ValidationError } from '../../errors/index.js';
import type { VisitRange } from '../../model/index.js';

export const byStart = (a: { start: string }, b: { start: string }): number =>
  Date.parse(a.start) - Date.parse(b.start);

/** `from` and `to` in milliseconds; a `ValidationError` at `to` unless it is after `from`. */
export function checkRange(from: string, to: string): { from: number; to: number } {
  const range = { from: Date.parse(from), to: Date.parse(to) };
  if (!(range.from < range.to)) {
    throw new ValidationError('Invalid range at to: it must be after from', [
      { path: ['to'], message: 'Must be after from', code: 'custom' },
    ]);
  }
  return range;
}

/**
 * Which visits a listing covers: those not yet over at `from` (now when left out) that start
 * before `to` (no limit when left out).
 */
export function inRange(
  range: VisitRange,
  now: Date,
): (visit: { start: string; end: string }) => boolean {
  const from = range.from === undefined ? now.getTime() : Date.parse(range.from);
  const to = range.to === undefined ? Number.POSITIVE_INFINITY : Date.parse(range.to);
  if (range.to !== undefined) checkRange(new Date(from).toISOString(), range.to);
  return (visit) => Date.parse(visit.end) > from && Date.parse(visit.start) < to;
}
