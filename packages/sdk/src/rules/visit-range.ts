// Which stretch of time a slot search or a visit listing covers.
import { ValidationError } from '../errors/errors.js';
import type { VisitRange } from '../model/visit.js';
import { requireDateMs, requireInstantMs, requireObject } from './inputs.js';

/** Earliest start first. */
export function byStart(a: { start: string }, b: { start: string }): number {
  requireObject(a, 'a');
  requireObject(b, 'b');
  return requireInstantMs(a.start, 'a.start') - requireInstantMs(b.start, 'b.start');
}

function invalidRange(): ValidationError {
  return new ValidationError('Invalid range at to: it must be after from', [
    { path: ['to'], message: 'Must be after from', code: 'custom' },
  ]);
}

/** `from` and `to` of a slot query; a `ValidationError` at `to` unless it is after `from`. */
export function slotWindow(from: string, to: string): { from: Date; to: Date } {
  const window = {
    from: new Date(requireInstantMs(from, 'from')),
    to: new Date(requireInstantMs(to, 'to')),
  };
  if (!(window.from < window.to)) throw invalidRange();
  return window;
}

/**
 * Which visits a listing covers: those not yet over at `from` (now when left out) that start
 * before `to` (no limit when left out). A `ValidationError` at `to` unless it is after `from`.
 */
export function visitWindow(range: VisitRange, now: Date): { from: Date; to: Date | undefined } {
  requireObject(range, 'range');
  const from = new Date(
    range.from === undefined ? requireDateMs(now, 'now') : requireInstantMs(range.from, 'from'),
  );
  const to = range.to === undefined ? undefined : new Date(requireInstantMs(range.to, 'to'));
  if (to !== undefined && !(from < to)) throw invalidRange();
  return { from, to };
}

/** Whether a visit falls in a window from `visitWindow`: still on at `from`, started before `to`. */
export function inVisitWindow(window: {
  from: Date;
  to: Date | undefined;
}): (visit: { start: string; end: string }) => boolean {
  requireObject(window, 'window');
  const from = requireDateMs(window.from, 'window.from');
  const to =
    window.to === undefined ? Number.POSITIVE_INFINITY : requireDateMs(window.to, 'window.to');
  return (visit) => Date.parse(visit.end) > from && Date.parse(visit.start) < to;
}
