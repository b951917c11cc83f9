import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import { addDays } from '@wellvisit/sdk';
import { formatShortDate } from '../shared/format.js';
import { modalityLabel } from '../shared/messages.js';
import type { BookingFlow } from './booking-flow.js';
import { renderSlotGrid } from './slot-grid.js';
import { backButton, renderTask, stepButton, stepHeading } from './step-parts.js';

function renderWeekNav(flow: BookingFlow): TemplateResult {
  const { week } = flow.state;
  // A calendar date, so read at noon UTC whatever the zone.
  const day = (offset: number) => formatShortDate(`${addDays(week, offset)}T12:00:00Z`, 'UTC');
  const show = (weeks: number) => () => {
    flow.showWeek(weeks);
  };
  return html`<div part="week-nav">
    ${stepButton(
      'week-button',
      msg('Previous week', { id: 'booking.time.previousWeek' }),
      show(-1),
      {
        disabled: week <= flow.firstWeek,
      },
    )}
    <span part="week-label" aria-live="polite">${day(0)} – ${day(6)}</span>
    ${stepButton('week-button', msg('Next week', { id: 'booking.time.nextWeek' }), show(1))}
  </div>`;
}

/** Step 3: when, from the chosen clinician's free slots, a week at a time. */
export function renderTimeStep(flow: BookingFlow): TemplateResult {
  const { clinician } = flow;
  const { modality, timeZone } = flow.state;
  return html`${stepHeading(msg('Choose a time', { id: 'booking.time.heading' }))}
    <p part="context">
      ${clinician ? html`<span part="clinician-name">${clinician.displayName}</span> · ` : nothing}
      ${modality ? modalityLabel(modality) : nothing}
    </p>
    ${renderWeekNav(flow)}
    <p part="time-zone">
      ${msg(str`Times are shown in ${timeZone}.`, { id: 'booking.time.zone' })}
    </p>
    ${renderTask(flow.slots, (slots) =>
      slots.length
        ? renderSlotGrid(flow, slots)
        : html`<p part="status empty">
            ${msg('No free times this week. Try the next week.', { id: 'booking.time.empty' })}
          </p>`,
    )}
    <div part="actions">${backButton(flow)}</div>`;
}
