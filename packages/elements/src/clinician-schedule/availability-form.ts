import { str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { MODALITIES } from '@wellvisit/sdk';
import { getLocale, msg } from '../shared/localization.js';
import { modalityLabel } from '../shared/messages.js';
import { renderError } from '../shared/task-states.js';
import type { ExceptionDraft, RuleDraft } from './availability-draft.js';
import {
  fieldId,
  type AvailabilityEditor,
  type ErrorPath,
  type FieldPath,
  type RowField,
  type RowList,
} from './availability-editor.js';

/** A select's choices: value and label. */
type Options = readonly (readonly [string, string])[];

/** Monday (1) to Sunday (7) in the viewer's language (1 January 2024 was a Monday). */
function weekdayOptions(): Options {
  const format = new Intl.DateTimeFormat(getLocale(), { weekday: 'long', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => [
    String(i + 1),
    format.format(Date.UTC(2024, 0, 1 + i)),
  ]);
}

/** The error under a field, and the attributes that tie the field to it. */
function fieldError(editor: AvailabilityEditor, path: ErrorPath) {
  const message = editor.errorFor(path);
  const id = `${fieldId(path)}-error`;
  return message === undefined
    ? ({ invalid: 'false', describedBy: nothing, text: nothing } as const)
    : ({
        invalid: 'true',
        describedBy: id,
        text: html`<span part="field-error" id=${id}>${message}</span>`,
      } as const);
}

/** A labelled input, or a select when given its options, bound to one text field of the draft. */
function field(
  editor: AvailabilityEditor,
  path: FieldPath,
  label: string,
  type: 'time' | 'date' | 'text' | 'number' | Options,
) {
  const id = fieldId(path);
  const value = editor.text(path);
  const error = fieldError(editor, path);
  const update = (event: Event) => {
    editor.setText(path, (event.target as HTMLInputElement | HTMLSelectElement).value);
  };
  return html`<div class="field">
    <label for=${id}>${label}</label>
    ${
      typeof type === 'string'
        ? html`<input
            id=${id}
            part="input"
            type=${type}
            inputmode=${type === 'number' ? 'numeric' : nothing}
            .value=${value}
            aria-invalid=${error.invalid}
            aria-describedby=${error.describedBy}
            @input=${update}
          />`
        : html`<select
            id=${id}
            part="input"
            aria-invalid=${error.invalid}
            aria-describedby=${error.describedBy}
            @change=${update}
          >
            ${type.map(
              ([option, text]) =>
                html`<option value=${option} ?selected=${option === value}>${text}</option>`,
            )}
          </select>`
    }
    ${error.text}
  </div>`;
}

function modalityChoices(
  editor: AvailabilityEditor,
  list: RowList,
  index: number,
  row: RuleDraft | ExceptionDraft,
) {
  const path = [list, index, 'modalities'];
  const error = fieldError(editor, path);
  return html`<fieldset
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
            .checked=${row.modalities.includes(modality)}
            @change=${(event: Event) => {
              const on = (event.target as HTMLInputElement).checked;
              editor.setModalities(
                list,
                index,
                MODALITIES.filter((m) => (m === modality ? on : row.modalities.includes(m))),
              );
            }}
          />
          ${modalityLabel(modality)}
        </label>`,
    )}
    ${error.text}
  </fieldset>`;
}

/** One weekly rule or date change; a day off has no modalities or place. */
function renderRow(
  editor: AvailabilityEditor,
  list: RowList,
  row: RuleDraft | ExceptionDraft,
  index: number,
) {
  const path = (name: RowField): FieldPath => [list, index, name];
  const n = index + 1;
  const rule = list === 'rules';
  const offersVisits = !('kind' in row) || row.kind === 'available';
  return html`<fieldset part=${rule ? 'rule' : 'exception'}>
    <legend>
      ${
        rule
          ? msg(str`Weekly hours ${n}`, { id: 'clinician-schedule.availability.rule' })
          : msg(str`Date change ${n}`, { id: 'clinician-schedule.availability.exception' })
      }
    </legend>
    ${
      rule
        ? field(
            editor,
            path('weekday'),
            msg('Weekday', { id: 'clinician-schedule.availability.weekday' }),
            weekdayOptions(),
          )
        : html`${field(
            editor,
            path('date'),
            msg('Date', { id: 'clinician-schedule.availability.date' }),
            'date',
          )}
          ${field(
            editor,
            path('kind'),
            msg('Change', { id: 'clinician-schedule.availability.kind' }),
            [
              [
                'unavailable',
                msg('Unavailable', { id: 'clinician-schedule.availability.unavailable' }),
              ],
              ['available', msg('Available', { id: 'clinician-schedule.availability.available' })],
            ],
          )}`
    }
    ${field(
      editor,
      path('start'),
      offersVisits
        ? msg('Start', { id: 'clinician-schedule.availability.start' })
        : msg('Start (optional: whole day when empty)', {
            id: 'clinician-schedule.availability.startOptional',
          }),
      'time',
    )}
    ${field(
      editor,
      path('end'),
      offersVisits
        ? msg('End', { id: 'clinician-schedule.availability.end' })
        : msg('End (optional)', { id: 'clinician-schedule.availability.endOptional' }),
      'time',
    )}
    ${
      offersVisits
        ? html`${modalityChoices(editor, list, index, row)}
          ${field(
            editor,
            path('place'),
            msg('Place (optional)', { id: 'clinician-schedule.availability.place' }),
            'text',
          )}`
        : nothing
    }
    <button
      part="button remove-button"
      type="button"
      @click=${() => {
        editor.removeRow(list, index);
      }}
    >
      ${
        rule
          ? msg(str`Remove weekly hours ${n}`, {
              id: 'clinician-schedule.availability.removeRule',
            })
          : msg(str`Remove date change ${n}`, {
              id: 'clinician-schedule.availability.removeException',
            })
      }
    </button>
  </fieldset>`;
}

/** Keys of the errors shown beside a field; any other error is listed in the summary. */
const FIELD_KEYS =
  /^(slotMinutes|bufferMinutes|minNoticeMinutes|horizonDays|rules|exceptions|(rules|exceptions)\.\d+\.\w+)$/;

/** Errors for the form as a whole and for fields it has no input for. */
function renderSummary(editor: AvailabilityEditor) {
  if (editor.failure !== undefined) return renderError(editor.failure);
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
            ${others.map(([key, message]) => html`<li>${key}: ${message()}</li>`)}
          </ul>`
    }
  </div>`;
}

/** Weekly rules or date changes: a heading, the list's error, its rows and an add button. */
function listSection(
  editor: AvailabilityEditor,
  list: RowList,
  heading: string,
  addLabel: string,
  empty?: string,
) {
  const rows: readonly (RuleDraft | ExceptionDraft)[] = editor.draft?.[list] ?? [];
  return html`<section part=${list} aria-labelledby="${list}-heading">
    <h4 id="${list}-heading">${heading}</h4>
    ${fieldError(editor, [list]).text}
    ${rows.length === 0 && empty ? html`<p part="status">${empty}</p>` : nothing}
    ${repeat(
      rows,
      (row) => row.key,
      (row, i) => renderRow(editor, list, row, i),
    )}
    <button
      id="add-${list}"
      part="button add-button"
      type="button"
      @click=${() => {
        editor.addRow(list);
      }}
    >
      ${addLabel}
    </button>
  </section>`;
}

/** The weekly rules, date changes and booking settings, as one accessible form. */
export function renderAvailabilityForm(
  editor: AvailabilityEditor,
  save: () => void,
): TemplateResult {
  return html`<form
    part="availability-form"
    novalidate
    aria-busy=${editor.saving ? 'true' : 'false'}
    @submit=${(event: Event) => {
      event.preventDefault();
      save();
    }}
  >
    ${renderSummary(editor)}
    <fieldset part="settings">
      <legend>
        ${msg('Booking settings', { id: 'clinician-schedule.availability.settings' })}
      </legend>
      ${field(
        editor,
        ['slotMinutes'],
        msg('Visit length (minutes)', { id: 'clinician-schedule.availability.slotMinutes' }),
        'number',
      )}
      ${field(
        editor,
        ['bufferMinutes'],
        msg('Break after each visit (minutes)', {
          id: 'clinician-schedule.availability.bufferMinutes',
        }),
        'number',
      )}
      ${field(
        editor,
        ['minNoticeMinutes'],
        msg('Minimum notice (minutes)', { id: 'clinician-schedule.availability.notice' }),
        'number',
      )}
      ${field(
        editor,
        ['horizonDays'],
        msg('Bookable up to (days ahead)', { id: 'clinician-schedule.availability.horizon' }),
        'number',
      )}
    </fieldset>
    ${listSection(
      editor,
      'rules',
      msg('Weekly hours', { id: 'clinician-schedule.availability.rules' }),
      msg('Add weekly hours', { id: 'clinician-schedule.availability.addRule' }),
      msg('No weekly hours yet.', { id: 'clinician-schedule.availability.noRules' }),
    )}
    ${listSection(
      editor,
      'exceptions',
      msg('Date changes', { id: 'clinician-schedule.availability.exceptions' }),
      msg('Add a date change', { id: 'clinician-schedule.availability.addException' }),
    )}
    <div class="form-actions">
      <button part="button save-button" class="primary" type="submit" ?disabled=${editor.saving}>
        ${
          editor.saving
            ? msg('Saving…', { id: 'clinician-schedule.availability.saving' })
            : msg('Save availability', { id: 'clinician-schedule.availability.save' })
        }
      </button>
      <button
        part="button discard-button"
        type="button"
        @click=${() => {
          editor.discard();
        }}
      >
        ${msg('Discard changes', { id: 'clinician-schedule.availability.discard' })}
      </button>
    </div>
  </form>`;
}
