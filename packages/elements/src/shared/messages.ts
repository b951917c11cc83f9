import { str } from '@lit/localize';
import { msg } from './localization.js';
import type { AttendanceStatus, Modality } from '@wellvisit/sdk';
import {
  isForbiddenError,
  isNetworkError,
  isNotFoundError,
  isRateLimitedError,
  isTimeoutError,
  isUnauthorizedError,
  isValidationError,
} from '@wellvisit/sdk';

/** Localized labels shared by several elements. Functions, so they follow locale changes. */
export function attendanceStatusLabel(status: AttendanceStatus): string {
  switch (status) {
    case 'completed':
      return msg('Completed', { id: 'status.completed' });
    case 'due':
      return msg('Due', { id: 'status.due' });
    case 'overdue':
      return msg('Overdue', { id: 'status.overdue' });
    case 'excused':
      return msg('Excused', { id: 'status.excused' });
    case 'not-required':
      return msg('Not required', { id: 'status.not-required' });
  }
}

export function modalityLabel(modality: Modality): string {
  switch (modality) {
    case 'department':
      return msg('At the department', { id: 'modality.department' });
    case 'practice':
      return msg('At the practice', { id: 'modality.practice' });
    case 'virtual':
      return msg('Virtual', { id: 'modality.virtual' });
  }
}

/** A sentence a person understands for any failure; never the raw error text of a server. */
export function errorMessage(error: unknown): string {
  if (isNetworkError(error) || isTimeoutError(error)) {
    return msg('Could not connect. Check your connection and try again.', {
      id: 'shared.error.network',
    });
  }
  if (isUnauthorizedError(error)) {
    return msg('Your session has expired. Refresh the page to continue.', {
      id: 'shared.error.unauthorized',
    });
  }
  if (isForbiddenError(error)) {
    return msg('You do not have permission to see this.', { id: 'shared.error.forbidden' });
  }
  if (isNotFoundError(error)) return msg('Not found.', { id: 'shared.error.notFound' });
  if (isRateLimitedError(error)) {
    return msg('Too many requests. Wait a moment and try again.', {
      id: 'shared.error.rateLimited',
    });
  }
  if (isValidationError(error)) {
    const field = error.issues[0]?.path.join('.') ?? '';
    return msg(str`Please check this value: ${field}`, { id: 'shared.error.validation' });
  }
  return msg('Something went wrong. Please try again.', { id: 'shared.error.generic' });
}

export function noBackendMessage(): string {
  return msg(
    'This component is not connected. Place it inside <wv-provider> or set its backend property.',
    { id: 'shared.error.noBackend' },
  );
}
