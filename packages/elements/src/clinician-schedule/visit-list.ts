import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AttendanceOutcome, ClinicianVisit, VisitStatus } from '@wellvisit/sdk';
import { formatDate, formatTime, localDateOf } from '../shared/format.js';
import { getLocale, msg } from '../shared/localization.js';
import { modalityLabel } from '../shared/messages.js';
import { renderVideoLink } from '../shared/video-link.js';
import type { ScheduleRange, ScheduleView } from './schedule-range.js';

export interface VisitListOptions {
  readonly range: ScheduleRange;
  readonly visits: readonly ClinicianVisit[];
  readonly timeZone: string;
  readonly now: Date;
  /** Whether this visit's attendance is being recorded right now. */
  readonly busy: (visitId: string) => boolean;
  /** The mark waiting for the clinician's confirmation, if any. */
  readonly confirming?:
    { readonly visitId: string; readonly outcome: AttendanceOutcome } | undefined;
  readonly onMark: (visit: ClinicianVisit, outcome: AttendanceOutcome) => void;
  readonly onConfirm: (visit: ClinicianVisit, outcome: AttendanceOutcome) => void;
  readonly onCancel: (visit: ClinicianVisit) => void;
}

/** "Mark Ana as attended?" with Confirm and Cancel: a mark is one deliberate step away. */
function renderConfirmation(
  visit: ClinicianVisit,
  outcome: AttendanceOutcome,
  options: VisitListOptions,
) {
  const question =
    outcome === 'fulfilled'
      ? msg(str`Mark ${visit.officerDisplayName} as attended?`, {
          id: 'clinician-schedule.confirm.fulfilled',
        })
      : msg(str`Mark ${visit.officerDisplayName} as a no-show?`, {
          id: 'clinician-schedule.confirm.noshow',
        });
  const busy = options.busy(visit.id);
  return html`<div part="mark-confirmation" role="group" aria-label=${question}>
    <span part="mark-question">${question}</span>
    <button
      part="button confirm-button"
      type="button"
      ?disabled=${busy}
      @click=${() => {
        options.onConfirm(visit, outcome);
      }}
    >
      ${msg('Confirm', { id: 'clinician-schedule.confirm' })}
    </button>
    <button
      part="button cancel-button"
      type="button"
      ?disabled=${busy}
      @click=${() => {
        options.onCancel(visit);
      }}
    >
      ${msg('Cancel', { id: 'clinician-schedule.confirm.cancel' })}
    </button>
  </div>`;
}

function visitStatusLabel(status: VisitStatus): string {
  return {
    booked: msg('Booked', { id: 'clinician-schedule.visit.booked' }),
    fulfilled: msg('Attended', { id: 'clinician-schedule.visit.fulfilled' }),
    noshow: msg('No-show', { id: 'clinician-schedule.visit.noshow' }),
    cancelled: msg('Cancelled', { id: 'clinician-schedule.visit.cancelled' }),
  }[status];
}

/** "Monday, March 9, 2026" for a day, "March 9 – 15, 2026" for a week, in the clinician's zone. */
export function rangeLabel(view: ScheduleView, range: ScheduleRange, timeZone: string): string {
  return new Intl.DateTimeFormat(getLocale(), {
    weekday: view === 'day' ? 'long' : undefined,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    timeZone,
  }).formatRange(new Date(range.from), new Date(Date.parse(range.to) - 1));
}

function renderMarkButtons(visit: ClinicianVisit, time: string, options: VisitListOptions) {
  // Attendance can be recorded once a booked visit has started, and only once.
  if (visit.status !== 'booked' || Date.parse(visit.start) > options.now.getTime()) return nothing;
  if (options.confirming?.visitId === visit.id) {
    return renderConfirmation(visit, options.confirming.outcome, options);
  }
  const button = (outcome: AttendanceOutcome, name: string, label: string) =>
    html`<button
      part="button mark-button ${name}"
      type="button"
      ?disabled=${options.busy(visit.id)}
      @click=${() => {
        options.onMark(visit, outcome);
      }}
    >
      ${label}
      <span class="visually-hidden"
        >${msg(str`${visit.officerDisplayName} at ${time}`, {
          id: 'clinician-schedule.visit.context',
        })}</span
      >
    </button>`;
  return html`<div
    part="mark-actions"
    role="group"
    aria-label=${msg('Record attendance', { id: 'clinician-schedule.visit.mark' })}
  >
    ${button(
      'fulfilled',
      'mark-attended',
      msg('Attended', { id: 'clinician-schedule.visit.markFulfilled' }),
    )}
    ${button('noshow', 'mark-noshow', msg('No-show', { id: 'clinician-schedule.visit.markNoshow' }))}
  </div>`;
}

function renderVisit(visit: ClinicianVisit, options: VisitListOptions) {
  const start = formatTime(visit.start, options.timeZone);
  return html`<li part="visit" data-status=${visit.status} data-visit=${visit.id}>
    <span part="visit-time">
      <time datetime=${visit.start}>${start}</time>–<time datetime=${visit.end}
        >${formatTime(visit.end, options.timeZone)}</time
      >
    </span>
    <span part="visit-officer">${visit.officerDisplayName}</span>
    <span part="visit-modality">${modalityLabel(visit.modality)}</span>
    ${visit.place === undefined ? nothing : html`<span part="visit-place">${visit.place}</span>`}
    ${renderVideoLink(visit.video, options.timeZone)}
    <span part="visit-status">${visitStatusLabel(visit.status)}</span>
    ${renderMarkButtons(visit, start, options)}
  </li>`;
}

/** The visits of each day in the range, under a heading per day, in the clinician's zone. */
export function renderVisitList(options: VisitListOptions): TemplateResult {
  return html`<div part="days">
    ${options.range.days.map((day) => {
      const visits = options.visits.filter(
        (visit) => localDateOf(visit.start, options.timeZone) === day,
      );
      return html`<section part="day" aria-labelledby="day-${day}">
        <h3 id="day-${day}" part="day-heading">${formatDate(`${day}T12:00:00Z`, 'UTC')}</h3>
        ${
          visits.length === 0
            ? html`<p part="status empty-day">
                ${msg('No visits.', { id: 'clinician-schedule.noVisits' })}
              </p>`
            : html`<ul part="visit-list">
                ${repeat(
                  visits,
                  (visit) => visit.id,
                  (visit) => renderVisit(visit, options),
                )}
              </ul>`
        }
      </section>`;
    })}
  </div>`;
}
