import { msg } from '../shared/localization.js';
import { html, nothing, type TemplateResult } from 'lit';
import { isConflictError } from '@wellvisit/sdk';
import { renderError } from '../shared/task-states.js';

/** Why a booked visit can no longer be changed here: retrying would not help. */
function changeRefusal(error: unknown): string | undefined {
  const code = isConflictError(error) && error.code;
  if (code === 'notice-period') {
    return msg('It is too close to the visit to change it here. Please contact the practice.', {
      id: 'booking.error.noticePeriod',
    });
  }
  if (code === 'not-active') {
    return msg('This visit can no longer be changed.', { id: 'booking.error.notActive' });
  }
  return undefined;
}

/** A failed confirm or cancel, if any: a plain sentence, with a retry when one could help. */
export function renderActionError(
  error: unknown,
  retry: () => void,
): TemplateResult | typeof nothing {
  if (error === undefined) return nothing;
  const refusal = changeRefusal(error);
  return refusal === undefined
    ? renderError(error, retry)
    : html`<div part="error" role="alert"><span>${refusal}</span></div>`;
}
