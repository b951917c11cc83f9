import { msg } from '../shared/localization.js';
import { html, type TemplateResult } from 'lit';
import type { Slot } from '@wellvisit/sdk';
import { renderActionError } from './action-error.js';
import type { BookingFlow } from './booking-flow.js';
import { backButton, stepButton, stepHeading } from './step-parts.js';
import { renderVisitSummary } from './visit-summary.js';

/** Step 4: the chosen time, to confirm. A failure shows here with a retry, keeping the choice. */
export function renderConfirmStep(flow: BookingFlow, slot: Slot): TemplateResult {
  const { rescheduling } = flow.state;
  const { busy } = flow;
  const confirm = () => void flow.confirm();
  const heading = rescheduling
    ? msg('Confirm the new time', { id: 'booking.confirm.rescheduleHeading' })
    : msg('Confirm your visit', { id: 'booking.confirm.heading' });
  const action = rescheduling
    ? msg('Move my visit', { id: 'booking.confirm.reschedule' })
    : msg('Book this time', { id: 'booking.confirm.book' });
  return html`${stepHeading(heading)} ${renderVisitSummary(flow, slot)}
    ${renderActionError(flow.actions.error, confirm)}
    <div part="actions">
      ${stepButton(
        'confirm-button',
        busy ? msg('Booking…', { id: 'booking.confirm.busy' }) : action,
        confirm,
        { kind: 'primary', busy },
      )}
      ${backButton(flow)}
    </div>`;
}
