// A visit as an RFC 5545 calendar file: discreet by default, stable across reschedules.
import * as z from 'zod/mini';
import { invalidType } from '../errors/invalid-type.js';
import { parseOrThrow } from '../errors/validate.js';
import { DisplayName } from '../model/primitives.js';
import { DEFAULT_REMINDER_PREFERENCES, ReminderPreferences } from '../model/reminder.js';
import { Visit } from '../model/visit.js';
import { contentLines, durationBefore, escapeText, formatUtcDateTime } from './ics-text.js';
import { MESSAGE_LANGUAGES, titleFor } from './wording.js';

export { DISCREET_TITLE } from './wording.js';

export const DEFAULT_ICS_PRODUCT_ID = '-//Wellvisit//Wellvisit SDK//EN';

export const IcsOptions = z.object({
  /** Lead times become alarms; `discreet` (true unless the officer opted out) hides detail. */
  preferences: z.optional(ReminderPreferences),
  /** The other party's name (the clinician, for the officer), shown only when not discreet. */
  clinicianName: z.optional(DisplayName),
  /** The language of the title and the alarms; English when left out. */
  language: z.optional(z.enum(MESSAGE_LANGUAGES)),
  productId: z.optional(
    z.string().check(z.minLength(1), z.maxLength(200), z.regex(/^[^\r\n]*$/, 'One line only')),
  ),
});
export type IcsOptions = z.input<typeof IcsOptions>;

/** The iTIP part of an invitation (see invitation.ts): lines already checked. */
export interface Itip {
  organizer: string;
  attendees: readonly string[];
}

/**
 * The `.ics` file for one visit, to download or add: `METHOD:PUBLISH`. The event's `UID` is
 * derived from the visit id, so a calendar updates the same entry on every reschedule
 * (`SEQUENCE` is the visit's version minus one), and a cancelled visit's file (`STATUS:CANCELLED`)
 * removes it. By default the title is "Appointment" (or "Cita") with no clinician, modality or
 * place: detail appears only when the officer's preferences say `discreet: false`. A virtual
 * visit's video link, when the visit carries one, is its `LOCATION` and `URL`. One `VALARM`
 * per lead time for a booked visit. An emailed invitation is `visitInvitation`.
 */
export function visitToIcs(visit: Visit, options: IcsOptions = {}): string {
  return calendarText(visit, options);
}

/** The calendar text, as a download (`PUBLISH`) or, with `itip`, as a REQUEST or CANCEL. */
export function calendarText(visit: Visit, options: IcsOptions, itip?: Itip): string {
  const checked = parseOrThrow(Visit, visit, 'visit');
  const {
    preferences = DEFAULT_REMINDER_PREFERENCES,
    clinicianName,
    language = 'en',
    productId,
  } = parseOrThrow(IcsOptions, options, 'calendar options');
  const cancelled = checked.status === 'cancelled';
  const title = titleFor(checked.modality, language, preferences.discreet, clinicianName);
  // The video link is how one joins, so it is there even when discreet (it names no one).
  const video = checked.video?.url;
  const location = video ?? (preferences.discreet ? undefined : checked.place);
  const leadTimes =
    checked.status === 'booked'
      ? [...new Set(preferences.leadTimesMinutes)].sort((a, b) => b - a)
      : [];

  return contentLines([
    'BEGIN:VCALENDAR',
    `PRODID:${productId ?? DEFAULT_ICS_PRODUCT_ID}`,
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    `METHOD:${itip ? (cancelled ? 'CANCEL' : 'REQUEST') : 'PUBLISH'}`,
    'BEGIN:VEVENT',
    `UID:${checked.id}@wellvisit`,
    `SEQUENCE:${checked.version - 1}`,
    `DTSTAMP:${formatUtcDateTime(Date.parse(checked.updatedAt))}`,
    `DTSTART:${formatUtcDateTime(Date.parse(checked.start))}`,
    `DTEND:${formatUtcDateTime(Date.parse(checked.end))}`,
    `STATUS:${cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
    `SUMMARY:${escapeText(title)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(video ? [`URL:${video}`] : []),
    ...(itip ? [itip.organizer, ...itip.attendees] : []),
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
