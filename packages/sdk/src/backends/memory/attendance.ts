import { NotFoundError } from '../../errors/index.js';
import type { AttendanceStatus, Department, Officer, Period } from '../../model/index.js';
import { currentPeriod, deriveAttendance, periodById } from '../../rules/index.js';
import type { MemoryContext } from './context.js';
import { excusalKey } from './state.js';

/** The period with this id, or the current one in the department's time zone. */
export function resolvePeriod(
  ctx: MemoryContext,
  department: Department,
  periodId?: string,
): Period {
  return periodId === undefined
    ? currentPeriod(ctx.now(), department.policy, department.timeZone)
    : periodById(periodId, department.policy);
}

/** Starts of fulfilled visits, by officer: the only visit fact attendance depends on. */
export function fulfilledStartsByOfficer(ctx: MemoryContext): Map<string, string[]> {
  const starts = new Map<string, string[]>();
  for (const visit of ctx.state.visits.values()) {
    if (visit.status !== 'fulfilled') continue;
    starts.set(visit.officerId, [...(starts.get(visit.officerId) ?? []), visit.start]);
  }
  return starts;
}

export function attendanceStatus(
  ctx: MemoryContext,
  officer: Officer,
  department: Department,
  period: Period,
  fulfilled: Map<string, string[]> = fulfilledStartsByOfficer(ctx),
): AttendanceStatus {
  return deriveAttendance({
    policy: department.policy,
    period,
    timeZone: department.timeZone,
    now: ctx.now(),
    fulfilledVisitStarts: fulfilled.get(officer.id) ?? [],
    excused: ctx.state.excusals.has(excusalKey(officer.id, period.id)),
  });
}

/** An officer of this department; officers of other departments do not exist for its admins. */
export function departmentOfficer(
  ctx: MemoryContext,
  department: Department,
  officerId: string,
): Officer {
  const officer = ctx.state.officers.get(officerId);
  if (!officer || officer.departmentId !== department.id) {
    throw new NotFoundError('No such officer', { code: 'not-found' });
  }
  return officer;
}
