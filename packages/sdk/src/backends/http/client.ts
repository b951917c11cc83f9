import * as z from 'zod/mini';
import type { AdminBackend, WellvisitBackend } from '../../contract/index.js';
import { IdempotencyKey } from '../../model/index.js';
import { apiFromRoutes, optionsOf, requestOf } from '../../routes/call.js';
import type { Send } from './transport.js';

/** Every contract method as the request its route declares: one loop, no hand-written calls. */
export function httpApi(send: Send): WellvisitBackend & AdminBackend {
  const api = apiFromRoutes((_, route) => (...args) => {
    const request = requestOf(route, args);
    return send(route, { ...request, idempotencyKey: keyOf(request.body) }, optionsOf(route, args));
  });
  return api as unknown as WellvisitBackend & AdminBackend;
}

/** The body's idempotency key when it is a valid one; the server names any invalid one. */
function keyOf(body: unknown): string | undefined {
  const key = (body as { idempotencyKey?: unknown } | undefined)?.idempotencyKey;
  const result = z.safeParse(IdempotencyKey, key);
  return result.success ? result.data : undefined;
}
