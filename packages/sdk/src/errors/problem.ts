import * as z from 'zod/mini';
import {
  ERROR_CLASSES,
  RateLimitedError,
  TimeoutError,
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
  const status = typeof error.status === 'number' ? error.status : 500;
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

type ErrorClass = (typeof ERROR_CLASSES)[number];

/** The class each status travels back into: every class's own, plus the statuses akin to one. */
const CLASS_BY_STATUS = /* @__PURE__ */ new Map<number, ErrorClass>([
  ...ERROR_CLASSES.map((errorClass) => [errorClass.prototype.status, errorClass] as const),
  [400, ValidationError],
  [408, TimeoutError],
]);

/** The typed error a problem document stands for; the code, the issues and the wait are kept. */
export function problemToError(document: Problem): WellvisitError {
  const problem = parseOrThrow(Problem, document, 'problem document');
  const message = problem.detail ?? problem.title ?? `The backend answered ${problem.status}`;
  const errorClass = CLASS_BY_STATUS.get(problem.status);
  const code = problem.code ?? (errorClass ? undefined : `http-${problem.status}`);
  const options = code === undefined ? {} : { code };
  if (errorClass === ValidationError) {
    return new ValidationError(message, problem.issues ?? [], options);
  }
  if (errorClass === RateLimitedError) {
    return new RateLimitedError(message, problem.retryAfter, options);
  }
  return new ((errorClass ?? WellvisitError) as typeof WellvisitError)(message, options);
}
