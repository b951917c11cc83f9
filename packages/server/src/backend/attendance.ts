import {
  currentPeriod,
  deriveAttendance,
  periodById,
  type AttendanceStatus,
  type Department,
  type Period,
} from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { excusedOfficers } from '../store/excusals.js';
import { fulfilledStarts } from '../store/visits.js';

const DAY_MS = 86_400_000;

/** The period with this id, or the current one in the department's time zone. */
export function resolvePeriod(now: Date, department: Department, periodId?: string): Period {
  return periodId === undefined
    ? currentPeriod(now, department.policy, department.timeZone)
    : periodById(periodId, department.policy);
}

/**
 * Attendance of officers of one department for one period, derived by the SDK's rule from the
 * fulfilled visits and excusals the database holds. Visits are fetched with two days' margin on
 * each side (any time zone's offset) and the rule decides which fall inside the period.
 */
export async function attendanceStatuses(
  db: Queryable,
  now: Date,
  department: Department,
  period: Period,
  scope: { departmentId: string } | { officerId: string },
): Promise<(officerId: string) => AttendanceStatus> {
  const from = new Date(Date.parse(period.firstDay) - 2 * DAY_MS);
  const to = new Date(Date.parse(period.lastDay) + 3 * DAY_MS);
  const [starts, excused] = await Promise.all([
    fulfilledStarts(db, scope, from, to),
    excusedOfficers(db, scope, period.id),
  ]);
  return (officerId) =>
    deriveAttendance({
      policy: department.policy,
      period,
      timeZone: department.timeZone,
      now,
      fulfilledVisitStarts: starts.get(officerId) ?? [],
      excused: excused.has(officerId),
    });
}
