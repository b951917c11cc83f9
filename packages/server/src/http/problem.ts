import type { Context } from 'hono';
import { PROBLEM_CONTENT_TYPE, type Problem } from '@wellvisit/sdk';
import { errorToProblem } from '@wellvisit/sdk/server';

/**
 * A refusal decided by the HTTP layer itself, with a status the SDK's error classes do not
 * carry: 400 malformed JSON, 404 unknown route, 413 too large, 415 not JSON.
 */
export class RequestProblem extends Error {
  readonly problem: Problem;

  constructor(status: number, code: string, title: string, detail: string, issue = false) {
    super(detail);
    this.problem = {
      type: `urn:wellvisit:problem:${code}`,
      title,
      status,
      detail,
      code,
      // With an issue the SDK turns a 400 into a ValidationError naming what was wrong.
      ...(issue ? { issues: [{ path: [], message: detail, code }] } : {}),
    };
  }
}

/** Sends an RFC 9457 problem document; a 429 also says when to come back. */
export function problemResponse(c: Context, problem: Problem): Response {
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  if (problem.retryAfter !== undefined) {
    headers['retry-after'] = String(Math.ceil(problem.retryAfter));
  }
  if (problem.status === 401) headers['www-authenticate'] = 'Bearer';
  return c.body(JSON.stringify(problem), problem.status as 400, headers);
}

/** Any error as a problem, through the SDK's mapping (unknown errors are a bare 500). */
export function errorResponse(c: Context, error: unknown): Response {
  if (error instanceof RequestProblem) return problemResponse(c, error.problem);
  const problem = errorToProblem(error);
  if (problem.status >= 500) console.error('wellvisit: request failed:', error);
  return problemResponse(c, problem);
}
