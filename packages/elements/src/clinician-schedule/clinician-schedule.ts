import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import { Task } from '@lit/task';
import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  isConflictError,
  type AttendanceOutcome,
  type ClinicianVisit,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import { WvAvailabilitySavedEvent } from '../events/availability-events.js';
import { WvAttendanceMarkedEvent } from '../events/visit-events.js';
import { AsyncActions, type Wording } from '../shared/async-actions.js';
import { WellvisitElement } from '../shared/base-element.js';
import { errorMessage } from '../shared/messages.js';
import { renderError, renderLoading } from '../shared/task-states.js';
import { AvailabilityEditor } from './availability-editor.js';
import { renderAvailabilityForm } from './availability-form.js';
import { clinicianScheduleStyles } from './clinician-schedule.styles.js';
import {
  scheduleRange,
  shiftDate,
  todayIn,
  type ScheduleRange,
  type ScheduleView,
} from './schedule-range.js';
import { rangeLabel, renderVisitList } from './visit-list.js';

/** A failed action, for the alert region: a conflict means the schedule was refreshed. */
function alertText(error: unknown): string {
  if (error === undefined) return '';
  if (!isConflictError(error)) return errorMessage(error);
  return error.code === 'not-started'
    ? msg('This visit has not started yet.', { id: 'clinician-schedule.notStarted' })
    : msg('This visit was changed elsewhere. The schedule has been refreshed.', {
        id: 'clinician-schedule.conflict',
      });
}

interface LoadedSchedule {
  readonly timeZone: string;
  readonly date: string;
  readonly range: ScheduleRange;
}

/**
 * @summary A clinician's visits by day or week, in the clinician's time zone: each with the
 * officer's name, time, modality and place; attended / no-show once a visit has started; and a
 * form for the weekly availability rules and date exceptions.
 *
 * @fires {CustomEvent<VisitEventDetail>} wv-attendance-marked - Attendance was recorded. `detail: { visitId }` only.
 * @fires {CustomEvent<AvailabilityEventDetail>} wv-availability-saved - Availability was saved. `detail: { clinicianId }` only.
 *
 * @csspart base - The wrapper of everything.
 * @csspart header - Title, range and controls.
 * @csspart title - The heading.
 * @csspart range - The dates shown, a live region.
 * @csspart view-toggle - The day / week buttons (`aria-pressed`).
 * @csspart view-button - A day or week button.
 * @csspart navigation - Previous, today and next buttons.
 * @csspart nav-button - Any of them.
 * @csspart previous-button - Shows the previous day or week.
 * @csspart today-button - Shows today.
 * @csspart next-button - Shows the next day or week.
 * @csspart days - The list of days.
 * @csspart day - One day.
 * @csspart day-heading - Its heading.
 * @csspart visit-list - A day's visits.
 * @csspart visit - One visit (carries `data-status`).
 * @csspart visit-time - Start and end.
 * @csspart visit-officer - The officer's display name.
 * @csspart visit-modality - Where or how.
 * @csspart visit-place - The place, when there is one.
 * @csspart video - A virtual visit's video link ("Join the video call"), or when it will appear.
 * @csspart visit-status - Booked, attended, no-show or cancelled.
 * @csspart mark-actions - The attended / no-show buttons.
 * @csspart mark-button - Either of them.
 * @csspart mark-attended - Records that the officer attended.
 * @csspart mark-noshow - Records a no-show.
 * @csspart mark-confirmation - Asks to confirm a mark before it is sent, in place of the buttons.
 * @csspart mark-question - Its question ("Mark Ana Ruiz as attended?").
 * @csspart confirm-button - Sends the mark.
 * @csspart cancel-button - Goes back to the attended / no-show buttons.
 * @csspart notice - Outcome of the last action, a live region.
 * @csspart alert - A failed action (conflict, network), an alert region.
 * @csspart availability - The availability section.
 * @csspart availability-toggle - Its show/hide button.
 * @csspart availability-form - The form.
 * @csspart settings - Slot length, buffer, notice, horizon.
 * @csspart rules - Weekly hours.
 * @csspart rule - One rule.
 * @csspart exceptions - Date changes.
 * @csspart exception - One date change.
 * @csspart modalities - Modality checkboxes.
 * @csspart input - Every input and select.
 * @csspart field-error - A field's error message.
 * @csspart add-button - Adds a rule or exception.
 * @csspart remove-button - Removes one.
 * @csspart save-button - Saves availability.
 * @csspart discard-button - Discards edits.
 * @csspart button - Every button.
 * @csspart status - Loading and empty messages.
 * @csspart empty-day - A day without visits.
 * @csspart loading - Loading message.
 * @csspart error - An error message, with retry where it helps.
 * @csspart retry-button - Retry.
 *
 * @cssprop --wv-color-accent - Pressed buttons, primary button, focus ring.
 * @cssprop --wv-color-on-accent - Text on the accent colour.
 * @cssprop --wv-color-surface - Background.
 * @cssprop --wv-color-surface-alt - Day headings and visit cards.
 * @cssprop --wv-color-text - Text colour.
 * @cssprop --wv-color-muted - Secondary text.
 * @cssprop --wv-color-border - Borders.
 * @cssprop --wv-color-danger - Errors. Also `--wv-color-danger-bg`.
 * @cssprop --wv-radius - Corner radius.
 * @cssprop --wv-space - Spacing unit.
 * @cssprop --wv-font-family - Font.
 * @cssprop --wv-font-size - Base font size.
 */
