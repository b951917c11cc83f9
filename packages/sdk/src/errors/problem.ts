import * as z from 'zod/mini';
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
  type ValidationIssue,
} from './errors.js';
import { isWellvisitError } from './guards.js';
import { parseOrThrow } from './validate.js';

const ProblemIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
  code: z.string(),
});

/**
 * An RFC 9457 problem document (`application/problem+json`), with our extensions: `code` (a
 * stable machine-readable reason), `issues` (for invalid input) and `retryAfter` (seconds).
 */
export const Problem = z.looseObject({
  type: z.optional(z.string()),
  title: z.optional(z.string()),
  status: z.int().check(z.gte(100), z.lte(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  code: z.optional(z.string()),
  issues: z.optional(z.array(ProblemIssue)),
  retryAfter: z.optional(z.number().check(z.gte(0))),
});
export type Problem = z.infer<typeof Problem>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

// Network and timeout failures happen between client and server; when a server relays one
// (an upstream it depends on failed) they travel as the gateway statuses.
const STATUS_BY_NAME: Record<string, number> = {
  ConflictError: 409,
  NotFoundError: 404,
  ForbiddenError: 403,
  UnauthorizedError: 401,
  ValidationError: 422,
  RateLimitedError: 429,
  NetworkError: 502,
  TimeoutError: 504,
};

const TITLE_BY_STATUS: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  409: 'Conflict',
  422: 'Invalid input',
  429: 'Too many requests',
  500: 'Internal error',
  502: 'Bad gateway',
  504: 'Gateway timeout',
};

/**
 * The problem document a server sends for `error`. Errors outside the Wellvisit hierarchy are
 * bugs: they become a bare 500 so that no internal message or stack leaks to a client.
 */
export function errorToProblem(error: unknown): Problem {
  if (!isWellvisitError(error)) {
    return {
      type: 'urn:wellvisit:problem:internal',
      title: 'Internal error',
      status: 500,
      code: 'internal',
    };
  }
  const status = STATUS_BY_NAME[error.name] ?? 500;
  const problem: Problem = {
    type: `urn:wellvisit:problem:${error.code}`,
    title: TITLE_BY_STATUS[status] ?? 'Error',
    status,
    detail: error.message,
    code: error.code,
  };
  const { issues, retryAfterSeconds } = error as {
    issues?: readonly ValidationIssue[];
    retryAfterSeconds?: number;
  };
  if (issues !== undefined) {
    problem.issues = issues.map((issue) => ({
      path: [...issue.path],
      message: issue.message,
      code: issue.code,
    }));
  }
  if (typeof retryAfterSeconds === 'number') problem.retryAfter = retryAfterSeconds;
  return problem;
}

/** The typed error a problem document stands for; the code and the issues are kept. */
export function problemToError(document: Problem): WellvisitError {
  const problem = parseOrThrow(Problem, document, 'problem document');
  const message = problem.detail ?? problem.title ?? `The backend answered ${problem.status}`;
  const code = problem.code;
  const options = code === undefined ? {} : { code };
  switch (problem.status) {
    case 400:
    case 422: {
      const issues: ValidationIssue[] = problem.issues ?? [];
      return new ValidationError(message, issues, options);
    }
    case 401:
      return new UnauthorizedError(message, options);
    case 403:
      return new ForbiddenError(message, options);
    case 404:
      return new NotFoundError(message, options);
    case 409:
      return new ConflictError(message, options);
    case 429:
      return new RateLimitedError(message, problem.retryAfter, options);
    case 408:
    case 504:
      return new TimeoutError(message, { code: code ?? 'timeout' });
    case 502:
      return new NetworkError(message, { code: code ?? 'network' });
    default:
      return new WellvisitError(message, { code: code ?? `http-${problem.status}` });
  }
}
