import { msg } from '../shared/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Modality, Visit } from '@wellvisit/sdk';
import { formatDateTime } from '../shared/format.js';
import { modalityLabel } from '../shared/messages.js';
import { renderVideoLink } from '../shared/video-link.js';
import type { BookingFlow } from './booking-flow.js';

/** What a summary shows: a chosen slot or a booked visit both have these. */
export interface VisitLike {
  start: string;
  modality: Modality;
  place?: string | undefined;
  video?: Visit['video'];
}

function row(term: string, detail: unknown): TemplateResult {
  return html`<div>
    <dt>${term}</dt>
    <dd>${detail}</dd>
  </div>`;
}

/** When, where and with whom, for the officer's own eyes (confirm and confirmation steps). */
export function renderVisitSummary(flow: BookingFlow, visit: VisitLike): TemplateResult {
  const { clinician } = flow;
  const where = [modalityLabel(visit.modality), visit.place].filter(Boolean).join(' · ');
  return html`<dl part="summary">
    ${row(msg('When', { id: 'booking.summary.when' }), formatDateTime(visit.start, flow.state.timeZone))}
    ${row(msg('Where', { id: 'booking.summary.where' }), where)}
    ${
      clinician
        ? row(
            msg('With', { id: 'booking.summary.with' }),
            [clinician.displayName, ...clinician.credentials].join(', '),
          )
        : nothing
    }
    ${
      visit.video
        ? row(
            msg('Video', { id: 'booking.summary.video' }),
            renderVideoLink(visit.video, flow.state.timeZone),
          )
        : nothing
    }
  </dl>`;
}
