import * as z from 'zod/mini';
import type { AdminBackend, WellvisitBackend } from '../../contract/index.js';
import { IdempotencyKey } from '../../model/index.js';
import { methodOf, optionsOf, requestOf } from '../../routes/call.js';
import { API_ROUTES, type ApiRoute } from '../../routes/routes.js';
import type { Send } from './transport.js';

type Method = (...args: unknown[]) => Promise<unknown>;

/** Every contract method as the request its route declares: one loop, no hand-written calls. */
export function httpApi(send: Send): WellvisitBackend & AdminBackend {
  const api: Record<string, Method | Record<string, Method>> = {};
  for (const [name, route] of Object.entries(API_ROUTES) as [string, ApiRoute][]) {
    const [group, method] = methodOf(name);
    const call: Method = (...args) => {
      const request = requestOf(route, args);
      return send(
        route,
        { ...request, idempotencyKey: keyOf(request.body) },
        optionsOf(route, args),
      );
    };
    if (group === undefined) api[method] = call;
    else ((api[group] ??= {}) as Record<string, Method>)[method] = call;
  }
  return api as unknown as WellvisitBackend & AdminBackend;
}

/** The body's idempotency key when it is a valid one; the server names any invalid one. */
function keyOf(body: unknown): string | undefined {
  const key = (body as { idempotencyKey?: unknown } | undefined)?.idempotencyKey;
  const result = z.safeParse(IdempotencyKey, key);
  return result.success ? result.data : undefined;
}
