// When to remind an officer: before each visit, and that a period's check-in is due.
import * as z from 'zod/mini';
import { parseOrThrow } from '../errors/validate.js';
import { Period } from '../model/attendance.js';
import type { DepartmentPolicy } from '../model/department.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../model/enums.js';
import { Id } from '../model/primitives.js';
import { ReminderPreferences, type Reminder } from '../model/reminder.js';
import type { Visit } from '../model/visit.js';
import { DAY_MS, MINUTE_MS, formatInstantMs } from './civil.js';
import { parseArgument, requireDateMs, requireDayNumber, requireInstantMs } from './inputs.js';
import { dueBy } from './periods.js';
import { zoneClock } from './zone.js';

/** Nudges go out at this local time, on their day. */
const NUDGE_MINUTE_OF_DAY = 9 * 60;

/** Days before the due-by date that a nudge goes out, besides the period's first day. */
export const CHECK_IN_NUDGE_DAYS_BEFORE = [30, 7] as const;

/**
 * One reminder per lead time for a `booked` visit, only those still ahead of `now`, earliest
 * first. Ids are deterministic (`<visitId>-<leadMinutes>`), so recomputing never duplicates one.
 */
export function visitReminders(
  visit: Visit,
  preferences: ReminderPreferences,
  now: Date,
): Reminder[] {
  const { leadTimesMinutes } = parseArgument(ReminderPreferences, preferences, 'preferences');
  const start = requireInstantMs(visit.start, 'visit.start');
  const nowMs = requireDateMs(now, 'now');
  if (visit.status !== 'booked') return [];
  return [...new Set(leadTimesMinutes)]
    .sort((a, b) => b - a)
    .map((lead) => ({ lead, at: start - lead * MINUTE_MS }))
    .filter(({ at }) => at > nowMs)
    .map(({ lead, at }) => ({
      id: `${visit.id}-${lead}`,
      kind: 'visit' as const,
      at: formatInstantMs(at),
      visitId: visit.id,
    }));
}

export interface CheckInNudgesInput {
  officerId: string;
  period: Period;
  status: AttendanceStatus;
  policy: DepartmentPolicy;
  /** The zone the nudges' 09:00 is read in (the officer's, or the department's). */
  timeZone: string;
  /**
   * Not used: every nudge of the period is returned, past and future, and the caller picks
   * (a widget shows the latest one that is due, a notifier sends those not yet sent).
   */
  now?: Date;
}

const NudgeTarget = z.object({
  officerId: Id,
  period: Period,
  status: z.enum(ATTENDANCE_STATUSES),
});

/**
 * "Your check-in is due" nudges for one period while the officer's status is `due` or `overdue`:
 * on the period's first day and 30 and 7 days before the due-by date, each at 09:00 local time,
 * oldest first. Ids are `<officerId>-<periodId>-<daysBeforeDueBy>`. None for other statuses.
 */
export function checkInNudges(input: CheckInNudgesInput): Reminder[] {
  const { officerId, period, status } = parseOrThrow(NudgeTarget, input, 'argument');
  const clock = zoneClock(input.timeZone);
  if (status !== 'due' && status !== 'overdue') return [];
  const due = dueBy(period, input.policy);
  const dueDay = requireDayNumber(due, 'dueBy');
  const firstDay = requireDayNumber(period.firstDay, 'period.firstDay');
  const daysBefore = [...new Set([dueDay - firstDay, ...CHECK_IN_NUDGE_DAYS_BEFORE])]
    .filter((days) => dueDay - days >= firstDay)
    .sort((a, b) => b - a);
  return daysBefore.map((days) => ({
    id: `${officerId}-${period.id}-${days}`,
    kind: 'check-in-due' as const,
    at: formatInstantMs(
      clock.wallToInstant((dueDay - days) * DAY_MS + NUDGE_MINUTE_OF_DAY * MINUTE_MS),
    ),
    periodId: period.id,
    dueBy: due,
  }));
}

/**
 * The nudges to show at `now` out of a period's `checkInNudges` (oldest first): the one in effect
 * (the latest already past) and those still to come.
 */
export function currentNudges(nudges: readonly Reminder[], now: Date): Reminder[] {
  const nowMs = requireDateMs(now, 'now');
  return nudges.filter((_, i) => {
    const next = nudges[i + 1];
    return next === undefined || Date.parse(next.at) > nowMs;
  });
}
