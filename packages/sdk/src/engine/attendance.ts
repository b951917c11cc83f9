import type { AttendanceStatus, Department, Officer, Period } from '../model/index.js';
import { DAY_MS } from '../rules/civil.js';
import { deriveAttendance, periodNow, periodWithId, policyOn } from '../rules/index.js';
import type { AttendanceScope, Store } from './port.js';

/** The period with this id, or the current one in the department's time zone. */
export function resolvePeriod(now: Date, department: Department, periodId?: string): Period {
  return periodId === undefined ? periodNow(now, department) : periodWithId(periodId, department);
}

/**
 * Attendance of a scope's officers for one period, derived by the SDK's rule from fulfilled
 * visits marked by `markedBy` and excusals, under the policy in effect when the period started.
 * Visits are read with two days' margin each side (any zone's offset); the rule decides which
 * fall inside the period.
 */
export async function attendanceOf(
  store: Store,
  now: Date,
  department: Department,
  period: Period,
  scope: AttendanceScope,
  markedBy: Date,
): Promise<(officer: Officer) => AttendanceStatus> {
  const from = new Date(Date.parse(period.firstDay) - 2 * DAY_MS);
  const to = new Date(Date.parse(period.lastDay) + 3 * DAY_MS);
  const facts = await store.attendanceFacts(scope, from, to, period.id, markedBy);
  const policy = policyOn(department, period.firstDay);
  return (officer) =>
    deriveAttendance({
      policy,
      period,
      timeZone: department.timeZone,
      now,
      fulfilledVisitStarts: facts.fulfilledStarts.get(officer.id) ?? [],
      excused: facts.excusals.has(officer.id),
      excusedThrough: facts.excusals.get(officer.id)?.lastDay,
      service: {
        programStart: department.programStart,
        serviceStart: officer.serviceStart,
        serviceEnd: officer.serviceEnd,
      },
    });
}
