import { msg } from '@lit/localize';
import type { StatusRenderer } from '@lit/task';
import { html, type TemplateResult } from 'lit';

/** The step's heading; it takes the focus when the step changes, hence `tabindex="-1"`. */
export function stepHeading(text: string): TemplateResult {
  return html`<h2 part="heading" tabindex="-1">${text}</h2>`;
}

export function backButton(onBack: () => void): TemplateResult {
  return html`<button part="button back-button" type="button" @click=${onBack}>
    ${msg('Back', { id: 'booking.back' })}
  </button>`;
}

/** What a step needs of a `Task`: render its states, and run it again for a retry. */
export interface Loadable<R> {
  render(renderer: StatusRenderer<R>): unknown;
  run(): Promise<void>;
}
