import {
  DEFAULT_REMINDER_PREFERENCES,
  checkInNudges,
  currentNudges,
  visitReminders,
  type Reminder,
} from '@wellvisit/sdk';
import { bookedVisitsOf } from '../store/visits.js';
import { attendanceStatuses, resolvePeriod } from './attendance.js';
import type { SqlContext } from './context.js';
import type { AsOfficer } from './principal.js';

const byAt = (a: Reminder, b: Reminder): number => Date.parse(a.at) - Date.parse(b.at);

/** Reminders not yet past: before each booked visit, and the "check-in due" nudges in effect. */
export async function officerReminders(
  ctx: SqlContext,
  { officer, department, preferences }: AsOfficer,
): Promise<Reminder[]> {
  const { db } = ctx;
  const now = ctx.now();
  const chosen = preferences ?? DEFAULT_REMINDER_PREFERENCES;
  const forVisits = (await bookedVisitsOf(db, officer.id)).flatMap((visit) =>
    visitReminders(visit, chosen, now),
  );
  const period = resolvePeriod(now, department);
  const statusOf = await attendanceStatuses(db, now, department, period, {
    officerId: officer.id,
  });
  const nudges = checkInNudges({
    officerId: officer.id,
    period,
    status: statusOf(officer.id),
    policy: department.policy,
    timeZone: officer.timeZone,
  });
  return [...forVisits, ...currentNudges(nudges, now)].sort(byAt);
}
