// How a contract call and an HTTP request map onto each other, by a route's `args`: the HTTP
// backend builds requests from calls, a server and the memory backend turn requests back into
// calls. One mapping, so the three cannot drift apart.
import type { CallOptions } from '../contract/index.js';
import { parseOrThrow } from '../errors/index.js';
import { API_ROUTES, type ApiRoute } from './routes.js';

/** A request's parts: path parameters, query and body, before or after decoding. */
export interface RouteInput {
  params?: Record<string, unknown> | undefined;
  query?: Record<string, unknown> | undefined;
  body?: unknown;
}

/** The request that carries a call's arguments (the call options excluded). */
export function requestOf(route: ApiRoute, args: readonly unknown[]): RouteInput {
  const params: Record<string, unknown> = {};
  let query: Record<string, unknown> = {};
  let body: unknown;
  (route.args ?? []).forEach((arg, index) => {
    const value = args[index];
    if (arg === 'body') body = value;
    else if (arg === 'query') query = (value ?? {}) as Record<string, unknown>;
    else if (arg.startsWith('?')) query[arg.slice(1)] = value;
    else params[arg.slice(1)] = value;
  });
  return { params, query, body };
}

/** The call's arguments, from a decoded request. */
export function argsOf(route: ApiRoute, input: RouteInput): unknown[] {
  return (route.args ?? []).map((arg) => {
    if (arg === 'body') return input.body;
    if (arg === 'query') return input.query;
    return (arg.startsWith('?') ? input.query : input.params)?.[arg.slice(1)];
  });
}

/** Each part checked by the route's schema; a `ValidationError` names the part and the field. */
export function decodeRequest(route: ApiRoute, raw: RouteInput): RouteInput {
  return {
    params: route.params && parseOrThrow(route.params, raw.params ?? {}, 'path parameters'),
    query:
      route.query &&
      (parseOrThrow(route.query, raw.query ?? {}, 'query') as Record<string, unknown>),
    body: route.body && parseOrThrow(route.body, raw.body, 'request body'),
  };
}

/** The call options that follow a method's arguments. */
export function optionsOf(route: ApiRoute, args: readonly unknown[]): CallOptions | undefined {
  return args[route.args?.length ?? 0] as CallOptions | undefined;
}

/** `officer.book` → `['officer', 'book']`; `session` stands alone. */
export function methodOf(name: string): [group: string | undefined, method: string] {
  const dot = name.indexOf('.');
  return dot < 0 ? [undefined, name] : [name.slice(0, dot), name.slice(dot + 1)];
}

type Method = (...args: unknown[]) => Promise<unknown>;

/**
 * The contract's methods, `officer.book` as `api.officer.book`, each made by `methodFor` from
 * its route; routes `methodFor` answers undefined for are left out.
 */
export function apiFromRoutes(
  methodFor: (name: string, route: ApiRoute) => Method | undefined,
): Record<string, unknown> {
  const api: Record<string, Method | Record<string, Method>> = {};
  for (const [name, route] of Object.entries(API_ROUTES) as [string, ApiRoute][]) {
    const call = methodFor(name, route);
    if (!call) continue;
    const [group, method] = methodOf(name);
    if (group === undefined) api[method] = call;
    else ((api[group] ??= {}) as Record<string, Method>)[method] = call;
  }
  return api;
}
