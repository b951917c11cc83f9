import * as z from 'zod/mini';
import { Id, NotFoundError } from '@wellvisit/sdk';
import type { DocumentedRoute } from './documented.js';
import type { Database } from '../db/database.js';
import { findDepartment, findPractice } from '../store/directory.js';
import { replaceTenantOrigins, tenantOrigins } from '../store/origins.js';

const Origin = z.pipe(
  z.url({ protocol: /^https?$/, error: 'Use a page origin such as https://intranet.example.gov' }),
  z.transform((url: string) => new URL(url).origin),
);

export const TenantKind = z.enum(['department', 'practice']);
export const TenantParams = z.object({ kind: TenantKind, id: Id });
export const OriginList = z.object({ origins: z.array(Origin).check(z.maxLength(50)) });
type Kind = z.infer<typeof TenantKind>;
type OriginList = z.infer<typeof OriginList>;

/**
 * Routes this server adds to the SDK's table: the per-tenant CORS allowlist, set by a host's
 * backend with the API key. Mounted and documented by the same loop as the others; their
 * methods join the admin API (see `originsAdmin`).
 */
export const ORIGIN_ROUTES = {
  'admin.origins': {
    method: 'GET',
    path: '/v1/admin/origins/:kind/:id',
    summary: "The page origins a department's or practice's embed tokens may be used from",
    args: [':kind', ':id'],
    params: TenantParams,
    response: OriginList,
  },
  'admin.setOrigins': {
    method: 'PUT',
    path: '/v1/admin/origins/:kind/:id',
    summary: "Replace a department's or practice's allowed page origins (CORS)",
    args: [':kind', ':id', 'body'],
    params: TenantParams,
    body: OriginList,
    response: OriginList,
  },
} as const satisfies Record<string, DocumentedRoute>;

/** The admin methods behind `ORIGIN_ROUTES`. */
export function originsAdmin(db: Database) {
  const existing = async (kind: Kind, id: string): Promise<void> => {
    const found = kind === 'department' ? await findDepartment(db, id) : await findPractice(db, id);
    if (!found) throw new NotFoundError(`No ${kind} ${id}`, { code: 'not-found' });
  };
  return {
    async origins(kind: Kind, id: string): Promise<OriginList> {
      await existing(kind, id);
      return { origins: await tenantOrigins(db, kind, id) };
    },
    async setOrigins(kind: Kind, id: string, list: OriginList): Promise<OriginList> {
      await existing(kind, id);
      await db.transaction((tx) => replaceTenantOrigins(tx, kind, id, list.origins));
      return { origins: await tenantOrigins(db, kind, id) };
    },
  };
}
