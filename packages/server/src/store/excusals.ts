import type { ExcusalTerms } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';

/** Sets (replacing) or, with `undefined`, withdraws an officer's excusal for a period. */
export async function setExcusal(
  db: Queryable,
  officerId: string,
  periodId: string,
  terms: ExcusalTerms | undefined,
  at: Date,
): Promise<void> {
  if (terms === undefined) {
    await db.query('DELETE FROM excusals WHERE officer_id = $1 AND period_id = $2', [
      officerId,
      periodId,
    ]);
    return;
  }
  await db.query(
    `INSERT INTO excusals (officer_id, period_id, created_at, category, last_day)
     VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (officer_id, period_id)
     DO UPDATE SET category = EXCLUDED.category, last_day = EXCLUDED.last_day`,
    [officerId, periodId, at, terms.category, terms.lastDay ?? null],
  );
}

/** Excusals for a period, by officer, within a department or for one officer. */
export async function excusalsOf(
  db: Queryable,
  scope: { departmentId: string } | { officerId: string },
  periodId: string,
): Promise<Map<string, ExcusalTerms>> {
  const rows = await db.query<{
    officer_id: string;
    category: ExcusalTerms['category'];
    last_day: string | null;
  }>(
    'departmentId' in scope
      ? `SELECT e.officer_id, e.category, e.last_day FROM excusals e
           JOIN officers o ON o.id = e.officer_id
          WHERE o.department_id = $1 AND e.period_id = $2`
      : `SELECT officer_id, category, last_day FROM excusals
          WHERE officer_id = $1 AND period_id = $2`,
    ['departmentId' in scope ? scope.departmentId : scope.officerId, periodId],
  );
  return new Map(
    rows.map((row) => [
      row.officer_id,
      { category: row.category, ...(row.last_day === null ? {} : { lastDay: row.last_day }) },
    ]),
  );
}
