import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Clinician, ReminderPreferences, Visit } from '@wellvisit/sdk';
import { renderCalendarLink } from '../shared/calendar-link.js';
import { renderActionError } from './action-error.js';
import { stepHeading } from './step-parts.js';
import { renderVisitSummary } from './visit-summary.js';

export interface OutcomeView {
  visit: Visit;
  clinician: Clinician | undefined;
  timeZone: string;
  /** Calendar files name no clinician unless the officer turned discreet wording off. */
  preferences: ReminderPreferences | undefined;
  busy: boolean;
  error: unknown;
}

/** The confirmation: the visit, with "add to calendar", reschedule and cancel. */
export function renderDoneStep(
  view: OutcomeView & { moved: boolean; onReschedule: () => void; onCancel: () => void },
): TemplateResult {
  const heading = view.moved
    ? msg('Your visit was moved', { id: 'booking.done.movedHeading' })
    : msg('You are booked', { id: 'booking.done.heading' });
  return html`${stepHeading(heading)}
    ${renderVisitSummary(view.visit, view.clinician, view.timeZone)}
    <div part="actions">
      ${renderCalendarLink(view.visit, {
        label: msg('Add to calendar', { id: 'booking.done.calendar' }),
        preferences: view.preferences,
        clinician: view.clinician,
      })}
      <button part="button reschedule-button" type="button" @click=${view.onReschedule}>
        ${msg('Reschedule', { id: 'booking.done.reschedule' })}
      </button>
      <button part="button cancel-button" type="button" @click=${view.onCancel}>
        ${msg('Cancel visit', { id: 'booking.done.cancel' })}
      </button>
    </div>`;
}

/** Cancelling asks once more, so a stray click cannot lose the visit. */
export function renderCancelStep(
  view: OutcomeView & { onConfirm: () => void; onKeep: () => void },
): TemplateResult {
  return html`${stepHeading(msg('Cancel this visit?', { id: 'booking.cancel.heading' }))}
    ${renderVisitSummary(view.visit, view.clinician, view.timeZone)}
    ${view.error === undefined ? nothing : renderActionError(view.error, view.onConfirm)}
    <div part="actions">
      <button
        class="danger"
        part="button confirm-cancel-button"
        type="button"
        aria-disabled=${view.busy ? 'true' : 'false'}
        @click=${view.onConfirm}
      >
        ${msg('Yes, cancel it', { id: 'booking.cancel.confirm' })}
      </button>
      <button part="button keep-button" type="button" @click=${view.onKeep}>
        ${msg('Keep my visit', { id: 'booking.cancel.keep' })}
      </button>
    </div>`;
}

export function renderCancelledStep(onBookAnother: () => void): TemplateResult {
  return html`${stepHeading(msg('Your visit is cancelled', { id: 'booking.cancelled.heading' }))}
    <div part="actions">
      <button
        class="primary"
        part="button book-another-button"
        type="button"
        @click=${onBookAnother}
      >
        ${msg('Book another visit', { id: 'booking.cancelled.bookAnother' })}
      </button>
    </div>`;
}
