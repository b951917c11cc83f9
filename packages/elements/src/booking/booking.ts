import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { MODALITIES, type Modality } from '@wellvisit/sdk';
import { WellvisitElement } from '../shared/base-element.js';
import { browserTimeZone } from '../shared/format.js';
import { NoBackendError, renderError } from '../shared/task-states.js';
import { resolveTimeZone } from '../shared/time-zone.js';
import { BookingFlow, type BookingStep } from './booking-flow.js';
import { bookingStyles } from './booking.styles.js';
import { renderClinicianStep } from './clinician-step.js';
import { renderConfirmStep } from './confirm-step.js';
import { noticeText } from './notices.js';
import { renderCancelStep, renderCancelledStep, renderDoneStep } from './outcome-step.js';
import { renderTimeStep } from './time-step.js';
import { renderWhereStep } from './where-step.js';

function isModality(value: string | undefined): value is Modality {
  return (MODALITIES as readonly (string | undefined)[]).includes(value);
}

/**
 * Times are shown in the officer's time zone (the browser's unless `time-zone` says otherwise).
 * When someone else takes the chosen time first, the element says so, refreshes the free times and
 * keeps every other choice. Events carry the visit's opaque id and nothing else. With `visit-id`
 * it opens a visit the officer booked earlier, to reschedule or cancel it.
 *
 * @tag wv-booking
 * @summary The officer's booking flow: where, with whom and when; then add to calendar,
 * reschedule or cancel.
 *
 * @fires {CustomEvent<VisitEventDetail>} wv-booked - The officer booked a visit. `detail: { visitId }`.
 * @fires {CustomEvent<VisitEventDetail>} wv-rescheduled - The officer moved the visit to another time. `detail: { visitId }`.
 * @fires {CustomEvent<VisitEventDetail>} wv-cancelled - The officer cancelled the visit. `detail: { visitId }`.
 *
 * @csspart base - The flow's container.
 * @csspart announcer - The live region announcing bookings, cancellations and taken times.
 * @csspart heading - The current step's heading (focused when the step changes).
 * @csspart options - A list of choices (places, clinicians).
 * @csspart clinicians - The list of clinicians.
 * @csspart option - One choice: a place or a clinician.
 * @csspart option-label - A choice's main text.
 * @csspart option-hint - A choice's secondary text.
 * @csspart filters - The clinician filters.
 * @csspart filter - One filter's label.
 * @csspart select - The language picker.
 * @csspart checkbox - The "trained for law-enforcement work" filter.
 * @csspart clinician - A clinician in the list.
 * @csspart clinician-name - A clinician's name.
 * @csspart credentials - A clinician's credentials.
 * @csspart languages - The languages a clinician speaks.
 * @csspart tag - The "trained for law-enforcement work" mark.
 * @csspart context - The chosen clinician and place, above the free times.
 * @csspart week-nav - The week navigation.
 * @csspart week-button - The previous and next week buttons.
 * @csspart week-label - The dates of the week shown.
 * @csspart time-zone - The note naming the time zone of the times.
 * @csspart slot-grid - The grid of free times.
 * @csspart slot-row - A day in the grid.
 * @csspart slot-day - A day's name.
 * @csspart slot - A free time.
 * @csspart slot-selected - The chosen time.
 * @csspart summary - When, where and with whom.
 * @csspart video - A virtual visit's video link ("Join the video call"), or when it will appear.
 * @csspart actions - A step's buttons.
 * @csspart button - Every button.
 * @csspart back-button - Goes one step back.
 * @csspart confirm-button - Books the time (or moves the visit).
 * @csspart calendar-link - Downloads the visit as a calendar file (after a cancel, the file that removes it).
 * @csspart reschedule-button - Picks a new time for the visit.
 * @csspart cancel-button - Starts cancelling the visit.
 * @csspart confirm-cancel-button - Cancels the visit.
 * @csspart keep-button - Keeps the visit.
 * @csspart book-another-button - Starts a new booking.
 * @csspart status - Loading and empty messages.
 * @csspart loading - The loading message.
 * @csspart empty - The message when there is nothing to choose (no clinician, no free time).
 * @csspart error - An error message, with its retry button.
 * @csspart retry-button - Tries a failed step again.
 *
 * @cssprop --wv-color-accent - Buttons, the chosen time and focus rings.
 * @cssprop --wv-color-on-accent - Text on the accent colour.
 * @cssprop --wv-color-surface - The background.
 * @cssprop --wv-color-surface-alt - Choices and free times.
 * @cssprop --wv-color-text - Text.
 * @cssprop --wv-color-muted - Secondary text.
 * @cssprop --wv-color-border - Borders.
 * @cssprop --wv-color-danger - Error text and the cancel button.
 * @cssprop --wv-color-danger-bg - Error background.
 * @cssprop --wv-color-success - The confirmation's text.
 * @cssprop --wv-color-success-bg - The confirmation's background.
 * @cssprop --wv-focus-ring - The focus ring (a box-shadow).
 * @cssprop --wv-radius - Corner radius.
 * @cssprop --wv-space - The spacing unit.
 * @cssprop --wv-font-family - The font.
 * @cssprop --wv-font-size - The base font size.
 */
