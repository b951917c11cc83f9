/**
 * One error hierarchy for every backend. Each class sets `name` as a literal so the `isXError`
 * guards can match on it: an error thrown in an iframe, a worker or another copy of this package
 * is still recognised.
 */

export interface ValidationIssue {
  /** Where the problem is, e.g. `['policy', 'graceDays']`. */
  readonly path: readonly (string | number)[];
  readonly message: string;
  readonly code: string;
}

export interface WellvisitErrorOptions {
  cause?: unknown;
  /** A stable machine-readable reason, e.g. `slot-taken` or `version-mismatch`. */
  code?: string;
}

export class WellvisitError extends Error {
  override name: string = 'WellvisitError';
  readonly code: string;

  constructor(message: string, options: WellvisitErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = options.code ?? 'error';
  }

  // A getter, not a field: each class's status lives on its prototype, where `problemToError`
  // reads it too, and a class with static fields could not be dropped from bundles that never
  // throw it.
  /** The HTTP status this error travels as: in a problem document, and back into this class. */
  get status(): number {
    return 500;
  }
}

/** The request clashes with the current state: the slot was taken, the version is stale, … */
export class ConflictError extends WellvisitError {
  override name = 'ConflictError' as const;
  override get status(): number {
    return 409;
  }
}

export class NotFoundError extends WellvisitError {
  override name = 'NotFoundError' as const;
  override get status(): number {
    return 404;
  }
}

/** Signed in, but this role or tenant may not do that. */
export class ForbiddenError extends WellvisitError {
  override name = 'ForbiddenError' as const;
  override get status(): number {
    return 403;
  }
}

/** No valid credentials: missing, expired or tampered token. */
export class UnauthorizedError extends WellvisitError {
  override name = 'UnauthorizedError' as const;
  override get status(): number {
    return 401;
  }
}

/** The input does not fit the schema; `issues` names each field and what is wrong with it. */
export class ValidationError extends WellvisitError {
  override name = 'ValidationError' as const;
  override get status(): number {
    return 422;
  }
  readonly issues: readonly ValidationIssue[];

  constructor(
    message: string,
    issues: readonly ValidationIssue[],
    options: WellvisitErrorOptions = {},
  ) {
    super(message, { code: 'invalid-input', ...options });
    this.issues = issues;
  }
}

// Client-only errors: the HTTP backend raises these itself. A server that relays one (a service
// it depends on failed) sends the gateway status, which the HTTP backend turns back into it.

/** The backend could not be reached. */
export class NetworkError extends WellvisitError {
  override name = 'NetworkError' as const;
  override get status(): number {
    return 502;
  }
}

/** The backend did not answer in time. */
export class TimeoutError extends WellvisitError {
  override name = 'TimeoutError' as const;
  override get status(): number {
    return 504;
  }
}

export class RateLimitedError extends WellvisitError {
  override name = 'RateLimitedError' as const;
  override get status(): number {
    return 429;
  }
  /** Seconds to wait before trying again, when the backend said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, retryAfterSeconds?: number, options: WellvisitErrorOptions = {}) {
    super(message, { code: 'rate-limited', ...options });
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Every class of the hierarchy but the root: problem documents map back to them by status. */
export const ERROR_CLASSES = [
  ConflictError,
  NotFoundError,
  ForbiddenError,
  UnauthorizedError,
  ValidationError,
  NetworkError,
  TimeoutError,
  RateLimitedError,
] as const;
