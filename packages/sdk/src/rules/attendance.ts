// An officer's attendance status for a period: derived, never stored by hand.
import type { AttendanceRecord, Period } from '../model/attendance.js';
import type { DepartmentPolicy, Officer, OfficerService } from '../model/department.js';
import type { LocalDate } from '../model/primitives.js';
import { ATTENDANCE_STATUSES, type AttendanceStatus } from '../model/enums.js';
import { DAY_MS } from './civil.js';
import {
  invalid,
  requireArray,
  requireDateMs,
  requireDayNumber,
  requireInstantMs,
  requireObject,
  requireString,
} from './inputs.js';
import { dueBy } from './periods.js';
import { zoneClock } from './zone.js';

export interface AttendanceInput {
  policy: DepartmentPolicy;
  period: Period;
  /** The department's time zone: it decides which day a visit and "today" fall on. */
  timeZone: string;
  now: Date;
  /** Starts of the officer's `fulfilled` visits (any period; those outside are ignored). */
  fulfilledVisitStarts: readonly string[];
  /** Whether the department excused the officer for this period. */
  excused: boolean;
  /** The excusal's last day: after it the officer is due again, unless it reaches due-by. */
  excusedThrough?: LocalDate | undefined;
  /** When the program and the officer's service began and ended; absent: no bound. */
  service?: ServiceDates;
}

export interface ServiceDates {
  programStart?: LocalDate | undefined;
  serviceStart?: LocalDate | undefined;
  serviceEnd?: LocalDate | undefined;
}

/** The officer with these service dates instead of theirs (an absent date is cleared). */
export function withService(officer: Officer, service: OfficerService): Officer {
  const next: Officer = { ...officer, ...service };
  if (service.serviceStart === undefined) delete next.serviceStart;
  if (service.serviceEnd === undefined) delete next.serviceEnd;
  return next;
}

/**
 * Whether anything is due in a period: the program and the officer's service had begun by its
 * last day, and the service had not ended before it. So an officer who joins mid-period is due
 * in that period (by its due-by date), and one who leaves mid-period is not.
 */
export function dueInPeriod(period: Period, service: ServiceDates): boolean {
  const lastDay = requireDayNumber(period.lastDay, 'period.lastDay');
  const day = (date: LocalDate | undefined, field: string) =>
    date === undefined ? undefined : requireDayNumber(date, field);
  const programStart = day(service.programStart, 'service.programStart');
  const serviceStart = day(service.serviceStart, 'service.serviceStart');
  const serviceEnd = day(service.serviceEnd, 'service.serviceEnd');
  return (
    (programStart === undefined || programStart <= lastDay) &&
    (serviceStart === undefined || serviceStart <= lastDay) &&
    (serviceEnd === undefined || serviceEnd >= lastDay)
  );
}

/**
 * `not-required` when the policy does not require attendance or nothing is due in the period
 * (`dueInPeriod`); `completed` when a fulfilled visit
 * starts inside the period (in the department's zone), even if the officer was also excused;
 * `excused` (until the excusal's last day, if it has one before due-by); `overdue` once today is after the due-by date (last day plus grace days); else `due`.
 */
export function deriveAttendance(input: AttendanceInput): AttendanceStatus {
  requireObject(input, 'input');
  const policy = requireObject(input.policy, 'policy') as DepartmentPolicy;
  const period = requireObject(input.period, 'period') as Period;
  if (typeof policy.required !== 'boolean') throw invalid('policy.required', 'Expected a boolean');
  if (!policy.required || !dueInPeriod(period, input.service ?? {})) return 'not-required';
  const clock = zoneClock(input.timeZone);
  const localDay = (ms: number): number => Math.floor(clock.instantToWall(ms) / DAY_MS);
  const firstDay = requireDayNumber(period.firstDay, 'period.firstDay');
  const lastDay = requireDayNumber(period.lastDay, 'period.lastDay');
  const starts = requireArray(input.fulfilledVisitStarts, 'fulfilledVisitStarts');
  const attended = starts.some((start, index) => {
    const day = localDay(requireInstantMs(start, `fulfilledVisitStarts[${index}]`));
    return day >= firstDay && day <= lastDay;
  });
  if (attended) return 'completed';
  if (typeof input.excused !== 'boolean') throw invalid('excused', 'Expected a boolean');
  const today = localDay(requireDateMs(input.now, 'now'));
  const due = requireDayNumber(dueBy(period, policy), 'dueBy');
  if (input.excused) {
    const through = input.excusedThrough;
    const last = through === undefined ? due : requireDayNumber(through, 'excusedThrough');
    // An excusal that reaches the due-by date covers the period for good.
    if (today <= last || last >= due) return 'excused';
  }
  return today > due ? 'overdue' : 'due';
}

function requireAttendanceStatus(status: unknown): AttendanceStatus {
  if (!ATTENDANCE_STATUSES.includes(status as AttendanceStatus)) {
    throw invalid('status', `Expected one of ${ATTENDANCE_STATUSES.join(', ')}`, 'invalid_value');
  }
  return status as AttendanceStatus;
}

/** Exactly the four fields a department may see, built field by field so nothing else slips in. */
export function attendanceRecord(
  officer: { id: string; displayName: string },
  period: Period,
  status: AttendanceStatus,
): AttendanceRecord {
  requireObject(officer, 'officer');
  requireObject(period, 'period');
  return {
    officerId: requireString(officer.id, 'officer.id'),
    officerName: requireString(officer.displayName, 'officer.displayName'),
    periodId: requireString(period.id, 'period.id'),
    status: requireAttendanceStatus(status),
  };
}