export class WvBooking extends WellvisitElement {
  static override styles = [...WellvisitElement.styles, bookingStyles];

  /** Prefill: the id of the clinician to offer first. */
  @property() clinician?: string;

  /** Prefill: where the visit happens, `department`, `practice` or `virtual`. */
  @property() modality?: Modality | (string & {});

  /** The IANA time zone to show times in; the browser's by default. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Opens a visit the officer booked earlier, to reschedule or cancel it. */
  @property({ attribute: 'visit-id' }) visitId?: string;

  /** The visit last opened through `visit-id`, so a re-render does not open it again. */
  private openedVisitId: string | undefined;

  private readonly flow = new BookingFlow(this, browserTimeZone());

  /** The step on screen, to move the focus to the heading when it changes. */
  private shownStep: BookingStep | undefined;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timeZone'))
      this.flow.setTimeZone(resolveTimeZone(this.timeZone, 'wv-booking'));
    const visitId = this.visitId || undefined;
    if (visitId !== this.openedVisitId && this.activeBackend) {
      this.openedVisitId = visitId;
      if (visitId) void this.flow.manage(visitId);
    }
    if (changed.has('clinician') || changed.has('modality')) {
      this.flow.prefill(this.resolvedModality(), this.clinician || undefined);
    }
  }

  protected override updated(): void {
    const { step } = this.flow.state;
    if (this.shownStep && step !== this.shownStep) {
      this.renderRoot.querySelector<HTMLElement>('[part="heading"]')?.focus();
    }
    this.shownStep = step;
  }

  private resolvedModality(): Modality | undefined {
    const { modality } = this;
    if (isModality(modality)) return modality;
    if (modality) {
      console.warn(
        `wv-booking: modality must be one of ${MODALITIES.join(', ')}; ignoring "${modality}".`,
      );
    }
    return undefined;
  }

  protected override render(): TemplateResult {
    if (!this.activeBackend) return renderError(new NoBackendError());
    // aria-busy while a booking, move or cancellation is on its way: assistive technology waits
    // for the outcome, and so can a test or a host page.
    return html`<section part="base" aria-busy=${this.flow.busy ? 'true' : 'false'}>
      <p part="announcer" role="status">${noticeText(this.flow.actions.notice)}</p>
      ${this.renderStep()}
    </section>`;
  }

  private renderStep(): TemplateResult {
    const { flow } = this;
    const { step, slot, visit } = flow.state;
    if (step === 'where') return renderWhereStep(flow);
    if (step === 'clinician') return renderClinicianStep(flow);
    if (step === 'confirm' && slot) return renderConfirmStep(flow, slot);
    if (step === 'done' && visit) return renderDoneStep(flow, visit);
    if (step === 'cancel' && visit) return renderCancelStep(flow, visit);
    if (step === 'cancelled') return renderCancelledStep(flow, visit);
    return renderTimeStep(flow);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wv-booking': WvBooking;
  }
}
