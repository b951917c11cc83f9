import type { Queryable } from '../db/database.js';

export async function setExcused(
  db: Queryable,
  officerId: string,
  periodId: string,
  excused: boolean,
  at: Date,
): Promise<void> {
  await db.query(
    excused
      ? `INSERT INTO excusals (officer_id, period_id, created_at) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING`
      : 'DELETE FROM excusals WHERE officer_id = $1 AND period_id = $2 AND $3::timestamptz IS NOT NULL',
    [officerId, periodId, at],
  );
}

/** Ids of the officers excused for a period, within a department or for one officer. */
export async function excusedOfficers(
  db: Queryable,
  scope: { departmentId: string } | { officerId: string },
  periodId: string,
): Promise<Set<string>> {
  const rows = await db.query<{ officer_id: string }>(
    'departmentId' in scope
      ? `SELECT e.officer_id FROM excusals e JOIN officers o ON o.id = e.officer_id
          WHERE o.department_id = $1 AND e.period_id = $2`
      : 'SELECT officer_id FROM excusals WHERE officer_id = $1 AND period_id = $2',
    ['departmentId' in scope ? scope.departmentId : scope.officerId, periodId],
  );
  return new Set(rows.map((row) => row.officer_id));
}
