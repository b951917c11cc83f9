// Attendance periods: a department's year (from its fiscal start month) or its two halves.
import * as z from 'zod/mini';
import type { Period } from '../model/attendance.js';
import { PolicyFields, type DepartmentPolicy } from '../model/department.js';
import { PeriodId, type LocalDate } from '../model/primitives.js';
import {
  dayNumberOfMonthIndex,
  formatDayNumber,
  formatMonthIndex,
  monthIndexOf,
  yearMonthOf,
} from './civil.js';
import {
  invalid,
  parseArgument,
  requireDayNumber,
  requireInteger,
  requireObject,
} from './inputs.js';
import { instantToZoned } from './time.js';

type PolicyInput = Pick<DepartmentPolicy, 'cadence' | 'periodStartMonth' | 'months'>;

const PeriodPolicy = z.pick(PolicyFields, { cadence: true, periodStartMonth: true, months: true });

/** Where periods of `months` are laid from: `periodStartMonth` of the year 2000. */
const ANCHOR_YEAR = 2000;

function monthsPerPeriod(policy: PolicyInput): number {
  if (policy.cadence === 'annual') return 12;
  if (policy.cadence === 'semiannual') return 6;
  if (policy.months === undefined)
    throw invalid('policy.months', 'Set months with cadence "months"');
  return policy.months;
}

function checkPolicy(policy: PolicyInput): PolicyInput {
  const checked = parseArgument(PeriodPolicy, policy, 'policy');
  monthsPerPeriod(checked);
  return checked;
}

function periodStartingAt(firstMonth: number, policy: PolicyInput): Period {
  const months = monthsPerPeriod(policy);
  return {
    id: formatMonthIndex(firstMonth),
    cadence: policy.cadence,
    firstDay: formatDayNumber(dayNumberOfMonthIndex(firstMonth)),
    lastDay: formatDayNumber(dayNumberOfMonthIndex(firstMonth + months) - 1),
  };
}

/** The month index of the start of the period containing `monthIndex`. */
function periodStartMonthIndex(monthIndex: number, policy: PolicyInput): number {
  const months = monthsPerPeriod(policy);
  const anchor = monthIndexOf(ANCHOR_YEAR, policy.periodStartMonth);
  const offset = (((monthIndex - anchor) % months) + months) % months;
  return monthIndex - offset;
}

/**
 * The period containing a date. Annual periods run 12 months from `periodStartMonth`;
 * semiannual ones are the two 6-month halves anchored there; `months` ones run `policy.months`
 * months each, laid from `periodStartMonth` of 2000. `lastDay` is inclusive.
 */
export function periodOf(date: LocalDate, policy: DepartmentPolicy): Period {
  const checked = checkPolicy(policy);
  const day = requireDayNumber(date, 'date');
  const { year, month } = yearMonthOf(day);
  const monthIndex = monthIndexOf(year, month);
  return periodStartingAt(periodStartMonthIndex(monthIndex, checked), checked);
}

/** The period with this id; a `ValidationError` if the id is not a period start of the policy. */
export function periodById(id: string, policy: DepartmentPolicy): Period {
  const checked = checkPolicy(policy);
  const periodId = parseArgument(PeriodId, id, 'periodId');
  const monthIndex = monthIndexOf(Number(periodId.slice(0, 4)), Number(periodId.slice(5, 7)));
  if (periodStartMonthIndex(monthIndex, checked) !== monthIndex) {
    const months = monthsPerPeriod(checked);
    const starts = Array.from({ length: Math.ceil(12 / months) }, (_, i) => i * months)
      .filter((shift) => shift < 12)
      .map((shift) => String(((checked.periodStartMonth - 1 + shift) % 12) + 1).padStart(2, '0'));
    const hint =
      12 % months === 0
        ? `periods start in month ${starts.join(' and ')}`
        : `${formatMonthIndex(periodStartMonthIndex(monthIndex, checked))} does`;
    throw invalid('periodId', `${periodId} does not start a period: ${hint}`, 'invalid_value');
  }
  return periodStartingAt(monthIndex, checked);
}

/** The period that today, in `timeZone`, belongs to. */
export function currentPeriod(now: Date, policy: DepartmentPolicy, timeZone: string): Period {
  return periodOf(instantToZoned(now, timeZone).date, policy);
}

/** How many periods a department's period list shows, the current one included. */
export const LISTED_PERIODS = 6;

/** The current period and the ones before it, newest first. */
export function recentPeriods(
  now: Date,
  policy: DepartmentPolicy,
  timeZone: string,
  count: number,
): Period[] {
  requireInteger(count, 'count', 1, 100);
  const current = currentPeriod(now, policy, timeZone);
  const first = monthIndexOf(Number(current.id.slice(0, 4)), Number(current.id.slice(5, 7)));
  const months = monthsPerPeriod(policy);
  return Array.from({ length: count }, (_, back) =>
    periodStartingAt(first - back * months, policy),
  );
}

/** The last day to check in before `due` turns `overdue`: the period's last day plus grace. */
export function dueBy(period: Period, policy: DepartmentPolicy): LocalDate {
  requireObject(period, 'period');
  requireObject(policy, 'policy');
  const graceDays = requireInteger(policy.graceDays, 'policy.graceDays', 0, 180);
  return formatDayNumber(requireDayNumber(period.lastDay, 'period.lastDay') + graceDays);
}
