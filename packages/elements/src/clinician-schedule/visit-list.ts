import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AttendanceOutcome, ClinicianVisit, VisitStatus } from '@wellvisit/sdk';
import { formatDate, formatTime, localDateOf } from '../shared/format.js';
import { getLocale } from '../shared/localization.js';
import { modalityLabel } from '../shared/messages.js';
import type { ScheduleRange, ScheduleView } from './schedule-range.js';

export interface VisitListOptions {
  readonly range: ScheduleRange;
  readonly visits: readonly ClinicianVisit[];
  readonly timeZone: string;
  readonly now: Date;
  /** Visits whose attendance is being recorded right now. */
  readonly busyVisitIds: ReadonlySet<string>;
  readonly onMark: (visit: ClinicianVisit, outcome: AttendanceOutcome) => void;
}

export function visitStatusLabel(status: VisitStatus): string {
  switch (status) {
    case 'booked':
      return msg('Booked', { id: 'clinician-schedule.visit.booked' });
    case 'fulfilled':
      return msg('Attended', { id: 'clinician-schedule.visit.fulfilled' });
    case 'noshow':
      return msg('No-show', { id: 'clinician-schedule.visit.noshow' });
    case 'cancelled':
      return msg('Cancelled', { id: 'clinician-schedule.visit.cancelled' });
  }
}

/** "Monday, March 9, 2026" for a day, "March 9 – 15, 2026" for a week. */
export function rangeLabel(view: ScheduleView, range: ScheduleRange): string {
  const first = range.days[0] ?? '';
  const last = range.days[range.days.length - 1] ?? first;
  const noon = (date: string) => new Date(`${date}T12:00:00Z`);
  const options: Intl.DateTimeFormatOptions =
    view === 'day'
      ? { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(getLocale(), options).formatRange(noon(first), noon(last));
}

/** Attendance can be recorded once a booked visit has started, and only once. */
function canMark(visit: ClinicianVisit, now: Date): boolean {
  return visit.status === 'booked' && Date.parse(visit.start) <= now.getTime();
}

function renderMarkButtons(visit: ClinicianVisit, time: string, options: VisitListOptions) {
  if (!canMark(visit, options.now)) return nothing;
  const busy = options.busyVisitIds.has(visit.id);
  const context = html`<span class="visually-hidden"
    >${msg(str`${visit.officerDisplayName} at ${time}`, { id: 'clinician-schedule.visit.context' })}</span
  >`;
  return html`<div
    part="mark-actions"
    class="mark-actions"
    role="group"
    aria-label=${msg('Record attendance', { id: 'clinician-schedule.visit.mark' })}
  >
    <button
      part="button mark-button mark-attended"
      type="button"
      ?disabled=${busy}
      @click=${() => {
        options.onMark(visit, 'fulfilled');
      }}
    >
      ${msg('Attended', { id: 'clinician-schedule.visit.markFulfilled' })} ${context}
    </button>
    <button
      part="button mark-button mark-noshow"
      type="button"
      ?disabled=${busy}
      @click=${() => {
        options.onMark(visit, 'noshow');
      }}
    >
      ${msg('No-show', { id: 'clinician-schedule.visit.markNoshow' })} ${context}
    </button>
  </div>`;
}

function renderVisit(visit: ClinicianVisit, options: VisitListOptions) {
  const start = formatTime(visit.start, options.timeZone);
  const end = formatTime(visit.end, options.timeZone);
  return html`<li part="visit" class="visit" data-status=${visit.status}>
    <span part="visit-time" class="visit-time">
      <time datetime=${visit.start}>${start}</time>–<time datetime=${visit.end}>${end}</time>
    </span>
    <span part="visit-officer" class="visit-officer">${visit.officerDisplayName}</span>
    <span part="visit-modality">${modalityLabel(visit.modality)}</span>
    ${visit.place === undefined ? nothing : html`<span part="visit-place">${visit.place}</span>`}
    <span part="visit-status" class="visit-status">${visitStatusLabel(visit.status)}</span>
    ${renderMarkButtons(visit, start, options)}
  </li>`;
}

/** The visits of each day in the range, under a heading per day, in the clinician's zone. */
export function renderVisitList(options: VisitListOptions): TemplateResult {
  const byDay = new Map<string, ClinicianVisit[]>();
  for (const visit of options.visits) {
    const day = localDateOf(visit.start, options.timeZone);
    byDay.set(day, [...(byDay.get(day) ?? []), visit]);
  }
  return html`<div part="days" class="days">
    ${options.range.days.map((day) => {
      const visits = byDay.get(day) ?? [];
      const headingId = `day-${day}`;
      return html`<section part="day" class="day" aria-labelledby=${headingId}>
        <h3 id=${headingId} part="day-heading">${formatDate(`${day}T12:00:00Z`, 'UTC')}</h3>
        ${
          visits.length === 0
            ? html`<p part="status empty-day">
                ${msg('No visits.', { id: 'clinician-schedule.noVisits' })}
              </p>`
            : html`<ul part="visit-list" class="visit-list">
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
