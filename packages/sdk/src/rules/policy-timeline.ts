// A department's periods over time: its first policy, then each change from its effective date.
// A change takes effect the day after the current period ends, so a period's boundaries are
// fixed the day it starts: no policy change can move a started period.
import type { Period } from '../model/attendance.js';
import type { Department, DepartmentPolicy, PolicyChange } from '../model/department.js';
import type { LocalDate } from '../model/primitives.js';
import { invalid, requireArray, requireObject } from './inputs.js';
import { periodOf } from './periods.js';
import { addDays, compareDates, instantToZoned } from './time.js';

export type PolicyTimeline = Pick<Department, 'policy' | 'policyChanges'>;

/** The policy in effect on `date`. */
export function policyOn(timeline: PolicyTimeline, date: LocalDate): DepartmentPolicy {
  return versionOn(timeline, date).policy;
}

/** The department's changes, each checked to be an object (its dates are checked when compared). */
function changesOf(timeline: PolicyTimeline): readonly PolicyChange[] {
  requireObject(timeline, 'department');
  const changes = requireArray(timeline.policyChanges, 'department.policyChanges');
  changes.forEach((change, index) => requireObject(change, `department.policyChanges[${index}]`));
  return changes as readonly PolicyChange[];
}

function versionOn(
  timeline: PolicyTimeline,
  date: LocalDate,
): { policy: DepartmentPolicy; from?: LocalDate; until?: LocalDate } {
  const changes = changesOf(timeline);
  const next = changes.findIndex((change) => compareDates(change.effectiveFrom, date) > 0);
  const index = (next === -1 ? changes.length : next) - 1;
  const current = changes[index];
  const following = changes[index + 1];
  return {
    policy: current?.policy ?? timeline.policy,
    ...(current ? { from: current.effectiveFrom } : {}),
    ...(following ? { until: addDays(following.effectiveFrom, -1) } : {}),
  };
}

/**
 * The period containing `date`: the period of the policy then in effect, cut to that policy's
 * effective dates. A change whose policy starts its periods in another month opens with a
 * shorter period, from its effective date to the new policy's first boundary.
 */
export function periodOn(date: LocalDate, timeline: PolicyTimeline): Period {
  const version = versionOn(timeline, date);
  const natural = periodOf(date, version.policy);
  const firstDay =
    version.from && compareDates(version.from, natural.firstDay) > 0
      ? version.from
      : natural.firstDay;
  const lastDay =
    version.until && compareDates(version.until, natural.lastDay) < 0
      ? version.until
      : natural.lastDay;
  return { ...natural, id: firstDay.slice(0, 7), firstDay, lastDay };
}

/** The period with this id; a `ValidationError` at `periodId` if no period starts that month. */
export function periodWithId(id: string, timeline: PolicyTimeline): Period {
  const period = periodOn(`${id}-01`, timeline);
  if (period.id !== id) {
    throw invalid('periodId', `${id} does not start a period: ${period.id} does`, 'invalid_value');
  }
  return period;
}

/** Today in `timeZone`. */
export const localToday = (now: Date, timeZone: string): LocalDate =>
  instantToZoned(now, timeZone).date;

/** The period today, in the department's zone, belongs to. */
export function periodNow(now: Date, department: Department): Period {
  return periodOn(localToday(now, department.timeZone), department);
}

/**
 * The current period and the ones before it, newest first, at most `count`: none that ended
 * before the program started.
 */
export function periodsUntilNow(now: Date, department: Department, count: number): Period[] {
  const periods = [periodNow(now, department)];
  for (;;) {
    const last = periods[periods.length - 1];
    if (!last || periods.length >= count) break;
    if (department.programStart && compareDates(last.firstDay, department.programStart) <= 0) {
      break;
    }
    periods.push(periodOn(addDays(last.firstDay, -1), department));
  }
  return periods;
}

/** A change of policy made now: from the day after the current period ends. */
export function policyChangeNow(
  now: Date,
  department: Department,
  policy: DepartmentPolicy,
): PolicyChange {
  return { effectiveFrom: addDays(periodNow(now, department).lastDay, 1), policy };
}

/**
 * The history with `change` scheduled: changes before its effective date stay, later ones (a
 * change scheduled earlier and not yet in effect) give way to it. Stores apply the same rule.
 */
export function withPolicyChange(
  changes: readonly PolicyChange[],
  change: PolicyChange,
): PolicyChange[] {
  return [
    ...changes.filter((c) => compareDates(c.effectiveFrom, change.effectiveFrom) < 0),
    change,
  ];
}

/** The change scheduled and not yet in effect on `today`, if any. */
export function scheduledChange(
  timeline: PolicyTimeline,
  today: LocalDate,
): PolicyChange | undefined {
  return changesOf(timeline).find((c) => compareDates(c.effectiveFrom, today) > 0);
}
