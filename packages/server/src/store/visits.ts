import type { Visit } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { VISIT_COLUMNS, toVisit, type VisitRow } from './rows.js';

// Visits: the only table whose rows the exclusion constraint guards.

/** `fulfilledAsOf($4)` over a visits row, for a query of attendance facts. */
const FULFILLED_AS_OF = `CASE WHEN updated_at > $4 THEN previous_status IS NOT DISTINCT FROM 'fulfilled'
  ELSE status = 'fulfilled' END`;

export async function findVisit(
  db: Queryable,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Visit | undefined> {
  const lock = options.forUpdate === true ? ' FOR UPDATE' : '';
  const [row] = await db.query<VisitRow>(
    `SELECT ${VISIT_COLUMNS} FROM visits WHERE id = $1${lock}`,
    [id],
  );
  return row && toVisit(row);
}

/** Visits of one officer or clinician still going on at `from` and starting before `to`. */
export async function listVisits(
  db: Queryable,
  who: { officerId: string } | { clinicianId: string },
  from: Date,
  to: Date | undefined,
): Promise<Visit[]> {
  const [column, id] =
    'officerId' in who ? ['officer_id', who.officerId] : ['clinician_id', who.clinicianId];
  const rows = await db.query<VisitRow>(
    `SELECT ${VISIT_COLUMNS} FROM visits
      WHERE ${column} = $1 AND end_at > $2 AND ($3::timestamptz IS NULL OR start_at < $3)
      ORDER BY start_at, created_at, id`,
    [id, from, to ?? null],
  );
  return rows.map(toVisit);
}

/** Booked visits of an officer, for reminders. */
export async function bookedVisitsOf(db: Queryable, officerId: string): Promise<Visit[]> {
  const rows = await db.query<VisitRow>(
    `SELECT ${VISIT_COLUMNS} FROM visits WHERE officer_id = $1 AND status = 'booked'
      ORDER BY start_at, id`,
    [officerId],
  );
  return rows.map(toVisit);
}

/**
 * Starts of visits fulfilled as of `markedBy`, per officer, between two instants: the SDK's
 * `fulfilledAsOf` — fulfilled and last changed by then, or changed since from fulfilled.
 */
export async function fulfilledStarts(
  db: Queryable,
  scope: { departmentId: string } | { officerId: string },
  from: Date,
  to: Date,
  markedBy: Date,
): Promise<Map<string, string[]>> {
  const rows = await db.query<{ officer_id: string; start_at: Date }>(
    'departmentId' in scope
      ? `SELECT v.officer_id, v.start_at FROM visits v JOIN officers o ON o.id = v.officer_id
          WHERE o.department_id = $1 AND v.start_at >= $2 AND v.start_at < $3
            AND ${FULFILLED_AS_OF}`
      : `SELECT officer_id, start_at FROM visits
          WHERE officer_id = $1 AND start_at >= $2 AND start_at < $3 AND ${FULFILLED_AS_OF}`,
    ['departmentId' in scope ? scope.departmentId : scope.officerId, from, to, markedBy],
  );
  const starts = new Map<string, string[]>();
  for (const row of rows) {
    const list = starts.get(row.officer_id) ?? [];
    list.push(row.start_at.toISOString());
    starts.set(row.officer_id, list);
  }
  return starts;
}
