import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { Clinician } from '@wellvisit/sdk';
import type { BookingFlow } from './booking-flow.js';
import { languageName, primaryLanguage } from './languages.js';
import { backButton, renderTask, stepHeading } from './step-parts.js';

export interface ClinicianFilters {
  /** A primary language subtag, or '' for any. */
  language: string;
  trainedOnly: boolean;
}

/** The clinicians that pass the officer's filters. */
export function filterClinicians(
  clinicians: readonly Clinician[],
  { language, trainedOnly }: ClinicianFilters,
): Clinician[] {
  return clinicians.filter(
    (clinician) =>
      (!trainedOnly || clinician.lawEnforcementTrained) &&
      (!language || clinician.languages.some((tag) => primaryLanguage(tag) === language)),
  );
}

function renderFilters(flow: BookingFlow, clinicians: readonly Clinician[]): TemplateResult {
  const { language, trainedOnly } = flow.state;
  // Every language the clinicians speak, as primary subtags, in a stable order.
  const languages = [...new Set(clinicians.flatMap((c) => c.languages.map(primaryLanguage)))];
  return html`<div part="filters">
    <label part="filter">
      <span>${msg('Language', { id: 'booking.clinician.language' })}</span>
      <select
        part="select"
        .value=${language}
        @change=${(event: Event) => {
          flow.setFilters({ language: (event.target as HTMLSelectElement).value });
        }}
      >
        <option value="">${msg('Any language', { id: 'booking.clinician.anyLanguage' })}</option>
        ${languages
          .sort()
          .map(
            (tag) =>
              html`<option value=${tag} ?selected=${tag === language}>
                ${languageName(tag)}
              </option>`,
          )}
      </select>
    </label>
    <label part="filter">
      <input
        part="checkbox"
        type="checkbox"
        .checked=${trainedOnly}
        @change=${(event: Event) => {
          flow.setFilters({ trainedOnly: (event.target as HTMLInputElement).checked });
        }}
      />
      <span>
        ${msg('Only clinicians trained for law-enforcement work', {
          id: 'booking.clinician.trainedOnly',
        })}
      </span>
    </label>
  </div>`;
}

function renderClinician(flow: BookingFlow, clinician: Clinician): TemplateResult {
  const languages = clinician.languages.map(languageName).join(', ');
  return html`<li>
    <button
      part="option clinician"
      type="button"
      aria-pressed=${clinician.id === flow.state.clinicianId}
      @click=${() => {
        flow.chooseClinician(clinician.id);
      }}
    >
      <span part="option-label clinician-name">${clinician.displayName}</span>
      ${
        clinician.credentials.length
          ? html`<span part="credentials">${clinician.credentials.join(', ')}</span>`
          : nothing
      }
      <span part="option-hint languages">
        ${msg(str`Speaks ${languages}`, { id: 'booking.clinician.speaks' })}
      </span>
      ${
        clinician.lawEnforcementTrained
          ? html`<span part="tag">
              ${msg('Trained for law-enforcement work', { id: 'booking.clinician.trained' })}
            </span>`
          : nothing
      }
    </button>
  </li>`;
}

/** Step 2: who, from the clinicians offering the chosen place, with filters. */
export function renderClinicianStep(flow: BookingFlow): TemplateResult {
  return html`${stepHeading(msg('Choose a clinician', { id: 'booking.clinician.heading' }))}
    ${renderTask(flow.clinicians, (clinicians) => {
      const shown = filterClinicians(clinicians, flow.state);
      return html`${renderFilters(flow, clinicians)}
      ${
        shown.length
          ? html`<ul part="options clinicians">
              ${shown.map((clinician) => renderClinician(flow, clinician))}
            </ul>`
          : html`<p part="status empty" role="status">
              ${msg('No clinician matches. Try other filters or another place.', {
                id: 'booking.clinician.empty',
              })}
            </p>`
      }`;
    })}
    <div part="actions">${backButton(flow)}</div>`;
}
