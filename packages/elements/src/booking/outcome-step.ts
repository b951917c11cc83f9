import { msg } from '../shared/localization.js';
import { html, type TemplateResult } from 'lit';
import type { Visit } from '@wellvisit/sdk';
import { renderCalendarLink } from '../shared/calendar-link.js';
import { renderActionError } from './action-error.js';
import type { BookingFlow } from './booking-flow.js';
import { stepButton, stepHeading } from './step-parts.js';
import { renderVisitSummary } from './visit-summary.js';

/** The confirmation: the visit, with "add to calendar", reschedule and cancel. */
export function renderDoneStep(flow: BookingFlow, visit: Visit): TemplateResult {
  const heading =
    flow.actions.notice === 'rescheduled'
      ? msg('Your visit was moved', { id: 'booking.done.movedHeading' })
      : msg('You are booked', { id: 'booking.done.heading' });
  return html`${stepHeading(heading)} ${renderVisitSummary(flow, visit)}
    <div part="actions">
      ${renderCalendarLink(visit, {
        label: msg('Add to calendar', { id: 'booking.done.calendar' }),
        // Calendar files name no clinician unless the officer turned discreet wording off.
        preferences: flow.preferences.value,
        clinician: flow.clinician,
      })}
      ${stepButton(
        'reschedule-button',
        msg('Reschedule', { id: 'booking.done.reschedule' }),
        () => {
          flow.startReschedule();
        },
      )}
      ${stepButton('cancel-button', msg('Cancel visit', { id: 'booking.done.cancel' }), () => {
        flow.requestCancel();
      })}
    </div>`;
}

/** Cancelling asks once more, so a stray click cannot lose the visit. */
export function renderCancelStep(flow: BookingFlow, visit: Visit): TemplateResult {
  const cancel = () => void flow.cancel();
  return html`${stepHeading(msg('Cancel this visit?', { id: 'booking.cancel.heading' }))}
    ${renderVisitSummary(flow, visit)} ${renderActionError(flow.actions.error, cancel)}
    <div part="actions">
      ${stepButton(
        'confirm-cancel-button',
        msg('Yes, cancel it', { id: 'booking.cancel.confirm' }),
        cancel,
        {
          kind: 'danger',
          busy: flow.busy,
        },
      )}
      ${stepButton('keep-button', msg('Keep my visit', { id: 'booking.cancel.keep' }), () => {
        flow.back();
      })}
    </div>`;
}

/** After a cancel: the cancellation file, so a calendar that has the visit drops it too. */
export function renderCancelledStep(flow: BookingFlow, visit: Visit | undefined): TemplateResult {
  return html`${stepHeading(msg('Your visit is cancelled', { id: 'booking.cancelled.heading' }))}
    <div part="actions">
      ${
        visit
          ? renderCalendarLink(visit, {
              label: msg('Remove from calendar', { id: 'booking.cancelled.calendar' }),
              preferences: flow.preferences.value,
              clinician: flow.clinician,
            })
          : ''
      }
      ${stepButton(
        'book-another-button',
        msg('Book another visit', { id: 'booking.cancelled.bookAnother' }),
        () => {
          flow.bookAnother();
        },
        { kind: 'primary' },
      )}
    </div>`;
}
