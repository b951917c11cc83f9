import { html, type TemplateResult } from 'lit';
import {
  icsFileName,
  visitToIcs,
  type Clinician,
  type ReminderPreferences,
  type Visit,
} from '@wellvisit/sdk';
import { getLocale, matchLocale } from './localization.js';

export interface CalendarLinkOptions {
  /** The link's localized text. */
  label: string;
  /**
   * The officer's reminder settings: lead times become alarms, and the wording stays discreet
   * ("Appointment", no clinician or place) unless `discreet` is false. The SDK's defaults (discreet)
   * when not known.
   */
  preferences: ReminderPreferences | undefined;
  clinician: Clinician | undefined;
}

/**
 * "Add to calendar" (or, for a cancelled visit, the file that removes it): a download of the visit
 * as an RFC 5545 file, titled in the page's language. A `data:` link rather than a
 * script-made blob, so it works under a strict Content-Security-Policy and leaves nothing to
 * revoke. The file name is neutral whatever the wording inside.
 */
export function renderCalendarLink(visit: Visit, options: CalendarLinkOptions): TemplateResult {
  const ics = visitToIcs(visit, {
    language: matchLocale(getLocale()),
    ...(options.preferences ? { preferences: options.preferences } : {}),
    ...(options.clinician ? { clinicianName: options.clinician.displayName } : {}),
  });
  return html`<a
    part="button calendar-link"
    href=${`data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`}
    download=${icsFileName(visit)}
    >${options.label}</a
  >`;
}
