import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Clinician, Modality, Slot } from '@wellvisit/sdk';
import { formatShortDate } from '../shared/format.js';
import { modalityLabel } from '../shared/messages.js';
import { renderError, renderLoading } from '../shared/task-states.js';
import { groupByDay, renderSlotGrid } from './slot-grid.js';
import { backButton, stepHeading, type Loadable } from './step-parts.js';
import { addDays, startOfDay } from './week.js';

export interface TimeStepView {
  slots: Loadable<Slot[]>;
  clinician: Clinician | undefined;
  modality: Modality | undefined;
  timeZone: string;
  /** The Monday of the week shown. */
  week: string;
  canGoBackAWeek: boolean;
  activeStart: string | undefined;
  selectedStart: string | undefined;
  onWeek: (weeks: number) => void;
  onMove: (start: string) => void;
  onChoose: (slot: Slot) => void;
  onBack: () => void;
}

function renderWeekNav(view: TimeStepView): TemplateResult {
  const first = formatShortDate(startOfDay(view.week, view.timeZone), view.timeZone);
  const last = formatShortDate(startOfDay(addDays(view.week, 6), view.timeZone), view.timeZone);
  return html`<div part="week-nav">
    <button
      part="button week-button"
      type="button"
      ?disabled=${!view.canGoBackAWeek}
      @click=${() => {
        view.onWeek(-1);
      }}
    >
      ${msg('Previous week', { id: 'booking.time.previousWeek' })}
    </button>
    <span part="week-label" aria-live="polite">${first} – ${last}</span>
    <button
      part="button week-button"
      type="button"
      @click=${() => {
        view.onWeek(1);
      }}
    >
      ${msg('Next week', { id: 'booking.time.nextWeek' })}
    </button>
  </div>`;
}

/** Step 3: when, from the chosen clinician's free slots, a week at a time. */
export function renderTimeStep(view: TimeStepView): TemplateResult {
  const complete = (slots: Slot[]): TemplateResult =>
    slots.length === 0
      ? html`<p part="status empty">
          ${msg('No free times this week. Try the next week.', { id: 'booking.time.empty' })}
        </p>`
      : renderSlotGrid({
          days: groupByDay(slots, view.timeZone),
          timeZone: view.timeZone,
          activeStart: view.activeStart,
          selectedStart: view.selectedStart,
          onChoose: view.onChoose,
          onMove: view.onMove,
        });
  const zone = view.timeZone;
  return html`${stepHeading(msg('Choose a time', { id: 'booking.time.heading' }))}
    <p part="context">
      ${view.clinician ? html`<span part="clinician-name">${view.clinician.displayName}</span> · ` : nothing}
      ${view.modality ? modalityLabel(view.modality) : nothing}
    </p>
    ${renderWeekNav(view)}
    <p part="time-zone">${msg(str`Times are shown in ${zone}.`, { id: 'booking.time.zone' })}</p>
    ${view.slots.render({
      pending: renderLoading,
      complete,
      error: (error) =>
        renderError(error, () => {
          void view.slots.run();
        }),
    })}
    <div part="actions">${backButton(view.onBack)}</div>`;
}
