// A visit as an RFC 5545 calendar file: discreet by default, stable across reschedules.
import * as z from 'zod/mini';
import { invalidType } from '../errors/invalid-type.js';
import { parseOrThrow } from '../errors/validate.js';
import type { Modality } from '../model/enums.js';
import { DisplayName } from '../model/primitives.js';
import { DEFAULT_REMINDER_PREFERENCES, ReminderPreferences } from '../model/reminder.js';
import { Visit } from '../model/visit.js';
import { contentLines, durationBefore, escapeText, formatUtcDateTime } from './ics-text.js';

export const DEFAULT_ICS_PRODUCT_ID = '-//Wellvisit//Wellvisit SDK//EN';

/** The neutral title every discreet calendar entry and alarm carries. */
export const DISCREET_TITLE = 'Appointment';

export const IcsOptions = z.object({
  /** Lead times become alarms; `discreet` (true unless the officer opted out) hides detail. */
  preferences: z.optional(ReminderPreferences),
  /** Shown only when `preferences.discreet` is false. */
  clinicianName: z.optional(DisplayName),
  productId: z.optional(
    z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^\r\n]*$/, 'One line only')),
  ),
  /** `REQUEST` (the default) invites; `PUBLISH` just adds the event. A cancelled visit is `CANCEL`. */
  method: z.optional(z.enum(['REQUEST', 'PUBLISH'])),
});
export type IcsOptions = z.input<typeof IcsOptions>;

const MODALITY_WORDING: Record<Modality, string> = {
  department: 'at the department',
  practice: 'at the practice',
  virtual: 'virtual',
};

function detailedTitle(visit: Visit, clinicianName: string | undefined): string {
  const who = clinicianName ? ` with ${clinicianName}` : '';
  return `Wellness visit${who} (${MODALITY_WORDING[visit.modality]})`;
}

/**
 * The `.ics` text for one visit. The event's `UID` is derived from the visit id, so a calendar
 * updates the same entry on every reschedule (`SEQUENCE` is the visit's version minus one); a
 * cancelled visit gives `METHOD:CANCEL` and `STATUS:CANCELLED`. By default the title is
 * "Appointment" with no clinician, modality or place: detail appears only when the officer's
 * preferences say `discreet: false`. One `VALARM` per lead time for a booked visit.
 */
export function visitToIcs(visit: Visit, options: IcsOptions = {}): string {
  const checked = parseOrThrow(Visit, visit, 'visit');
  const {
    preferences = DEFAULT_REMINDER_PREFERENCES,
    clinicianName,
    productId,
    method,
  } = parseOrThrow(IcsOptions, options, 'calendar options');
  const cancelled = checked.status === 'cancelled';
  const title = preferences.discreet ? DISCREET_TITLE : detailedTitle(checked, clinicianName);
  const location = preferences.discreet ? undefined : checked.place;
  const leadTimes =
    checked.status === 'booked'
      ? [...new Set(preferences.leadTimesMinutes)].sort((a, b) => b - a)
      : [];

  return contentLines([
    'BEGIN:VCALENDAR',
    `PRODID:${productId ?? DEFAULT_ICS_PRODUCT_ID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${cancelled ? 'CANCEL' : (method ?? 'REQUEST')}`,
    'BEGIN:VEVENT',
    `UID:${checked.id}@wellvisit`,
    `SEQUENCE:${checked.version - 1}`,
    `DTSTAMP:${formatUtcDateTime(Date.parse(checked.updatedAt))}`,
    `DTSTART:${formatUtcDateTime(Date.parse(checked.start))}`,
    `DTEND:${formatUtcDateTime(Date.parse(checked.end))}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(title)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    'CLASS:PRIVATE',
    `TRANSP:${cancelled ? 'TRANSPARENT' : 'OPAQUE'}`,
    ...leadTimes.flatMap((minutes) => [
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(title)}`,
      `TRIGGER:${durationBefore(minutes)}`,
      'END:VALARM',
    ]),
    'END:VEVENT',
    'END:VCALENDAR',
  ]);
}

/** A neutral file name for the download: it says nothing about what the appointment is. */
export function icsFileName(visit: Pick<Visit, 'status'>): string {
  // A hand check rather than the Visit schema: the elements call this to render a link.
  const status = (visit as { status?: unknown } | null)?.status;
  if (typeof status !== 'string') throw invalidType(['status'], 'a visit status');
  return status === 'cancelled' ? 'appointment-cancelled.ics' : 'appointment.ics';
}
