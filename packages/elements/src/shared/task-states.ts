import { msg } from './localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import { errorMessage, noBackendMessage } from './messages.js';

/** Thrown inside a task when no backend is connected, so the error state can say so plainly. */
export class NoBackendError extends Error {
  override name = 'NoBackendError';
}

export function renderLoading(): TemplateResult {
  return html`<p part="status loading" role="status">
    ${msg('Loading…', { id: 'shared.loading' })}
  </p>`;
}

/** The error state: a sentence a person understands and, when it can help, a retry button. */
export function renderError(error: unknown, retry?: () => void): TemplateResult {
  const noBackend = error instanceof NoBackendError;
  return html`<div part="error" role="alert">
    <span>${noBackend ? noBackendMessage() : errorMessage(error)}</span>
    ${
      retry && !noBackend
        ? html`<button part="button retry-button" type="button" @click=${retry}>
            ${msg('Retry', { id: 'shared.retry' })}
          </button>`
        : nothing
    }
  </div>`;
}
