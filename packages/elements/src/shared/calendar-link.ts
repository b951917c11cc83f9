import { html, type TemplateResult } from 'lit';
import { visitToIcs, type Clinician, type Visit } from '@wellvisit/sdk';

export interface CalendarLinkOptions {
  /** The link's localized text. */
  label: string;
  /** Neutral wording ("Appointment", no clinician) unless the officer turned it off. */
  discreet: boolean;
  clinician: Clinician | undefined;
}

/**
 * "Add to calendar": a download of the visit as an RFC 5545 file. A `data:` link rather than a
 * script-made blob, so it works under a strict Content-Security-Policy and leaves nothing to revoke.
 * The file name is neutral whatever the wording inside.
 */
export function renderCalendarLink(visit: Visit, options: CalendarLinkOptions): TemplateResult {
  const ics = visitToIcs(visit, {
    discreet: options.discreet,
    clinicianName: options.clinician?.displayName,
  });
  return html`<a
    part="button calendar-link"
    href=${`data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`}
    download="appointment.ics"
    >${options.label}</a
  >`;
}
