import type { Queryable } from '../db/database.js';

export type TenantKind = 'department' | 'practice';

export async function tenantOrigins(
  db: Queryable,
  kind: TenantKind,
  tenantId: string,
): Promise<string[]> {
  const rows = await db.query<{ origin: string }>(
    'SELECT origin FROM allowed_origins WHERE tenant_kind = $1 AND tenant_id = $2 ORDER BY origin',
    [kind, tenantId],
  );
  return rows.map((row) => row.origin);
}

/** Replaces a tenant's allowlist. */
export async function replaceTenantOrigins(
  db: Queryable,
  kind: TenantKind,
  tenantId: string,
  origins: readonly string[],
): Promise<void> {
  await db.query('DELETE FROM allowed_origins WHERE tenant_kind = $1 AND tenant_id = $2', [
    kind,
    tenantId,
  ]);
  for (const origin of new Set(origins)) {
    await db.query(
      'INSERT INTO allowed_origins (tenant_kind, tenant_id, origin) VALUES ($1, $2, $3)',
      [kind, tenantId, origin],
    );
  }
}

/** Whether any tenant allows `origin`: enough to answer a preflight, which carries no token. */
export async function anyTenantAllows(db: Queryable, origin: string): Promise<boolean> {
  const rows = await db.query('SELECT 1 FROM allowed_origins WHERE origin = $1 LIMIT 1', [origin]);
  return rows.length > 0;
}

export async function tenantAllows(
  db: Queryable,
  kind: TenantKind,
  tenantId: string,
  origin: string,
): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM allowed_origins WHERE tenant_kind = $1 AND tenant_id = $2 AND origin = $3',
    [kind, tenantId, origin],
  );
  return rows.length > 0;
}
