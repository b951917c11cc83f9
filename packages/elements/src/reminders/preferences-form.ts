import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { REMINDER_CHANNELS, type ReminderChannel, type ReminderPreferences } from '@wellvisit/sdk';
import { getLocale, msg } from '../shared/localization.js';
import { renderError } from '../shared/task-states.js';

/** Lead times offered, in minutes: 30 minutes to 2 weeks, plus whatever the officer has saved. */
const LEAD_TIME_CHOICES = [30, 120, 24 * 60, 2 * 24 * 60, 7 * 24 * 60, 14 * 24 * 60] as const;

function leadTimeLabel(minutes: number): string {
  const [value, unit] =
    minutes % (24 * 60) === 0
      ? [minutes / (24 * 60), 'day']
      : minutes % 60 === 0
        ? [minutes / 60, 'hour']
        : [minutes, 'minute'];
  const duration = new Intl.NumberFormat(getLocale(), {
    style: 'unit',
    unit,
    unitDisplay: 'long',
  }).format(value);
  return msg(str`${duration} before`, { id: 'reminders.prefs.leadTime' });
}

function channelLabel(channel: ReminderChannel): string {
  return {
    email: msg('Email', { id: 'reminders.prefs.email' }),
    webhook: msg("Your organisation's notification service", { id: 'reminders.prefs.webhook' }),
  }[channel];
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
  const rest = list.filter((x) => x !== item);
  return on ? [...rest, item] : rest;
}

type Edit = (draft: ReminderPreferences) => ReminderPreferences;

export interface PreferencesFormView {
  draft: ReminderPreferences;
  busy: boolean;
  error: unknown;
  /** Applies an edit to the current draft (not the rendered one: clicks can outpace renders). */
  onChange: (edit: Edit) => void;
  onSave: () => void;
}

/** Reminder settings: lead times, channels and discreet wording (on unless turned off). */
export function renderPreferencesForm(view: PreferencesFormView): TemplateResult {
  const { draft } = view;
  const leadTimes = [...new Set([...LEAD_TIME_CHOICES, ...draft.leadTimesMinutes])].sort(
    (a, b) => a - b,
  );
  const checkbox = (label: string, checked: boolean, edit: (on: boolean) => Edit) =>
    html`<label part="choice">
      <input
        part="checkbox"
        type="checkbox"
        .checked=${checked}
        @change=${(event: Event) => {
          view.onChange(edit((event.target as HTMLInputElement).checked));
        }}
      />
      <span>${label}</span>
    </label>`;
  const fieldset = (legend: string, choices: readonly TemplateResult[]) =>
    html`<fieldset part="fieldset">
      <legend part="legend">${legend}</legend>
      ${choices}
    </fieldset>`;
  return html`<form
    part="preferences"
    @submit=${(event: Event) => {
      event.preventDefault();
      view.onSave();
    }}
  >
    <h3 part="section-heading">${msg('Reminder settings', { id: 'reminders.prefs.heading' })}</h3>
    ${fieldset(
      msg('Remind me before each appointment', { id: 'reminders.prefs.leadTimes' }),
      leadTimes.map((minutes) =>
        checkbox(
          leadTimeLabel(minutes),
          draft.leadTimesMinutes.includes(minutes),
          (on) => (current) => ({
            ...current,
            leadTimesMinutes: toggle(current.leadTimesMinutes, minutes, on),
          }),
        ),
      ),
    )}
    ${fieldset(
      msg('Also send reminders by', { id: 'reminders.prefs.channels' }),
      REMINDER_CHANNELS.map((channel) =>
        checkbox(channelLabel(channel), draft.channels.includes(channel), (on) => (current) => ({
          ...current,
          channels: toggle(current.channels, channel, on),
        })),
      ),
    )}
    ${checkbox(
      msg('Discreet wording: say "Appointment" and never name the clinician (recommended)', {
        id: 'reminders.prefs.discreet',
      }),
      draft.discreet,
      (on) => (current) => ({ ...current, discreet: on }),
    )}
    ${view.error === undefined ? nothing : renderError(view.error, view.onSave)}
    <div part="actions">
      <button
        class="primary"
        part="button save-button"
        type="submit"
        aria-disabled=${String(view.busy)}
      >
        ${
          view.busy
            ? msg('Saving…', { id: 'reminders.prefs.saving' })
            : msg('Save settings', { id: 'reminders.prefs.save' })
        }
      </button>
    </div>
  </form>`;
}
