import { msg } from '../shared/localization.js';
import { Task, TaskStatus } from '@lit/task';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ReminderPreferences, WellvisitBackend } from '@wellvisit/sdk';
import { WvBookedEvent, WvCancelledEvent, WvRescheduledEvent } from '../events/visit-events.js';
import { WellvisitElement } from '../shared/base-element.js';
import { AsyncActions, type Wording } from '../shared/async-actions.js';
import { renderError, renderLoading } from '../shared/task-states.js';
import { resolveTimeZone } from '../shared/time-zone.js';
import { renderPreferencesForm } from './preferences-form.js';
import { renderCheckIn, renderReminderList } from './reminder-list.js';
import { remindersStyles } from './reminders.styles.js';
import { renderVisitList } from './visit-list.js';

async function loadOverview(backend: WellvisitBackend, signal: AbortSignal) {
  const { officer } = backend;
  const options = { signal };
  const [visits, reminders, attendance, preferences, clinicians] = await Promise.all([
    officer.listVisits(undefined, options),
    officer.reminders(options),
    officer.attendance(undefined, options),
    officer.reminderPreferences(options),
    officer.listClinicians({}, options),
  ]);
  return { visits, reminders, attendance, preferences, clinicians };
}

type Overview = Awaited<ReturnType<typeof loadOverview>>;

/** A booking widget elsewhere on the page changed a visit: load everything again. */
const VISIT_CHANGES = [
  WvBookedEvent.eventName,
  WvRescheduledEvent.eventName,
  WvCancelledEvent.eventName,
] as const;

/**
 * Discreet by default: visits are called "Appointment" and no clinician is named, on screen and
 * in calendar files, unless the officer turns discreet wording off in the settings.
 *
 * @tag wv-reminders
 * @summary The officer's upcoming visits, check-in nudges and reminders, with calendar files and
 * reminder settings.
 *
 * @csspart base - The container.
 * @csspart heading - The element's heading.
 * @csspart announcer - The live region announcing saved settings.
 * @csspart check-in - The check-in status for the current period.
 * @csspart check-in-completed - The check-in line once the officer has checked in.
 * @csspart check-in-due - The check-in line while it is due.
 * @csspart check-in-overdue - The check-in line once it is overdue.
 * @csspart check-in-status - The status word (completed, due, overdue, …).
 * @csspart section-heading - The headings of the sections.
 * @csspart visits - The list of upcoming visits.
 * @csspart visit - One visit.
 * @csspart visit-title - A visit's title ("Appointment" when discreet).
 * @csspart visit-time - A visit's date and time.
 * @csspart visit-place - Where a visit happens.
 * @csspart calendar-link - Downloads a visit as a calendar file.
 * @csspart video - A virtual visit's video link ("Join the video call"), or when it will appear.
 * @csspart reminders - The list of reminders.
 * @csspart reminder - One reminder.
 * @csspart reminder-when - When a reminder is sent.
 * @csspart reminder-text - What a reminder says.
 * @csspart preferences - The reminder settings form.
 * @csspart fieldset - A group of settings.
 * @csspart legend - A group's caption.
 * @csspart choice - One setting's checkbox and label.
 * @csspart checkbox - A checkbox.
 * @csspart actions - The form's buttons.
 * @csspart button - Every button.
 * @csspart save-button - Saves the settings.
 * @csspart status - Loading and empty messages.
 * @csspart loading - The loading message.
 * @csspart empty - A section's message when it has nothing to list.
 * @csspart error - An error message, with its retry button.
 * @csspart retry-button - Tries again.
 *
 * @cssprop --wv-color-accent - Buttons, links and focus rings.
 * @cssprop --wv-color-on-accent - Text on the accent colour.
 * @cssprop --wv-color-surface - The background.
 * @cssprop --wv-color-surface-alt - List items.
 * @cssprop --wv-color-text - Text.
 * @cssprop --wv-color-muted - Secondary text.
 * @cssprop --wv-color-border - Borders.
 * @cssprop --wv-color-warning - Text of a due check-in.
 * @cssprop --wv-color-warning-bg - Background of a due check-in.
 * @cssprop --wv-color-danger - Text of an overdue check-in and of errors.
 * @cssprop --wv-color-danger-bg - Background of an overdue check-in and of errors.
 * @cssprop --wv-focus-ring - The focus ring (a box-shadow).
 * @cssprop --wv-radius - Corner radius.
 * @cssprop --wv-space - The spacing unit.
 * @cssprop --wv-font-family - The font.
 * @cssprop --wv-font-size - The base font size.
 */

