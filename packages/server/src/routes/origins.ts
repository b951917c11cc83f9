import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { Id, NotFoundError, parseOrThrow, type ApiRoute } from '@wellvisit/sdk';
import type { Database } from '../db/database.js';
import { readJsonBody } from '../http/body.js';
import { requireAdminKey } from '../http/credentials.js';
import { findDepartment, findPractice } from '../store/directory.js';
import { replaceTenantOrigins, tenantOrigins } from '../store/origins.js';

const Origin = z.pipe(
  z.url({ protocol: /^https?$/, error: 'Use a page origin such as https://intranet.example.gov' }),
  z.transform((url: string) => new URL(url).origin),
);

export const TenantParams = z.object({ kind: z.enum(['department', 'practice']), id: Id });
export const OriginList = z.object({ origins: z.array(Origin).check(z.maxLength(50)) });

/**
 * Routes this server adds to the SDK's table: the per-tenant CORS allowlist, set by a host's
 * backend with the API key. Described in the OpenAPI document like the others.
 */
export const ORIGIN_ROUTES = {
  'admin.origins': {
    method: 'GET',
    path: '/v1/admin/origins/:kind/:id',
    auth: 'admin',
    status: 200,
    summary: "The page origins a department's or practice's embed tokens may be used from",
    params: TenantParams,
    response: OriginList,
  },
  'admin.setOrigins': {
    method: 'PUT',
    path: '/v1/admin/origins/:kind/:id',
    auth: 'admin',
    status: 200,
    summary: "Replace a department's or practice's allowed page origins (CORS)",
    params: TenantParams,
    body: OriginList,
    response: OriginList,
  },
} as const satisfies Record<string, ApiRoute>;

export function mountOrigins(app: Hono, deps: { db: Database; adminKey: string }): void {
  const { db } = deps;
  const tenant = async (params: Record<string, string>) => {
    const parsed = parseOrThrow(TenantParams, params, 'path parameters');
    const exists =
      parsed.kind === 'department'
        ? await findDepartment(db, parsed.id)
        : await findPractice(db, parsed.id);
    if (!exists) throw new NotFoundError(`No ${parsed.kind} ${parsed.id}`, { code: 'not-found' });
    return parsed;
  };

  app.get('/v1/admin/origins/:kind/:id', async (c) => {
    requireAdminKey(c, deps.adminKey);
    const { kind, id } = await tenant(c.req.param());
    return c.json({ origins: await tenantOrigins(db, kind, id) });
  });

  app.put('/v1/admin/origins/:kind/:id', async (c) => {
    requireAdminKey(c, deps.adminKey);
    const { kind, id } = await tenant(c.req.param());
    const { origins } = parseOrThrow(OriginList, await readJsonBody(c), 'request body');
    await db.transaction((tx) => replaceTenantOrigins(tx, kind, id, origins));
    return c.json({ origins: await tenantOrigins(db, kind, id) });
  });
}
