// The problem responses (RFC 9457) each operation of the OpenAPI document lists, with examples:
// which failures a route can answer follows from who may call it and what it takes.
import { routeAuth } from '@wellvisit/sdk/server';
import type { DocumentedRoute } from './documented.js';

type JsonSchema = Record<string, unknown>;

const example = (status: number, code: string, title: string, detail: string) => ({
  type: `urn:wellvisit:problem:${code}`,
  title,
  status,
  detail,
  code,
});

/** One reusable response per problem status, each with an example document. */
export const PROBLEM_RESPONSES = {
  Invalid: {
    status: 422,
    description: 'The request does not fit the schema; `issues` names each field',
    example: {
      ...example(
        422,
        'invalid-input',
        'Invalid input',
        'Invalid request body at start: Use an ISO 8601 UTC time',
      ),
      issues: [{ path: ['start'], message: 'Use an ISO 8601 UTC time', code: 'invalid_format' }],
    },
  },
  Unauthorized: {
    status: 401,
    description: 'No credentials, or an expired, tampered or unknown token',
    example: example(401, 'token-expired', 'Unauthorized', 'The token has expired'),
  },
  Forbidden: {
    status: 403,
    description: 'A token of another role, or used from an origin its tenant does not allow',
    example: example(403, 'wrong-role', 'Forbidden', 'This is for the officer role'),
  },
  NotFound: {
    status: 404,
    description: 'No such record, or one of another tenant (the same answer)',
    example: example(404, 'not-found', 'Not found', 'No such visit'),
  },
  Conflict: {
    status: 409,
    description: 'The request clashes with the current state; `code` says how',
    example: example(409, 'slot-taken', 'Conflict', 'That slot has just been taken'),
  },
  RateLimited: {
    status: 429,
    description:
      'Too many requests; `retryAfter` (and the Retry-After header) says how long to wait',
    example: { ...example(429, 'rate-limited', 'Too many requests', 'Slow down'), retryAfter: 2 },
  },
} as const;
type ProblemName = keyof typeof PROBLEM_RESPONSES;

/** Routes that name another record in their query or body, so that record may be missing. */
const REFERRING = new Set([
  'officer.listSlots',
  'officer.book',
  'officer.reschedule',
  'admin.createOfficer',
  'admin.createPractice',
  'admin.createClinician',
  'admin.issueToken',
]);
/** Writes that can meet a conflicting state (a taken slot, a stale version, a taken id). */
const CONFLICTING = new Set([
  'officer.book',
  'officer.reschedule',
  'officer.cancel',
  'clinician.markAttendance',
  'admin.createDepartment',
  'admin.createOfficer',
  'admin.createPractice',
  'admin.createClinician',
]);
/** Rate limited per officer or per client address (see `DEFAULT_RATE_LIMITS`). */
const LIMITED = new Set([
  'officer.book',
  'officer.reschedule',
  'officer.cancel',
  'admin.issueToken',
]);

/** The problems a route can answer with. */
function problemsOf(name: string, route: DocumentedRoute): ProblemName[] {
  const problems: ProblemName[] = ['Unauthorized', 'Forbidden'];
  if (route.params || REFERRING.has(name) || routeAuth(name) !== 'admin') problems.push('NotFound');
  if (CONFLICTING.has(name)) problems.push('Conflict');
  if (route.params || route.query || route.body) problems.push('Invalid');
  if (LIMITED.has(name)) problems.push('RateLimited');
  return problems;
}

/** The `responses` entries for a route's problems, by status. */
export function problemResponses(name: string, route: DocumentedRoute): JsonSchema {
  return Object.fromEntries(
    problemsOf(name, route).map((problem) => [
      String(PROBLEM_RESPONSES[problem].status),
      { $ref: `#/components/responses/${problem}` },
    ]),
  );
}

/** The reusable responses, for `components.responses`. */
export function problemComponents(): JsonSchema {
  return Object.fromEntries(
    Object.entries(PROBLEM_RESPONSES).map(([name, { description, example }]) => [
      name,
      {
        description,
        content: {
          'application/problem+json': {
            schema: { $ref: '#/components/schemas/Problem' },
            example,
          },
        },
      },
    ]),
  );
}
