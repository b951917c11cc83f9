import { msg } from '../shared/localization.js';
import type { Task } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { renderError, renderLoading } from '../shared/task-states.js';
import type { BookingFlow } from './booking-flow.js';

/** The step's heading; it takes the focus when the step changes, hence `tabindex="-1"`. */
export function stepHeading(text: string): TemplateResult {
  return html`<h2 part="heading" tabindex="-1">${text}</h2>`;
}

export interface ButtonOptions {
  /** `primary` or `danger`, for the look. */
  kind?: 'primary' | 'danger';
  /** The action is under way: the button says so and stays focusable (`aria-disabled`). */
  busy?: boolean;
  disabled?: boolean;
}

/** A button of the flow; `part` names it after the shared `button` part. */
export function stepButton(
  part: string,
  label: string,
  onClick: () => void,
  { kind, busy, disabled }: ButtonOptions = {},
): TemplateResult {
  return html`<button
    class=${kind ?? nothing}
    part="button ${part}"
    type="button"
    aria-disabled=${busy ?? nothing}
    ?disabled=${disabled}
    @click=${onClick}
  >
    ${label}
  </button>`;
}

/** Goes one step back, keeping every choice. */
export function backButton(flow: BookingFlow): TemplateResult {
  return stepButton('back-button', msg('Back', { id: 'booking.back' }), () => {
    flow.back();
  });
}

/** A task's states: loading, loaded, or an error with a retry. */
export function renderTask<T>(
  task: Task<readonly unknown[], T>,
  complete: (value: T) => TemplateResult,
): unknown {
  return task.render({
    pending: renderLoading,
    complete,
    error: (error) =>
      renderError(error, () => {
        void task.run();
      }),
  });
}
