import * as z from 'zod/mini';
import type { AdminApi, CallOptions, WellvisitBackend } from '../../contract/index.js';
import {
  ForbiddenError,
  ValidationError,
  WellvisitError,
  parseOrThrow,
} from '../../errors/index.js';
import { invalidType } from '../../errors/invalid-type.js';
import { API_ROUTES, type ApiRoute, type ApiRoutes } from './api-routes.js';
import type { RouteName } from './routes.js';

/** What a server resolved the caller's credential to: a role's backend, or the admin API. */
export interface RouteTarget {
  backend?: WellvisitBackend;
  admin?: AdminApi;
}

/** A request as a server received it, before validation. */
export interface RawRequest {
  params?: Record<string, string>;
  query?: Record<string, string | undefined>;
  body?: unknown;
  /** The `Idempotency-Key` header, if any. */
  idempotencyKey?: string | undefined;
}

type Part<R, K extends 'params' | 'query' | 'body'> = R extends {
  [P in K]: infer S extends z.ZodMiniType;
}
  ? z.output<S>
  : undefined;
interface Input<R> {
  params: Part<R, 'params'>;
  query: Part<R, 'query'>;
  body: Part<R, 'body'>;
}

type AdminRouteName = {
  [K in RouteName]: ApiRoutes[K]['auth'] extends 'admin' ? K : never;
}[RouteName];
type SessionRouteName = Exclude<RouteName, AdminRouteName>;

type Handlers<Names extends RouteName, Api> = {
  [K in Names]: (api: Api, input: Input<ApiRoutes[K]>, options: CallOptions) => Promise<unknown>;
};

const SESSION_HANDLERS: Handlers<SessionRouteName, WellvisitBackend> = {
  session: (b, _, o) => b.session(o),
  'officer.me': (b, _, o) => b.officer.me(o),
  'officer.listClinicians': (b, i, o) => b.officer.listClinicians(i.query, o),
  'officer.listSlots': (b, i, o) => b.officer.listSlots(i.query, o),
  'officer.book': (b, i, o) => b.officer.book(i.body, o),
  'officer.listVisits': (b, i, o) => b.officer.listVisits(i.query, o),
  'officer.getVisit': (b, i, o) => b.officer.getVisit(i.params.id, o),
  'officer.reschedule': (b, i, o) => b.officer.reschedule(i.params.id, i.body, o),
  'officer.cancel': (b, i, o) => b.officer.cancel(i.params.id, i.body, o),
  'officer.attendance': (b, i, o) => b.officer.attendance(i.query.periodId, o),
  'officer.attendanceAccessLog': (b, _, o) => b.officer.attendanceAccessLog(o),
  'officer.reminders': (b, _, o) => b.officer.reminders(o),
  'officer.reminderPreferences': (b, _, o) => b.officer.reminderPreferences(o),
  'officer.setReminderPreferences': (b, i, o) => b.officer.setReminderPreferences(i.body, o),
  'clinician.me': (b, _, o) => b.clinician.me(o),
  'clinician.listVisits': (b, i, o) => b.clinician.listVisits(i.query, o),
  'clinician.markAttendance': (b, i, o) => b.clinician.markAttendance(i.params.id, i.body, o),
  'clinician.availability': (b, _, o) => b.clinician.availability(o),
  'clinician.setAvailability': (b, i, o) => b.clinician.setAvailability(i.body, o),
  'department.department': (b, _, o) => b.department.department(o),
  'department.updatePolicy': (b, i, o) => b.department.updatePolicy(i.body, o),
  'department.periods': (b, _, o) => b.department.periods(o),
  'department.roster': (b, i, o) => b.department.roster(i.query, o),
  'department.attendance': (b, i, o) =>
    b.department.attendance(i.params.officerId, i.query.periodId, o),
  'department.excuse': (b, i, o) => b.department.excuse(i.params.officerId, i.params.periodId, o),
  'department.unexcuse': (b, i, o) =>
    b.department.unexcuse(i.params.officerId, i.params.periodId, o),
};

const ADMIN_HANDLERS: Handlers<AdminRouteName, AdminApi> = {
  'admin.createDepartment': (a, i, o) => a.createDepartment(i.body, o),
  'admin.createOfficer': (a, i, o) => a.createOfficer(i.body, o),
  'admin.createPractice': (a, i, o) => a.createPractice(i.body, o),
  'admin.createClinician': (a, i, o) => a.createClinician(i.body, o),
  'admin.issueToken': (a, i, o) => a.issueToken(i.body, o),
};

/**
 * Runs one route against a backend, for a server that mounts `API_ROUTES`: validates the path
 * parameters, query and body with the route's schemas (a `ValidationError` naming the field),
 * calls the contract method, and checks the result against the response schema, so nothing the
 * schema does not name can leave the server.
 */
export async function invokeRoute(
  name: RouteName,
  target: RouteTarget,
  raw: RawRequest,
  options: CallOptions = {},
): Promise<unknown> {
  if (typeof name !== 'string' || !Object.hasOwn(API_ROUTES, name)) {
    throw invalidType(['name'], 'the name of one of API_ROUTES');
  }
  if (!isObject(target)) throw invalidType(['target'], 'an object');
  if (!isObject(raw)) throw invalidType(['raw'], 'an object');
  const route: ApiRoute = API_ROUTES[name];
  const input = {
    params: route.params
      ? parseOrThrow(route.params, raw.params ?? {}, 'path parameters')
      : undefined,
    query: route.query ? parseOrThrow(route.query, raw.query ?? {}, 'query') : undefined,
    body: route.body ? parseOrThrow(route.body, withKey(raw), 'request body') : undefined,
  };
  let result: unknown;
  if (name in ADMIN_HANDLERS) {
    if (!target.admin) throw new ForbiddenError('This needs the API key', { code: 'admin-only' });
    const handler = ADMIN_HANDLERS[name as AdminRouteName] as (
      api: AdminApi,
      input: unknown,
      options: CallOptions,
    ) => Promise<unknown>;
    result = await handler(target.admin, input, options);
  } else {
    if (!target.backend) {
      throw new ForbiddenError('This needs an embed token', { code: 'session-only' });
    }
    const handler = SESSION_HANDLERS[name as SessionRouteName] as (
      api: WellvisitBackend,
      input: unknown,
      options: CallOptions,
    ) => Promise<unknown>;
    result = await handler(target.backend, input, options);
  }
  const checked = z.safeParse(route.response, result);
  if (!checked.success) {
    throw new WellvisitError(`The backend produced an invalid response for ${name}`, {
      code: 'invalid-response',
    });
  }
  return checked.data;
}

const isObject = (value: unknown): value is object =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The body, with the `Idempotency-Key` header folded in; the two must agree when both are sent. */
function withKey(raw: RawRequest): unknown {
  const { body, idempotencyKey } = raw;
  if (idempotencyKey === undefined || typeof body !== 'object' || body === null) return body;
  const inBody = (body as { idempotencyKey?: unknown }).idempotencyKey;
  if (inBody === undefined) return { ...body, idempotencyKey };
  if (inBody !== idempotencyKey) {
    throw new ValidationError('The Idempotency-Key header and the body disagree', [
      {
        path: ['idempotencyKey'],
        message: 'Differs from the Idempotency-Key header',
        code: 'custom',
      },
    ]);
  }
  return body;
}