export class WvReminders extends WellvisitElement {
  static override styles = [...WellvisitElement.styles, remindersStyles];

  /** The IANA time zone to show times in; the browser's by default. */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** The settings as last saved; they decide the wording. */
  @state() private saved: ReminderPreferences | undefined;
  /** The settings form as the officer is editing it; kept when saving fails. */
  @state() private draft: ReminderPreferences | undefined;
  /** Saving the settings: under way, "saved", or why it failed. */
  private readonly actions = new AsyncActions<Wording>(this);

  private zone = resolveTimeZone(undefined, 'wv-reminders');

  private readonly overview = new Task(this, {
    task: async (_args, { signal }) => {
      const overview = await loadOverview(this.requireBackend(), signal);
      // A refresh must not throw away settings the officer is still editing.
      const editing = JSON.stringify(this.draft) !== JSON.stringify(this.saved);
      this.saved = overview.preferences;
      if (!editing) this.draft = overview.preferences;
      return overview;
    },
    args: () => [this.activeBackend] as const,
  });

  /** Loads everything again: on retry, and when a booking widget elsewhere on the page changed a visit. */
  private readonly refresh = (): void => {
    void this.overview.run();
  };

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of VISIT_CHANGES) this.ownerDocument.addEventListener(type, this.refresh);
  }

  override disconnectedCallback(): void {
    for (const type of VISIT_CHANGES) this.ownerDocument.removeEventListener(type, this.refresh);
    super.disconnectedCallback();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('timeZone')) this.zone = resolveTimeZone(this.timeZone, 'wv-reminders');
  }

  private async save(): Promise<void> {
    const { draft } = this;
    if (!draft) return;
    await this.actions.run('save', async () => {
      this.saved = await this.requireBackend().officer.setReminderPreferences(draft);
      this.draft = this.saved;
      // Reminders are computed from the settings: show the new schedule.
      void this.overview.run();
      return () => msg('Reminder settings saved.', { id: 'reminders.saved' });
    });
  }

  protected override render(): TemplateResult {
    // While a refresh is pending the overview loaded before stays on screen.
    const { status, value, error } = this.overview;
    return html`<section part="base">
      <h2 part="heading">${msg('Your appointments', { id: 'reminders.title' })}</h2>
      <p part="announcer" role="status">${this.actions.notice?.()}</p>
      ${
        status === TaskStatus.ERROR
          ? renderError(error, this.refresh)
          : value
            ? this.renderOverview(value)
            : renderLoading()
      }
    </section>`;
  }

  private renderOverview(overview: Overview): TemplateResult {
    const shared = {
      visits: overview.visits,
      clinicians: overview.clinicians,
      preferences: this.saved ?? overview.preferences,
      timeZone: this.zone,
    };
    return html`${renderCheckIn(overview.attendance)} ${renderVisitList(shared)}
    ${renderReminderList({ ...shared, reminders: overview.reminders })}
    ${renderPreferencesForm({
      draft: this.draft ?? overview.preferences,
      busy: this.actions.busy('save'),
      error: this.actions.error,
      onChange: (edit) => {
        this.draft = edit(this.draft ?? overview.preferences);
      },
      onSave: () => void this.save(),
    })}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wv-reminders': WvReminders;
  }
}
