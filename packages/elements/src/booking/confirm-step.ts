import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Clinician, Slot } from '@wellvisit/sdk';
import { renderActionError } from './action-error.js';
import { backButton, stepHeading } from './step-parts.js';
import { renderVisitSummary } from './visit-summary.js';

export interface ConfirmStepView {
  slot: Slot;
  clinician: Clinician | undefined;
  timeZone: string;
  rescheduling: boolean;
  busy: boolean;
  error: unknown;
  onConfirm: () => void;
  onBack: () => void;
}

/** Step 4: the chosen time, to confirm. A failure shows here with a retry, keeping the choice. */
export function renderConfirmStep(view: ConfirmStepView): TemplateResult {
  const heading = view.rescheduling
    ? msg('Confirm the new time', { id: 'booking.confirm.rescheduleHeading' })
    : msg('Confirm your visit', { id: 'booking.confirm.heading' });
  const action = view.rescheduling
    ? msg('Move my visit', { id: 'booking.confirm.reschedule' })
    : msg('Book this time', { id: 'booking.confirm.book' });
  return html`${stepHeading(heading)}
    ${renderVisitSummary(view.slot, view.clinician, view.timeZone)}
    ${view.error === undefined ? nothing : renderActionError(view.error, view.onConfirm)}
    <div part="actions">
      <button
        class="primary"
        part="button confirm-button"
        type="button"
        aria-disabled=${view.busy ? 'true' : 'false'}
        @click=${view.onConfirm}
      >
        ${view.busy ? msg('Booking…', { id: 'booking.confirm.busy' }) : action}
      </button>
      ${backButton(view.onBack)}
    </div>`;
}
