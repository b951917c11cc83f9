/**
 * @wellvisit/elements — Lit web components for Wellvisit.
 *
 * This entry exports the classes, events and helpers without registering any tag. Register what
 * you use with `import '@wellvisit/elements/define/booking.js'` (one element) or
 * `import '@wellvisit/elements/all.js'` (all of them).
 */
export * from './events/index.js';
export { WvProvider } from './provider/provider.js';
export { WvBooking } from './booking/booking.js';
export { WvReminders } from './reminders/reminders.js';
export { WvAttendanceBadge } from './attendance-badge/attendance-badge.js';
export { WvAttendanceAccessLog } from './attendance-access-log/attendance-access-log.js';
export { WvDepartmentPolicy } from './department-policy/department-policy.js';
export { WvAttendanceRoster } from './attendance-roster/attendance-roster.js';
export { WvClinicianSchedule } from './clinician-schedule/clinician-schedule.js';
export { WellvisitElement, THEMES, type Theme } from './shared/base-element.js';
export { backendContext } from './shared/context.js';
export { define } from './shared/define.js';
export {
  setLocale,
  getLocale,
  SUPPORTED_LOCALES,
  type SupportedLocale,
} from './shared/localization.js';
