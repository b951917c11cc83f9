import { msg } from '../shared/localization.js';
import { html, type TemplateResult } from 'lit';
import { MODALITIES, type Modality } from '@wellvisit/sdk';
import { modalityLabel } from '../shared/messages.js';
import type { BookingFlow } from './booking-flow.js';
import { stepHeading } from './step-parts.js';

function modalityHint(modality: Modality): string {
  switch (modality) {
    case 'department':
      return msg('A private room at your department', { id: 'booking.where.department' });
    case 'practice':
      return msg("At the clinician's office", { id: 'booking.where.practice' });
    case 'virtual':
      return msg('A video call, from wherever you like', { id: 'booking.where.virtual' });
  }
}

/** Step 1: where the visit happens. */
export function renderWhereStep(flow: BookingFlow): TemplateResult {
  return html`${stepHeading(msg('Where would you like to meet?', { id: 'booking.where.heading' }))}
    <ul part="options">
      ${MODALITIES.map(
        (modality) =>
          html`<li>
            <button
              part="option"
              type="button"
              aria-pressed=${modality === flow.state.modality}
              @click=${() => {
                flow.chooseModality(modality);
              }}
            >
              <span part="option-label">${modalityLabel(modality)}</span>
              <span part="option-hint">${modalityHint(modality)}</span>
            </button>
          </li>`,
      )}
    </ul>`;
}
