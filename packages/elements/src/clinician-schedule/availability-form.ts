import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MODALITIES, type Modality } from '@wellvisit/sdk';
import { getLocale } from '../shared/localization.js';
import { errorMessage, modalityLabel } from '../shared/messages.js';
import type { ExceptionDraft, NumberField, RuleDraft } from './availability-draft.js';
import { fieldId, type AvailabilityEditor } from './availability-editor.js';

type Path = readonly (string | number)[];

export interface AvailabilityFormActions {
  readonly save: () => void;
  readonly discard: () => void;
}

/** Monday to Sunday in the viewer's language (1 January 2024 was a Monday). */
function weekdayNames(): string[] {
  const format = new Intl.DateTimeFormat(getLocale(), { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(Date.UTC(2024, 0, 1 + i, 12)));
}

/** The error under a field, and the attributes that tie the field to it. */
function fieldError(editor: AvailabilityEditor, path: Path) {
  const message = editor.errorFor(path);
  const id = `${fieldId(path)}-error`;
  return {
    invalid: message === undefined ? 'false' : 'true',
    describedBy: message === undefined ? nothing : id,
    text:
      message === undefined
        ? nothing
        : html`<span part="field-error" class="field-error" id=${id}>${message}</span>`,
  } as const;
}

function textInput(
  editor: AvailabilityEditor,
  path: Path,
  label: string,
  type: 'time' | 'date' | 'text' | 'number',
  value: string,
  onInput: (value: string) => void,
  extra: { min?: number; max?: number } = {},
) {
  const error = fieldError(editor, path);
  return html`<div class="field">
    <label for=${fieldId(path)}>${label}</label>
    <input
      id=${fieldId(path)}
      part="input"
      type=${type}
      inputmode=${type === 'number' ? 'numeric' : nothing}
      min=${extra.min ?? nothing}
      max=${extra.max ?? nothing}
      .value=${value}
      aria-invalid=${error.invalid}
      aria-describedby=${error.describedBy}
      @input=${(event: Event) => {
        onInput((event.target as HTMLInputElement).value);
      }}
    />
    ${error.text}
  </div>`;
}

function modalityChoices(
  editor: AvailabilityEditor,
  path: Path,
  chosen: readonly Modality[],
  onChange: (modalities: Modality[]) => void,
) {
  const error = fieldError(editor, path);
  return html`<fieldset
    class="modalities"
    part="modalities"
    aria-invalid=${error.invalid}
    aria-describedby=${error.describedBy}
  >
    <legend>${msg('Modalities', { id: 'clinician-schedule.availability.modalities' })}</legend>
    ${MODALITIES.map(
      (modality, i) =>
        html`<label class="check">
          <input
            type="checkbox"
            id=${i === 0 ? fieldId(path) : nothing}
            .checked=${chosen.includes(modality)}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              onChange(MODALITIES.filter((m) => (m === modality ? on : chosen.includes(m))));
            }}
          />
          ${modalityLabel(modality)}
        </label>`,
    )}
    ${error.text}
  </fieldset>`;
}

function renderRule(editor: AvailabilityEditor, rule: RuleDraft, index: number) {
  const path = (field: string): Path => ['rules', index, field];
  const set = (patch: Partial<Omit<RuleDraft, 'key'>>) => {
    editor.setRule(index, patch);
  };
  const names = weekdayNames();
  return html`<fieldset part="rule" class="row-fieldset">
    <legend>
      ${msg(str`Weekly hours ${index + 1}`, { id: 'clinician-schedule.availability.rule' })}
    </legend>
    <div class="field">
      <label for=${fieldId(path('weekday'))}>
        ${msg('Weekday', { id: 'clinician-schedule.availability.weekday' })}
      </label>
      <select
        id=${fieldId(path('weekday'))}
        part="input"
        @change=${(event: Event) => {
          set({ weekday: (event.target as HTMLSelectElement).value });
        }}
      >
        ${names.map(
          (name, i) =>
            html`<option value=${i + 1} ?selected=${String(i + 1) === rule.weekday}>
              ${name}
            </option>`,
        )}
      </select>
    </div>
    ${textInput(
      editor,
      path('start'),
      msg('Start', { id: 'clinician-schedule.availability.start' }),
      'time',
      rule.start,
      (start) => {
        set({ start });
      },
    )}
    ${textInput(
      editor,
      path('end'),
      msg('End', { id: 'clinician-schedule.availability.end' }),
      'time',
      rule.end,
      (end) => {
        set({ end });
      },
    )}
    ${modalityChoices(editor, path('modalities'), rule.modalities, (modalities) => {
      set({ modalities });
    })}
    ${textInput(
      editor,
      path('place'),
      msg('Place (optional)', { id: 'clinician-schedule.availability.place' }),
      'text',
      rule.place,
      (place) => {
        set({ place });
      },
    )}
    <button
      part="button remove-button"
      type="button"
      @click=${() => {
        editor.removeRule(index);
      }}
    >
      ${msg(str`Remove weekly hours ${index + 1}`, {
        id: 'clinician-schedule.availability.removeRule',
      })}
    </button>
  </fieldset>`;
}

