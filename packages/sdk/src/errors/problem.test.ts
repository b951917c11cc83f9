import { describe, expect, it } from 'vitest';
import {
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
import {
  isConflictError,
  isNotFoundError,
  isRateLimitedError,
  isUnauthorizedError,
  isValidationError,
  isWellvisitError,
} from './guards.js';
import { Problem, errorToProblem, problemToError } from './problem.js';

describe('errorToProblem', () => {
  it('keeps the status, the code and the message of a typed error', () => {
    const problem = errorToProblem(
      new ConflictError('That time was just taken', { code: 'slot-taken' }),
    );
    expect(problem).toEqual({
      type: 'urn:wellvisit:problem:slot-taken',
      title: 'Conflict',
      status: 409,
      detail: 'That time was just taken',
      code: 'slot-taken',
    });
  });

  it('carries the issues of a validation error', () => {
    const issue = { path: ['policy', 'graceDays'], message: 'Too big', code: 'too_big' };
    const problem = errorToProblem(new ValidationError('Invalid policy', [issue]));
    expect(problem.status).toBe(422);
    expect(problem.code).toBe('invalid-input');
    expect(problem.issues).toEqual([issue]);
  });

  it('carries the retry delay of a rate limit', () => {
    expect(errorToProblem(new RateLimitedError('Slow down', 30))).toMatchObject({
      status: 429,
      retryAfter: 30,
      code: 'rate-limited',
    });
  });

  it('hides the message of an error outside the hierarchy', () => {
    const problem = errorToProblem(new Error('connection string postgres://secret'));
    expect(problem).toEqual({
      type: 'urn:wellvisit:problem:internal',
      title: 'Internal error',
      status: 500,
      code: 'internal',
    });
    expect(JSON.stringify(problem)).not.toContain('secret');
  });

  it('produces a document that the Problem schema accepts', () => {
    for (const error of [
      new NotFoundError('No such visit', { code: 'not-found' }),
      new ValidationError('Bad', [{ path: ['start'], message: 'Invalid', code: 'invalid_format' }]),
      new TimeoutError('Too slow'),
      new WellvisitError('Odd'),
    ]) {
      expect(Problem.safeParse(errorToProblem(error)).success).toBe(true);
    }
  });
});

describe('problemToError', () => {
  it.each([
    [401, UnauthorizedError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, ValidationError],
    [400, ValidationError],
    [429, RateLimitedError],
    [504, TimeoutError],
    [502, NetworkError],
    [500, WellvisitError],
  ] as const)('maps status %i to %s', (status, ErrorClass) => {
    const error = problemToError({ status, detail: 'what happened', code: 'some-code' });
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error.message).toBe('what happened');
    expect(error.code).toBe('some-code');
  });

  it('keeps the issues and the retry delay', () => {
    const issues = [{ path: ['modality'], message: 'Invalid option', code: 'invalid_value' }];
    const validation = problemToError({ status: 422, title: 'Invalid input', issues });
    expect(isValidationError(validation) && validation.issues).toEqual(issues);
    const limited = problemToError({ status: 429, title: 'Too many requests', retryAfter: 12 });
    expect(isRateLimitedError(limited) && limited.retryAfterSeconds).toBe(12);
  });

  it('falls back to the title, then the status, for the message', () => {
    expect(problemToError({ status: 404, title: 'Not found' }).message).toBe('Not found');
    expect(problemToError({ status: 418 }).message).toBe('The backend answered 418');
    expect(problemToError({ status: 418 }).code).toBe('http-418');
  });

  it('round-trips every error of the hierarchy through a problem', () => {
    const errors = [
      new ConflictError('Stale', { code: 'version-mismatch' }),
      new NotFoundError('Gone', { code: 'not-found' }),
      new ForbiddenError('Not yours', { code: 'wrong-role' }),
      new UnauthorizedError('Expired', { code: 'token-expired' }),
      new ValidationError('Bad', [{ path: ['start'], message: 'Invalid', code: 'invalid_format' }]),
      new RateLimitedError('Slow down', 5),
      new TimeoutError('Slow', { code: 'timeout' }),
      new NetworkError('Offline', { code: 'network' }),
    ];
    for (const error of errors) {
      const back = problemToError(errorToProblem(error));
      expect(back.name).toBe(error.name);
      expect(back.code).toBe(error.code);
      expect(back.message).toBe(error.message);
    }
  });
});

describe('errors across realms', () => {
  it('recognises a plain object with the right name and a code', () => {
    const foreign: unknown = { name: 'ConflictError', code: 'slot-taken', message: 'Taken' };
    expect(isWellvisitError(foreign)).toBe(true);
    expect(isConflictError(foreign)).toBe(true);
    expect(isNotFoundError(foreign)).toBe(false);
  });

  it('does not take an unrelated error for ours', () => {
    expect(isWellvisitError(new TypeError('fetch failed'))).toBe(false);
    expect(isWellvisitError({ name: 'ConflictError' })).toBe(false);
    expect(isWellvisitError(null)).toBe(false);
  });

  it('survives structuredClone (postMessage, workers) as a problem document', () => {
    const error = new ValidationError('Invalid booking at start', [
      { path: ['start'], message: 'Invalid', code: 'invalid_format' },
    ]);
    // Structured cloning keeps only a native Error's message, so errors travel as problems.
    const received = problemToError(Problem.parse(structuredClone(errorToProblem(error))));
    expect(isValidationError(received)).toBe(true);
    expect(received).toBeInstanceOf(ValidationError);
    expect(isValidationError(received) && received.issues[0]?.path).toEqual(['start']);
  });

  it('recognises the guards on errors from another copy of the classes', () => {
    class ForeignUnauthorized extends Error {
      override name = 'UnauthorizedError';
      code = 'token-expired';
    }
    expect(isUnauthorizedError(new ForeignUnauthorized('Expired'))).toBe(true);
    expect(isWellvisitError(new ForeignUnauthorized('Expired'))).toBe(true);
  });
});
