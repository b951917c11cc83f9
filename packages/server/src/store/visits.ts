import type { Visit } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { VISIT_COLUMNS, toVisit, type VisitRow } from './rows.js';

// Visits: the only table whose rows the exclusion constraint guards.

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

/** Starts of fulfilled visits per officer of a department, between two instants. */
export async function fulfilledStarts(
  db: Queryable,
  scope: { departmentId: string } | { officerId: string },
  from: Date,
  to: Date,
): Promise<Map<string, string[]>> {
  const rows = await db.query<{ officer_id: string; start_at: Date }>(
    'departmentId' in scope
      ? `SELECT v.officer_id, v.start_at FROM visits v JOIN officers o ON o.id = v.officer_id
          WHERE o.department_id = $1 AND v.status = 'fulfilled' AND v.start_at >= $2 AND v.start_at < $3`
      : `SELECT officer_id, start_at FROM visits
          WHERE officer_id = $1 AND status = 'fulfilled' AND start_at >= $2 AND start_at < $3`,
    ['departmentId' in scope ? scope.departmentId : scope.officerId, from, to],
  );
  const starts = new Map<string, string[]>();
  for (const row of rows) {
    const list = starts.get(row.officer_id) ?? [];
    list.push(row.start_at.toISOString());
    starts.set(row.officer_id, list);
  }
  return starts;
}
