import type {
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
  WellvisitError,
} from './errors.js';

// The names the classes set; matched as strings so that errors from another realm count too.
const ERROR_NAMES = new Set([
  'WellvisitError',
  'ConflictError',
  'NotFoundError',
  'ForbiddenError',
  'UnauthorizedError',
  'ValidationError',
  'NetworkError',
  'TimeoutError',
  'RateLimitedError',
]);

function hasName(error: unknown, name: string): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;
}

/** True for any error of the Wellvisit hierarchy, from this realm or another. */
export function isWellvisitError(error: unknown): error is WellvisitError {
  return (
    typeof error === 'object' &&
    error !== null &&
    ERROR_NAMES.has(String((error as { name?: unknown }).name)) &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

export const isConflictError = (e: unknown): e is ConflictError => hasName(e, 'ConflictError');
export const isNotFoundError = (e: unknown): e is NotFoundError => hasName(e, 'NotFoundError');
export const isForbiddenError = (e: unknown): e is ForbiddenError => hasName(e, 'ForbiddenError');
export const isUnauthorizedError = (e: unknown): e is UnauthorizedError =>
  hasName(e, 'UnauthorizedError');
export const isValidationError = (e: unknown): e is ValidationError =>
  hasName(e, 'ValidationError');
export const isNetworkError = (e: unknown): e is NetworkError => hasName(e, 'NetworkError');
export const isTimeoutError = (e: unknown): e is TimeoutError => hasName(e, 'TimeoutError');
export const isRateLimitedError = (e: unknown): e is RateLimitedError =>
  hasName(e, 'RateLimitedError');
