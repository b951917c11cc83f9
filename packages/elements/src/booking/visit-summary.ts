import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Clinician, Modality } from '@wellvisit/sdk';
import { formatDateTime } from '../shared/format.js';
import { modalityLabel } from '../shared/messages.js';

/** What a summary shows: a chosen slot or a booked visit both have these. */
export interface VisitLike {
  start: string;
  modality: Modality;
  place?: string | undefined;
}

/** When, where and with whom, for the officer's own eyes (confirm and confirmation steps). */
export function renderVisitSummary(
  visit: VisitLike,
  clinician: Clinician | undefined,
  timeZone: string,
): TemplateResult {
  const where = visit.place
    ? `${modalityLabel(visit.modality)} · ${visit.place}`
    : modalityLabel(visit.modality);
  return html`<dl part="summary">
    <div>
      <dt>${msg('When', { id: 'booking.summary.when' })}</dt>
      <dd>${formatDateTime(visit.start, timeZone)}</dd>
    </div>
    <div>
      <dt>${msg('Where', { id: 'booking.summary.where' })}</dt>
      <dd>${where}</dd>
    </div>
    ${
      clinician
        ? html`<div>
            <dt>${msg('With', { id: 'booking.summary.with' })}</dt>
            <dd>
              ${clinician.displayName}${
                clinician.credentials.length > 0 ? `, ${clinician.credentials.join(', ')}` : nothing
              }
            </dd>
          </div>`
        : nothing
    }
  </dl>`;
}