function renderException(editor: AvailabilityEditor, exception: ExceptionDraft, index: number) {
  const path = (field: string): Path => ['exceptions', index, field];
  const set = (patch: Partial<Omit<ExceptionDraft, 'key'>>) => {
    editor.setException(index, patch);
  };
  const available = exception.kind === 'available';
  return html`<fieldset part="exception" class="row-fieldset">
    <legend>
      ${msg(str`Date change ${index + 1}`, { id: 'clinician-schedule.availability.exception' })}
    </legend>
    ${textInput(
      editor,
      path('date'),
      msg('Date', { id: 'clinician-schedule.availability.date' }),
      'date',
      exception.date,
      (date) => {
        set({ date });
      },
    )}
    <div class="field">
      <label for=${fieldId(path('kind'))}>
        ${msg('Change', { id: 'clinician-schedule.availability.kind' })}
      </label>
      <select
        id=${fieldId(path('kind'))}
        part="input"
        @change=${(event: Event) => {
          const kind = (event.target as HTMLSelectElement).value;
          set({ kind: kind === 'available' ? 'available' : 'unavailable' });
        }}
      >
        <option value="unavailable" ?selected=${!available}>
          ${msg('Unavailable', { id: 'clinician-schedule.availability.unavailable' })}
        </option>
        <option value="available" ?selected=${available}>
          ${msg('Available', { id: 'clinician-schedule.availability.available' })}
        </option>
      </select>
    </div>
    ${textInput(
      editor,
      path('start'),
      available
        ? msg('Start', { id: 'clinician-schedule.availability.start' })
        : msg('Start (optional: whole day when empty)', {
            id: 'clinician-schedule.availability.startOptional',
          }),
      'time',
      exception.start,
      (start) => {
        set({ start });
      },
    )}
    ${textInput(
      editor,
      path('end'),
      available
        ? msg('End', { id: 'clinician-schedule.availability.end' })
        : msg('End (optional)', { id: 'clinician-schedule.availability.endOptional' }),
      'time',
      exception.end,
      (end) => {
        set({ end });
      },
    )}
    ${
      available
        ? html`${modalityChoices(editor, path('modalities'), exception.modalities, (modalities) => {
            set({ modalities });
          })}
          ${textInput(
            editor,
            path('place'),
            msg('Place (optional)', { id: 'clinician-schedule.availability.place' }),
            'text',
            exception.place,
            (place) => {
              set({ place });
            },
          )}`
        : nothing
    }
    <button
      part="button remove-button"
      type="button"
      @click=${() => {
        editor.removeException(index);
      }}
    >
      ${msg(str`Remove date change ${index + 1}`, {
        id: 'clinician-schedule.availability.removeException',
      })}
    </button>
  </fieldset>`;
}

function numberInput(editor: AvailabilityEditor, field: NumberField, label: string) {
  const value = editor.draft?.[field] ?? '';
  return textInput(editor, [field], label, 'number', value, (text) => {
    editor.setNumber(field, text);
  });
}

/** Keys of the errors shown beside a field; any other error is listed in the summary. */
const FIELD_KEYS =
  /^(slotMinutes|bufferMinutes|minNoticeMinutes|horizonDays|rules|exceptions)$|^(rules|exceptions)\.\d+\.(weekday|date|kind|start|end|modalities|place)$/;

