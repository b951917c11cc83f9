import * as z from 'zod/mini';
import type { CallOptions, WellvisitBackend } from '../contract/index.js';
import { ForbiddenError, ValidationError, WellvisitError } from '../errors/index.js';
import type { Role } from '../model/index.js';
import { argsOf, decodeRequest, methodOf, type RouteInput } from './call.js';
import type { ApiRoute } from './routes.js';

/** What a server resolved the caller's credential to: a role's backend, or the admin API. */
export interface RouteTarget {
  backend?: WellvisitBackend;
  /** The admin API: the contract's, plus any admin routes a server adds. */
  admin?: object;
}

/** A request as a server received it (or a call's arguments in process), before validation. */
export interface RawRequest extends RouteInput {
  /** The `Idempotency-Key` header, if any. */
  idempotencyKey?: string | undefined;
}

const ROLE_OF_GROUP: Record<string, Role> = {
  officer: 'officer',
  clinician: 'clinician',
  department: 'department-admin',
};

/** Who may call a route, from its name: one role, `any` signed-in role, or `admin` (the API key). */
export function routeAuth(name: string): Role | 'any' | 'admin' {
  const [group] = methodOf(name);
  if (group === undefined) return 'any';
  return group === 'admin' ? 'admin' : (ROLE_OF_GROUP[group] ?? 'admin');
}

/** Whether a server checks every response against its schema (off in production: clients do). */
export interface InvokeOptions extends CallOptions {
  checkResponse?: boolean;
}

/**
 * Runs one route against a backend: decodes the path parameters, query and body with the
 * route's schemas (a `ValidationError` naming the field), calls the method the route's name
 * names with the arguments its `args` map, and checks the result against the response schema.
 */
export async function invokeRoute(
  name: string,
  route: ApiRoute,
  target: RouteTarget,
  raw: RawRequest,
  options: InvokeOptions = {},
): Promise<unknown> {
  const input = decodeRequest(route, { ...raw, body: withKey(raw) });
  const [group, method] = methodOf(name);
  const api = apiOf(target, group);
  const call = api?.[method];
  if (typeof call !== 'function') throw new WellvisitError(`No handler for ${name}`);
  const { checkResponse = true, ...callOptions } = options;
  const result: unknown = await (call as (...args: unknown[]) => Promise<unknown>).apply(api, [
    ...argsOf(route, input),
    callOptions,
  ]);
  if (!checkResponse) return result;
  const checked = z.safeParse(route.response, result);
  if (!checked.success) {
    throw new WellvisitError(`The backend produced an invalid response for ${name}`, {
      code: 'invalid-response',
    });
  }
  return checked.data;
}

function apiOf(
  target: RouteTarget,
  group: string | undefined,
): Record<string, unknown> | undefined {
  if (group === 'admin') {
    if (!target.admin) throw new ForbiddenError('This needs the API key', { code: 'admin-only' });
    return target.admin as Record<string, unknown>;
  }
  if (!target.backend) {
    throw new ForbiddenError('This needs an embed token', { code: 'session-only' });
  }
  const backend = target.backend as unknown as Record<string, Record<string, unknown>>;
  return group === undefined ? backend : backend[group];
}

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