export class WvClinicianSchedule extends WellvisitElement {
  static override styles = [...WellvisitElement.styles, clinicianScheduleStyles];

  /** IANA zone to show times in; the clinician's own zone when left out. */
  @property({ attribute: 'time-zone', reflect: true }) timeZone?: string;

  /** `day` or `week`. */
  @property({ reflect: true }) view: ScheduleView = 'week';

  /** A date (`YYYY-MM-DD`) in the day or week to show; today when left out. */
  @property({ reflect: true }) date?: string;

  /** The current time; a demo or test on a fixed clock passes its own. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  @state() private visitList: readonly ClinicianVisit[] = [];
  /** A mark the clinician chose and has not confirmed yet. */
  @state() private confirming: { visitId: string; outcome: AttendanceOutcome } | undefined;
  @state() private availabilityOpen = false;

  /** The clinician's own zone, asked once per backend. */
  private ownZone: { backend: WellvisitBackend; timeZone: string } | undefined;

  /** Marking attendance, keyed by visit id, and saving availability. */
  private readonly actions = new AsyncActions<Wording>(this, () => {
    // The visit changed since it was shown (marked elsewhere, cancelled, moved): show it as it is.
    void this.schedule.run();
    return undefined;
  });

  private readonly editor = new AvailabilityEditor(this, (id) =>
    this.renderRoot.querySelector<HTMLElement>(`#${id}`),
  );

  private readonly schedule = new Task(this, {
    task: async ([, timeZone, view, date], { signal }): Promise<LoadedSchedule> => {
      const backend = this.requireBackend();
      const zone = timeZone ?? (await this.clinicianZone(backend, signal));
      const shown = date ?? todayIn(zone, this.now());
      const range = scheduleRange(view, shown, zone);
      this.visitList = await backend.clinician.listVisits(
        { from: range.from, to: range.to },
        { signal },
      );
      return { timeZone: zone, date: shown, range };
    },
    // An empty attribute means the same as none.
    args: () =>
      [
        this.activeBackend,
        this.timeZone || undefined,
        this.currentView,
        this.date || undefined,
      ] as const,
  });

  /** Loaded when the form is first opened, then again whenever the backend changes. */
  private readonly availability = new Task(this, {
    task: async (_args, { signal }) => {
      this.editor.load(await this.requireBackend().clinician.availability({ signal }));
    },
    args: () => [this.activeBackend] as const,
    autoRun: false,
  });

  private get currentView(): ScheduleView {
    return this.view === 'day' ? 'day' : 'week';
  }

  private async clinicianZone(backend: WellvisitBackend, signal: AbortSignal): Promise<string> {
    if (this.ownZone?.backend !== backend) {
      const me = await backend.clinician.me({ signal });
      this.ownZone = { backend, timeZone: me.timeZone };
    }
    return this.ownZone.timeZone;
  }

  protected override render() {
    return html`<div part="base">
      ${this.renderHeader()}
      <p part="notice" role="status">${this.actions.notice?.()}</p>
      <div part="alert" role="alert">${alertText(this.actions.error)}</div>
      ${this.schedule.render({
        initial: renderLoading,
        pending: renderLoading,
        complete: (loaded) =>
          renderVisitList({
            range: loaded.range,
            visits: this.visitList,
            timeZone: loaded.timeZone,
            now: this.now(),
            busy: (visitId) => this.actions.busy(visitId),
            confirming: this.confirming,
            onMark: (visit, outcome) => {
              this.confirming = { visitId: visit.id, outcome };
              void this.focusPart('confirm-button');
            },
            onConfirm: (visit, outcome) => {
              this.confirming = undefined;
              void this.mark(visit, outcome);
            },
            onCancel: (visit) => {
              this.confirming = undefined;
              void this.focusPart('mark-attended', visit.id);
            },
          }),
        error: (error) => renderError(error, () => void this.schedule.run()),
      })}
      ${this.renderAvailability()}
    </div>`;
  }

