import { msg } from '../shared/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Clinician, ReminderPreferences, Visit } from '@wellvisit/sdk';
import { renderCalendarLink } from '../shared/calendar-link.js';
import { formatDateTime } from '../shared/format.js';
import { modalityLabel } from '../shared/messages.js';
import { renderVideoLink } from '../shared/video-link.js';
import { renderListSection } from './list-section.js';
import { visitTitle } from './wording.js';

export interface VisitListView {
  visits: readonly Visit[];
  clinicians: readonly Clinician[];
  /** The saved settings: wording and calendar alarms follow them. */
  preferences: ReminderPreferences;
  timeZone: string;
}

function renderVisit(view: VisitListView, visit: Visit): TemplateResult {
  const clinician = view.clinicians.find((c) => c.id === visit.clinicianId);
  const { discreet } = view.preferences;
  return html`<li part="visit">
    <span part="visit-title">${visitTitle(discreet, clinician)}</span>
    <span part="visit-time">${formatDateTime(visit.start, view.timeZone)}</span>
    <span part="visit-place">
      ${modalityLabel(visit.modality)}${!discreet && visit.place ? ` · ${visit.place}` : nothing}
    </span>
    ${renderVideoLink(visit.video, view.timeZone)}
    ${renderCalendarLink(visit, {
      label: msg('Add to calendar', { id: 'reminders.calendar' }),
      preferences: view.preferences,
      clinician,
    })}
  </li>`;
}

/** The officer's upcoming visits, each with its calendar file. */
export function renderVisitList(view: VisitListView): TemplateResult {
  return renderListSection(
    msg('Upcoming', { id: 'reminders.upcoming' }),
    'visits',
    view.visits
      .filter((visit) => visit.status === 'booked')
      .map((visit) => renderVisit(view, visit)),
    msg('No upcoming appointments.', { id: 'reminders.upcoming.empty' }),
  );
}
