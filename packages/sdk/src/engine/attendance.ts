import type { AttendanceStatus, Department, Period } from '../model/index.js';
import { DAY_MS } from '../rules/civil.js';
import { currentPeriod, deriveAttendance, periodById } from '../rules/index.js';
import type { AttendanceScope, Store } from './port.js';

/** The period with this id, or the current one in the department's time zone. */
export function resolvePeriod(now: Date, department: Department, periodId?: string): Period {
  return periodId === undefined
    ? currentPeriod(now, department.policy, department.timeZone)
    : periodById(periodId, department.policy);
}

/**
 * Attendance of a scope's officers for one period, derived by the SDK's rule from fulfilled
 * visits and excusals. Visits are read with two days' margin each side (any zone's offset); the
 * rule decides which fall inside the period.
 */
export async function attendanceOf(
  store: Store,
  now: Date,
  department: Department,
  period: Period,
  scope: AttendanceScope,
): Promise<(officerId: string) => AttendanceStatus> {
  const from = new Date(Date.parse(period.firstDay) - 2 * DAY_MS);
  const to = new Date(Date.parse(period.lastDay) + 3 * DAY_MS);
  const facts = await store.attendanceFacts(scope, from, to, period.id);
  return (officerId) =>
    deriveAttendance({
      policy: department.policy,
      period,
      timeZone: department.timeZone,
      now,
      fulfilledVisitStarts: facts.fulfilledStarts.get(officerId) ?? [],
      excused: facts.excused.has(officerId),
    });
}
