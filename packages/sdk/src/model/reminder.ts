import * as z from 'zod/mini';
import { REMINDER_CHANNELS, REMINDER_KINDS } from './enums.js';
import { Id, Instant, LocalDate, PeriodId } from './primitives.js';

/** Lead times before a visit, in minutes: 7 days, 1 day and 2 hours by default. */
export const DEFAULT_LEAD_TIMES_MINUTES = [7 * 24 * 60, 24 * 60, 120] as const;

export const ReminderPreferences = z.object({
  /** Channels besides the widget, which always shows reminders. */
  channels: z.array(z.enum(REMINDER_CHANNELS)).check(z.maxLength(REMINDER_CHANNELS.length)),
  leadTimesMinutes: z.array(z.int().check(z.gte(5), z.lte(60 * 24 * 30))).check(z.maxLength(6)),
  /**
   * Discreet wording ("Appointment") unless the officer turns it off; even then the clinician's
   * name appears only in the officer's own calendar and reminders.
   */
  discreet: z.boolean(),
});
export type ReminderPreferences = z.infer<typeof ReminderPreferences>;

export const DEFAULT_REMINDER_PREFERENCES: ReminderPreferences = {
  channels: [],
  leadTimesMinutes: [...DEFAULT_LEAD_TIMES_MINUTES],
  discreet: true,
};

/** A reminder due to an officer: before a visit, or a nudge that a check-in is due. */
export const Reminder = z.object({
  id: Id,
  kind: z.enum(REMINDER_KINDS),
  /** When it should be shown or sent. */
  at: Instant,
  /** The visit it is about, for `visit` reminders. */
  visitId: z.optional(Id),
  /** The period it is about, for `check-in-due` nudges. */
  periodId: z.optional(PeriodId),
  /** For `check-in-due`: the last day to check in without being overdue. */
  dueBy: z.optional(LocalDate),
});
export type Reminder = z.infer<typeof Reminder>;