  private renderHeader() {
    const loaded = this.schedule.value;
    const view = this.currentView;
    const week = view === 'week';
    const viewButton = (value: ScheduleView, label: string) =>
      html`<button
        part="button view-button"
        class=${view === value ? 'primary' : ''}
        type="button"
        aria-pressed=${view === value ? 'true' : 'false'}
        @click=${() => {
          this.view = value;
        }}
      >
        ${label}
      </button>`;
    const navButton = (name: string, label: string, direction: -1 | 0 | 1) =>
      html`<button
        part="button nav-button ${name}-button"
        type="button"
        ?disabled=${direction !== 0 && !loaded}
        @click=${() => {
          this.go(direction);
        }}
      >
        ${label}
      </button>`;
    return html`<div part="header">
      <h2 part="title">${msg('Schedule', { id: 'clinician-schedule.title' })}</h2>
      <p part="range" aria-live="polite">
        ${
          loaded
            ? html`${rangeLabel(view, loaded.range, loaded.timeZone)}
                <span class="zone">
                  ${msg(str`Times in ${loaded.timeZone}`, { id: 'clinician-schedule.zone' })}
                </span>`
            : nothing
        }
      </p>
      <div class="controls">
        <div
          part="view-toggle"
          role="group"
          aria-label=${msg('View', { id: 'clinician-schedule.view' })}
        >
          ${viewButton('day', msg('Day', { id: 'clinician-schedule.view.day' }))}
          ${viewButton('week', msg('Week', { id: 'clinician-schedule.view.week' }))}
        </div>
        <div
          part="navigation"
          role="group"
          aria-label=${msg('Dates', { id: 'clinician-schedule.navigation' })}
        >
          ${navButton(
            'previous',
            week
              ? msg('Previous week', { id: 'clinician-schedule.previousWeek' })
              : msg('Previous day', { id: 'clinician-schedule.previousDay' }),
            -1,
          )}
          ${navButton('today', msg('Today', { id: 'clinician-schedule.today' }), 0)}
          ${navButton(
            'next',
            week
              ? msg('Next week', { id: 'clinician-schedule.nextWeek' })
              : msg('Next day', { id: 'clinician-schedule.nextDay' }),
            1,
          )}
        </div>
      </div>
    </div>`;
  }
  private renderAvailability() {
    const open = this.availabilityOpen;
    return html`<section part="availability" aria-labelledby="availability-heading">
      <h3 id="availability-heading">
        ${msg('Availability', { id: 'clinician-schedule.availability' })}
      </h3>
      <button
        part="button availability-toggle"
        type="button"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="availability-panel"
        @click=${() => {
          this.availabilityOpen = !open;
          this.availability.autoRun = true;
        }}
      >
        ${
          open
            ? msg('Hide availability', { id: 'clinician-schedule.availability.hide' })
            : msg('Edit availability', { id: 'clinician-schedule.availability.show' })
        }
      </button>
      <div id="availability-panel" ?hidden=${!open}>
        ${this.availability.render({
          pending: renderLoading,
          complete: () => renderAvailabilityForm(this.editor, () => void this.saveAvailability()),
          error: (error) => renderError(error, () => void this.availability.run()),
        })}
      </div>
    </section>`;
  }

  /** Moves one screen back (-1) or on (1), or to today (0). */
  private go(direction: -1 | 0 | 1): void {
    // The date asked for, if any, is ahead of the one on screen while a week is still loading.
    const shown = this.date || this.schedule.value?.date;
    this.date = direction && shown ? shiftDate(this.currentView, shown, direction) : undefined;
  }

  /** Moves focus to a part once the next render is done (the confirmation and back). */
  private async focusPart(name: string, visitId?: string): Promise<void> {
    await this.updateComplete;
    const within = visitId === undefined ? '' : `[data-visit="${CSS.escape(visitId)}"] `;
    this.renderRoot.querySelector<HTMLElement>(`${within}[part~="${name}"]`)?.focus();
  }

  private async mark(visit: ClinicianVisit, outcome: AttendanceOutcome): Promise<void> {
    await this.actions.run(visit.id, async () => {
      const updated = await this.requireBackend().clinician.markAttendance(visit.id, {
        outcome,
        expectedVersion: visit.version,
      });
      this.visitList = this.visitList.map((v) => (v.id === updated.id ? updated : v));
      this.dispatchEvent(new WvAttendanceMarkedEvent({ visitId: updated.id }));
      return () =>
        outcome === 'fulfilled'
          ? msg(str`${visit.officerDisplayName}: marked as attended.`, {
              id: 'clinician-schedule.marked.fulfilled',
            })
          : msg(str`${visit.officerDisplayName}: marked as a no-show.`, {
              id: 'clinician-schedule.marked.noshow',
            });
    });
  }

  private async saveAvailability(): Promise<void> {
    await this.actions.run('availability', async () => {
      const saved = await this.editor.save(this.requireBackend());
      if (!saved) return undefined;
      this.dispatchEvent(new WvAvailabilitySavedEvent({ clinicianId: saved.clinicianId }));
      return () => msg('Availability saved.', { id: 'clinician-schedule.availability.saved' });
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wv-clinician-schedule': WvClinicianSchedule;
  }
}
