import type { MiddlewareHandler } from 'hono';
import { ForbiddenError, type Session } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { anyTenantAllows, tenantAllows } from '../store/origins.js';
import { errorResponse } from './problem.js';

const ALLOWED_METHODS = 'GET, POST, PUT, DELETE';
const ALLOWED_HEADERS = 'authorization, content-type, idempotency-key';

/** The page origin of a cross-origin request, or undefined for same-origin and non-browser calls. */
export function foreignOrigin(requestUrl: string, origin: string | undefined): string | undefined {
  if (origin === undefined) return undefined;
  return origin === new URL(requestUrl).origin ? undefined : origin;
}

/**
 * CORS for embed-token routes. A browser on another origin gets through only when some tenant
 * lists that origin; the request's own token is checked against its tenant's list later
 * (`checkTokenOrigin`), since a preflight carries no token.
 */
export function cors(db: Queryable): MiddlewareHandler {
  return async (c, next) => {
    const origin = foreignOrigin(c.req.url, c.req.header('origin'));
    if (origin === undefined) return next();
    c.header('vary', 'Origin', { append: true });
    // Browsers never call admin routes: the API key stays on a host's server.
    if (c.req.path.startsWith('/v1/admin/')) {
      return errorResponse(
        c,
        new ForbiddenError('Admin routes are not for browsers', { code: 'origin-not-allowed' }),
      );
    }
    if (!(await anyTenantAllows(db, origin))) {
      return errorResponse(
        c,
        new ForbiddenError(`Requests from ${origin} are not allowed`, {
          code: 'origin-not-allowed',
        }),
      );
    }
    c.header('access-control-allow-origin', origin);
    c.header('access-control-expose-headers', 'retry-after');
    if (c.req.method === 'OPTIONS') {
      c.header('access-control-allow-methods', ALLOWED_METHODS);
      c.header('access-control-allow-headers', ALLOWED_HEADERS);
      c.header('access-control-max-age', '600');
      return c.body(null, 204);
    }
    return next();
  };
}

const tenantOf = (session: Session) =>
  session.role === 'clinician'
    ? { kind: 'practice' as const, id: session.practiceId }
    : { kind: 'department' as const, id: session.departmentId };

/**
 * A cross-origin request must come from an origin its token's tenant lists and, when the token
 * was pinned to an origin, from exactly that one.
 */
export async function checkTokenOrigin(
  db: Queryable,
  origin: string | undefined,
  session: Session,
  allowedOrigin: string | undefined,
): Promise<void> {
  if (origin === undefined) return;
  const tenant = tenantOf(session);
  const pinned = allowedOrigin === undefined || allowedOrigin === origin;
  if (!pinned || !(await tenantAllows(db, tenant.kind, tenant.id, origin))) {
    throw new ForbiddenError(`This token may not be used from ${origin}`, {
      code: 'origin-not-allowed',
    });
  }
}
