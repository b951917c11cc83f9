import type { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { API_ROUTES, invokeRoute, type ApiRoute, type RouteName } from '@wellvisit/sdk';
import { readJsonBody } from '../http/body.js';
import { resolveCaller, type CredentialDeps } from '../http/credentials.js';
import type { RateLimiter } from '../http/rate-limit.js';

export interface ApiDeps extends CredentialDeps {
  /** Per officer: booking, rescheduling and cancelling. */
  bookingLimiter?: RateLimiter;
  /** Per client address: minting embed tokens. */
  tokenLimiter?: RateLimiter;
}

const BOOKING_ROUTES: ReadonlySet<RouteName> = new Set([
  'officer.book',
  'officer.reschedule',
  'officer.cancel',
]);

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // Not behind @hono/node-server (tests calling app.fetch directly).
    return 'local';
  }
}

/**
 * Mounts every route of the SDK's route table: the same table the HTTP backend calls and the
 * OpenAPI document describes. The SDK's `invokeRoute` validates the request with the route's
 * schemas, calls the contract method, and checks the response against the response schema.
 */
export function mountApi(app: Hono, deps: ApiDeps): void {
  for (const [name, route] of Object.entries(API_ROUTES) as [RouteName, ApiRoute][]) {
    app.on(route.method, route.path, async (c) => {
      const caller = await resolveCaller(c, route, deps);
      if (name === 'admin.issueToken') deps.tokenLimiter?.take(`tokens:${clientAddress(c)}`);
      if (BOOKING_ROUTES.has(name) && caller.session?.role === 'officer') {
        deps.bookingLimiter?.take(`booking:${caller.session.officerId}`);
      }
      const body = route.body ? await readJsonBody(c) : undefined;
      const result = await invokeRoute(name, caller.target, {
        params: c.req.param(),
        query: c.req.query(),
        body,
        idempotencyKey: c.req.header('idempotency-key'),
      });
      return c.json(result as object, route.status);
    });
  }
}
