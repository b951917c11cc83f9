/**
 * Spanish templates, keyed by the explicit `msg()` ids used in the elements. Each element keeps its
 * strings in its own file beside this one; `pnpm --filter @wellvisit/elements test` fails when a
 * source string has no Spanish template.
 */
import { shared } from './es/shared.js';
import { booking } from './es/booking.js';
import { reminders } from './es/reminders.js';
import { attendanceBadge } from './es/attendance-badge.js';
import { attendanceRoster } from './es/attendance-roster.js';
import { clinicianSchedule } from './es/clinician-schedule.js';
import { attendanceAccessLog } from './es/attendance-access-log.js';
import { departmentPolicy } from './es/department-policy.js';

export const templates = {
  ...shared,
  ...booking,
  ...reminders,
  ...attendanceBadge,
  ...attendanceRoster,
  ...clinicianSchedule,
  ...attendanceAccessLog,
  ...departmentPolicy,
};
