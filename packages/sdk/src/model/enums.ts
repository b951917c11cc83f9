// Enumerations as `as const` arrays: the type derives from the array, and the same array feeds
// validation, Storybook controls and UI pickers.

/** Where a visit happens. */
export const MODALITIES = ['department', 'practice', 'virtual'] as const;
export type Modality = (typeof MODALITIES)[number];

/** How often a department expects each officer to check in; `months`: every `policy.months`. */
export const CADENCES = ['annual', 'semiannual', 'months'] as const;
export type Cadence = (typeof CADENCES)[number];

/**
 * Visit statuses: a subset of FHIR R4 `Appointment.status` codes, spelled the same way, so a
 * visit maps onto an Appointment without a translation table.
 */
export const VISIT_STATUSES = ['booked', 'fulfilled', 'cancelled', 'noshow'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];

/** Visits in these statuses hold their clinician's time. */
export const ACTIVE_VISIT_STATUSES = ['booked'] as const satisfies readonly VisitStatus[];

/** What a clinician may record after a visit's start. */
export const ATTENDANCE_OUTCOMES = [
  'fulfilled',
  'noshow',
] as const satisfies readonly VisitStatus[];
export type AttendanceOutcome = (typeof ATTENDANCE_OUTCOMES)[number];

/** Why a department excused an officer: a category, never free text. */
export const EXCUSAL_CATEGORIES = ['leave', 'injury', 'military', 'other'] as const;
export type ExcusalCategory = (typeof EXCUSAL_CATEGORIES)[number];

/** The only thing a department learns about an officer's visits, per period. */
export const ATTENDANCE_STATUSES = [
  'completed',
  'due',
  'overdue',
  'excused',
  'not-required',
] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];

export const ROLES = ['officer', 'clinician', 'department-admin'] as const;
export type Role = (typeof ROLES)[number];

/** Where reminders go besides the widget itself, which always shows them. */
export const REMINDER_CHANNELS = ['email', 'webhook'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

export const REMINDER_KINDS = ['visit', 'check-in-due'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** ISO weekday numbers: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof WEEKDAYS)[number];
