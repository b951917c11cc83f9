// When an officer may still change a visit, and when a clinician may record attendance.
import type { VisitStatus } from '../model/enums.js';
import type { Visit } from '../model/visit.js';
import { DAY_MS, MINUTE_MS } from './civil.js';
import { requireDateMs, requireInstantMs, requireInteger, requireObject } from './inputs.js';

export type ChangeCheck = { ok: true } | { ok: false; code: 'not-active' | 'notice-period' };

export type MarkCheck =
  | { ok: true }
  | { ok: false; code: 'not-started' | 'already-marked' | 'cancelled' | 'correction-closed' };

/** How long after a visit's start a clinician may correct its mark to the other outcome. */
export const MARK_CORRECTION_DAYS = 7;

/**
 * An officer may reschedule or cancel a visit only while it is `booked` and at least
 * `minNoticeMinutes` before it starts (exactly at the limit is still allowed).
 */
export function checkChangeAllowed(visit: Visit, minNoticeMinutes: number, now: Date): ChangeCheck {
  requireObject(visit, 'visit');
  const start = requireInstantMs(visit.start, 'visit.start');
  const notice = requireInteger(minNoticeMinutes, 'minNoticeMinutes', 0, Number.MAX_SAFE_INTEGER);
  const nowMs = requireDateMs(now, 'now');
  if (visit.status !== 'booked') return { ok: false, code: 'not-active' };
  if (start - nowMs < notice * MINUTE_MS) return { ok: false, code: 'notice-period' };
  return { ok: true };
}

/**
 * A clinician may mark a visit attended or no-show once it has started: a cancelled visit cannot
 * be marked, and a marked one is not marked again with the same outcome. Given the `outcome`, a
 * mark may be corrected to the other one until `MARK_CORRECTION_DAYS` after the start.
 */
export function checkMarkAllowed(visit: Visit, now: Date, outcome?: VisitStatus): MarkCheck {
  requireObject(visit, 'visit');
  const start = requireInstantMs(visit.start, 'visit.start');
  const nowMs = requireDateMs(now, 'now');
  if (visit.status === 'cancelled') return { ok: false, code: 'cancelled' };
  if (visit.status !== 'booked') {
    if (outcome === undefined || outcome === visit.status) {
      return { ok: false, code: 'already-marked' };
    }
    const closes = start + MARK_CORRECTION_DAYS * DAY_MS;
    return nowMs < closes ? { ok: true } : { ok: false, code: 'correction-closed' };
  }
  if (nowMs < start) return { ok: false, code: 'not-started' };
  return { ok: true };
}
