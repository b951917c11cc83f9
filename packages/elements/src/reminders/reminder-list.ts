import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import { html, type TemplateResult } from 'lit';
import type {
  Clinician,
  OwnAttendance,
  Reminder,
  ReminderPreferences,
  Visit,
} from '@wellvisit/sdk';
import { formatDateTime, formatLocalDate } from '../shared/format.js';
import { attendanceStatusLabel } from '../shared/messages.js';
import { renderListSection } from './list-section.js';
import { visitTitle } from './wording.js';

/**
 * The officer's check-in for the current period: "due by …" while it is due or overdue, so the
 * nudge is there every time they look, not only when a reminder fires.
 */
export function renderCheckIn(attendance: OwnAttendance): TemplateResult {
  const date = formatLocalDate(attendance.dueBy);
  const text =
    attendance.status === 'due'
      ? msg(str`Check-in due by ${date}.`, { id: 'reminders.checkIn.due' })
      : attendance.status === 'overdue'
        ? msg(str`Check-in overdue: it was due by ${date}.`, { id: 'reminders.checkIn.overdue' })
        : undefined;
  return html`<p part=${`check-in check-in-${attendance.status}`}>
    <span part="check-in-status">${attendanceStatusLabel(attendance.status)}</span>
    ${text}
  </p>`;
}

export interface ReminderListView {
  reminders: readonly Reminder[];
  visits: readonly Visit[];
  clinicians: readonly Clinician[];
  preferences: ReminderPreferences;
  timeZone: string;
}

function reminderText(view: ReminderListView, reminder: Reminder): string {
  if (reminder.kind === 'check-in-due') {
    const date = reminder.dueBy ? formatLocalDate(reminder.dueBy) : '';
    return msg(str`Check-in due by ${date}`, { id: 'reminders.item.checkIn' });
  }
  const visit = view.visits.find((v) => v.id === reminder.visitId);
  const clinician = view.clinicians.find((c) => c.id === visit?.clinicianId);
  const title = visitTitle(view.preferences.discreet, clinician);
  if (!visit) return title;
  const when = formatDateTime(visit.start, view.timeZone);
  return msg(str`${title} on ${when}`, { id: 'reminders.item.visit' });
}

/**
 * What the officer will be reminded of, and when. Reminders already sent are left out: the
 * check-in line above stands for the nudge in effect.
 */
export function renderReminderList(view: ReminderListView): TemplateResult {
  const now = Date.now();
  return renderListSection(
    msg('Reminders', { id: 'reminders.heading' }),
    'reminders',
    view.reminders
      .filter((reminder) => Date.parse(reminder.at) > now)
      .sort((a, b) => a.at.localeCompare(b.at))
      .map(
        (reminder) =>
          html`<li part="reminder">
            <span part="reminder-when">${formatDateTime(reminder.at, view.timeZone)}</span>
            <span part="reminder-text">${reminderText(view, reminder)}</span>
          </li>`,
      ),
    msg('No reminders scheduled.', { id: 'reminders.list.empty' }),
  );
}
