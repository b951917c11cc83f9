import type { Context } from 'hono';
import { ForbiddenError, UnauthorizedError, type Session } from '@wellvisit/sdk';
import { routeAuth, type RouteTarget } from '@wellvisit/sdk/server';
import { adminKeyMatches, bearerToken } from '../auth/admin-key.js';
import type { TokenService } from '../auth/tokens.js';
import type { SqlBackend } from '../backend/index.js';
import type { Queryable } from '../db/database.js';
import { checkTokenOrigin, foreignOrigin } from './cors.js';

export interface CredentialDeps {
  db: Queryable;
  backend: SqlBackend;
  /** Admin methods this server adds to the contract's (its own admin routes). */
  adminExtras: object;
  tokens: TokenService;
  adminKey: string;
}

export interface Caller {
  target: RouteTarget;
  /** The embed token's principal; absent for the API key. */
  session?: Session;
}

/** Admin routes take the API key and nothing else. */
export function requireAdminKey(c: Context, adminKey: string): void {
  const offered = bearerToken(c.req.header('authorization'));
  if (offered === undefined) {
    throw new UnauthorizedError('Send the API key as a Bearer token', {
      code: 'missing-credentials',
    });
  }
  if (!adminKeyMatches(offered, adminKey)) {
    throw new UnauthorizedError('The API key is not valid', { code: 'invalid-api-key' });
  }
}

/**
 * Who is calling and what they may reach: the admin API for the API key on admin routes; for
 * every other route a verified embed token of the route's role, used from an origin its tenant
 * allows.
 */
export async function resolveCaller(
  c: Context,
  routeName: string,
  deps: CredentialDeps,
): Promise<Caller> {
  const auth = routeAuth(routeName);
  if (auth === 'admin') {
    requireAdminKey(c, deps.adminKey);
    return { target: { admin: { ...deps.backend.admin, ...deps.adminExtras } } };
  }
  const token = bearerToken(c.req.header('authorization'));
  if (token === undefined) {
    throw new UnauthorizedError('Send an embed token as a Bearer token', {
      code: 'missing-credentials',
    });
  }
  const grant = await deps.tokens.verify(token);
  if (auth !== 'any' && grant.session.role !== auth) {
    throw new ForbiddenError(`This is for the ${auth} role`, { code: 'wrong-role' });
  }
  await checkTokenOrigin(
    deps.db,
    foreignOrigin(c.req.url, c.req.header('origin')),
    grant.session,
    grant.allowedOrigin,
  );
  return { target: { backend: deps.backend.forSession(grant.session) }, session: grant.session };
}
