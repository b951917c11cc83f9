import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Clinician } from '@wellvisit/sdk';
import { renderError, renderLoading } from '../shared/task-states.js';
import { languageName, primaryLanguage } from './languages.js';
import { backButton, stepHeading, type Loadable } from './step-parts.js';

export interface ClinicianFilters {
  /** A primary language subtag, or '' for any. */
  language: string;
  trainedOnly: boolean;
}

/** The clinicians that pass the officer's filters. */
export function filterClinicians(
  clinicians: readonly Clinician[],
  filters: ClinicianFilters,
): Clinician[] {
  return clinicians.filter(
    (clinician) =>
      (!filters.trainedOnly || clinician.lawEnforcementTrained) &&
      (filters.language === '' ||
        clinician.languages.some((tag) => primaryLanguage(tag) === filters.language)),
  );
}

/** Every language the clinicians speak, as primary subtags, in a stable order. */
function languagesOf(clinicians: readonly Clinician[]): string[] {
  return [...new Set(clinicians.flatMap((c) => c.languages.map(primaryLanguage)))].sort();
}

export interface ClinicianStepView {
  /** The directory for the chosen place. */
  clinicians: Loadable<Clinician[]>;
  filters: ClinicianFilters;
  clinicianId: string | undefined;
  onFilter: (filters: Partial<ClinicianFilters>) => void;
  onChoose: (clinicianId: string) => void;
  onBack: () => void;
}

function renderFilters(view: ClinicianStepView, clinicians: readonly Clinician[]): TemplateResult {
  return html`<div part="filters">
    <label part="filter">
      <span>${msg('Language', { id: 'booking.clinician.language' })}</span>
      <select
        part="select"
        .value=${view.filters.language}
        @change=${(event: Event) => {
          view.onFilter({ language: (event.target as HTMLSelectElement).value });
        }}
      >
        <option value="">${msg('Any language', { id: 'booking.clinician.anyLanguage' })}</option>
        ${languagesOf(clinicians).map(
          (tag) =>
            html`<option value=${tag} ?selected=${tag === view.filters.language}>
              ${languageName(tag)}
            </option>`,
        )}
      </select>
    </label>
    <label part="filter">
      <input
        part="checkbox"
        type="checkbox"
        .checked=${view.filters.trainedOnly}
        @change=${(event: Event) => {
          view.onFilter({ trainedOnly: (event.target as HTMLInputElement).checked });
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

function renderClinician(view: ClinicianStepView, clinician: Clinician): TemplateResult {
  const languages = clinician.languages.map(languageName).join(', ');
  return html`<li>
    <button
      part="option clinician"
      type="button"
      aria-pressed=${clinician.id === view.clinicianId ? 'true' : 'false'}
      @click=${() => {
        view.onChoose(clinician.id);
      }}
    >
      <span part="option-label clinician-name">${clinician.displayName}</span>
      ${
        clinician.credentials.length > 0
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
export function renderClinicianStep(view: ClinicianStepView): TemplateResult {
  const complete = (clinicians: Clinician[]): TemplateResult => {
    const shown = filterClinicians(clinicians, view.filters);
    return html`${renderFilters(view, clinicians)}
    ${
      shown.length === 0
        ? html`<p part="status empty" role="status">
            ${msg('No clinician matches. Try other filters or another place.', {
              id: 'booking.clinician.empty',
            })}
          </p>`
        : html`<ul part="options clinicians">
            ${shown.map((clinician) => renderClinician(view, clinician))}
          </ul>`
    }`;
  };
  return html`${stepHeading(msg('Choose a clinician', { id: 'booking.clinician.heading' }))}
    ${view.clinicians.render({
      pending: renderLoading,
      complete,
      error: (error) =>
        renderError(error, () => {
          void view.clinicians.run();
        }),
    })}
    <div part="actions">${backButton(view.onBack)}</div>`;
}