/** Errors for the form as a whole and for fields it has no input for. */
function renderSummary(editor: AvailabilityEditor) {
  if (editor.failure !== undefined) {
    return html`<div part="error" role="alert">${errorMessage(editor.failure)}</div>`;
  }
  if (editor.errors.size === 0) return nothing;
  const others = [...editor.errors].filter(([key]) => !FIELD_KEYS.test(key));
  return html`<div part="error" role="alert">
    <span>
      ${msg('Some values need correcting; see the messages beside them.', {
        id: 'clinician-schedule.availability.invalid',
      })}
    </span>
    ${
      others.length === 0
        ? nothing
        : html`<ul>
            ${others.map(([key, message]) => html`<li>${key}: ${message}</li>`)}
          </ul>`
    }
  </div>`;
}

/** The weekly rules, date exceptions and booking settings, as one accessible form. */
/** Weekly rules or date exceptions: a heading, the list's error, its items and an add button. */
function listSection(view: {
  editor: AvailabilityEditor;
  key: 'rules' | 'exceptions';
  heading: string;
  empty?: string | undefined;
  items: unknown;
  addLabel: string;
  onAdd: () => void;
}) {
  const { key } = view;
  const addId = key === 'rules' ? 'add-rule' : 'add-exception';
  return html`<section part=${key} aria-labelledby="${key}-heading">
    <h4 id="${key}-heading">${view.heading}</h4>
    ${fieldError(view.editor, [key]).text}
    ${view.empty === undefined ? nothing : html`<p part="status">${view.empty}</p>`} ${view.items}
    <button id=${addId} part="button add-button" type="button" @click=${view.onAdd}>
      ${view.addLabel}
    </button>
  </section>`;
}

export function renderAvailabilityForm(
  editor: AvailabilityEditor,
  actions: AvailabilityFormActions,
): TemplateResult {
  const draft = editor.draft;
  if (!draft) return html``;
  return html`<form
    part="availability-form"
    class="availability-form"
    novalidate
    aria-busy=${editor.saving ? 'true' : 'false'}
    @submit=${(event: Event) => {
      event.preventDefault();
      actions.save();
    }}
  >
    ${renderSummary(editor)}
    <fieldset part="settings" class="settings">
      <legend>
        ${msg('Booking settings', { id: 'clinician-schedule.availability.settings' })}
      </legend>
      ${numberInput(
        editor,
        'slotMinutes',
        msg('Visit length (minutes)', { id: 'clinician-schedule.availability.slotMinutes' }),
      )}
      ${numberInput(
        editor,
        'bufferMinutes',
        msg('Break after each visit (minutes)', {
          id: 'clinician-schedule.availability.bufferMinutes',
        }),
      )}
      ${numberInput(
        editor,
        'minNoticeMinutes',
        msg('Minimum notice (minutes)', { id: 'clinician-schedule.availability.notice' }),
      )}
      ${numberInput(
        editor,
        'horizonDays',
        msg('Bookable up to (days ahead)', { id: 'clinician-schedule.availability.horizon' }),
      )}
    </fieldset>
    ${listSection({
      editor,
      key: 'rules',
      heading: msg('Weekly hours', { id: 'clinician-schedule.availability.rules' }),
      empty:
        draft.rules.length === 0
          ? msg('No weekly hours yet.', { id: 'clinician-schedule.availability.noRules' })
          : undefined,
      items: repeat(
        draft.rules,
        (rule) => rule.key,
        (rule, i) => renderRule(editor, rule, i),
      ),
      addLabel: msg('Add weekly hours', { id: 'clinician-schedule.availability.addRule' }),
      onAdd: () => {
        editor.addRule();
      },
    })}
    ${listSection({
      editor,
      key: 'exceptions',
      heading: msg('Date changes', { id: 'clinician-schedule.availability.exceptions' }),
      items: repeat(
        draft.exceptions,
        (exception) => exception.key,
        (exception, i) => renderException(editor, exception, i),
      ),
      addLabel: msg('Add a date change', {
        id: 'clinician-schedule.availability.addException',
      }),
      onAdd: () => {
        editor.addException();
      },
    })}
    <div class="form-actions">
      <button part="button save-button" class="primary" type="submit" ?disabled=${editor.saving}>
        ${
          editor.saving
            ? msg('Saving…', { id: 'clinician-schedule.availability.saving' })
            : msg('Save availability', { id: 'clinician-schedule.availability.save' })
        }
      </button>
      <button part="button discard-button" type="button" @click=${actions.discard}>
        ${msg('Discard changes', { id: 'clinician-schedule.availability.discard' })}
      </button>
    </div>
  </form>`;
}
