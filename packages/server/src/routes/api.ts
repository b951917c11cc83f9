import type { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { invokeRoute } from '@wellvisit/sdk/server';
import { readJsonBody } from '../http/body.js';
import { resolveCaller, type CredentialDeps } from '../http/credentials.js';
import type { RateLimiter } from '../http/rate-limit.js';
import { SERVER_ROUTES } from './documented.js';

export interface ApiDeps extends CredentialDeps {
  /** Per officer: booking, rescheduling and cancelling. */
  bookingLimiter?: RateLimiter;
  /** Per client address: minting embed tokens. */
  tokenLimiter?: RateLimiter;
  /** Checks every response against its schema (tests and development; clients check too). */
  checkResponses: boolean;
}

const BOOKING_ROUTES: ReadonlySet<string> = new Set([
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
 * Mounts every route in one loop: the caller's credential checked for the role the route's name
 * implies, rate limits, then the SDK's `invokeRoute` (decode with the route's schemas, call the
 * method, check the response). The OpenAPI document describes the same table.
 */
export function mountApi(app: Hono, deps: ApiDeps): void {
  for (const [name, route] of Object.entries(SERVER_ROUTES)) {
    app.on(route.method, route.path, async (c) => {
      const caller = await resolveCaller(c, name, deps);
      if (name === 'admin.issueToken') await deps.tokenLimiter?.take(`tokens:${clientAddress(c)}`);
      if (BOOKING_ROUTES.has(name) && caller.session?.role === 'officer') {
        await deps.bookingLimiter?.take(`booking:${caller.session.officerId}`);
      }
      const body = route.body ? await readJsonBody(c) : undefined;
      const result = await invokeRoute(
        name,
        route,
        caller.target,
        {
          params: c.req.param(),
          query: c.req.query(),
          body,
          idempotencyKey: c.req.header('idempotency-key'),
        },
        { checkResponse: deps.checkResponses },
      );
      return c.json(result as object, route.created ? 201 : 200);
    });
  }
}
