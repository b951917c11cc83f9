import type { TimeRange, Visit } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { VISIT_COLUMNS, json, toVisit, type VisitRow } from './rows.js';

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

/**
 * The time the booked visits of these clinicians hold between `from` and `to`, except one being
 * moved, by clinician: one query however many clinicians are asked about. Callers widen the
 * window by a slot and a buffer so that nothing that could matter is missed.
 */
export async function busyRanges(
  db: Queryable,
  clinicianIds: readonly string[],
  from: Date,
  to: Date,
  exceptVisitId?: string,
): Promise<Map<string, TimeRange[]>> {
  const busy = new Map<string, TimeRange[]>(clinicianIds.map((id) => [id, []]));
  if (clinicianIds.length === 0) return busy;
  const rows = await db.query<{ clinician_id: string; start_at: Date; end_at: Date }>(
    `SELECT clinician_id, start_at, end_at FROM visits
      WHERE clinician_id = ANY($1::text[]) AND status = 'booked' AND end_at > $2 AND start_at < $3
        AND ($4::text IS NULL OR id <> $4)`,
    [clinicianIds, from, to, exceptVisitId ?? null],
  );
  for (const row of rows) {
    busy.get(row.clinician_id)?.push({
      start: row.start_at.toISOString(),
      end: row.end_at.toISOString(),
    });
  }
  return busy;
}

export async function insertVisit(db: Queryable, visit: Visit): Promise<void> {
  await db.query(
    `INSERT INTO visits (${VISIT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      visit.id,
      visit.officerId,
      visit.clinicianId,
      visit.modality,
      visit.place ?? null,
      visit.start,
      visit.end,
      visit.status,
      visit.version,
      visit.createdAt,
      visit.updatedAt,
      visit.video === undefined ? null : json(visit.video),
    ],
  );
}

/**
 * Writes a changed visit if it is still at `expectedVersion` (optimistic concurrency). Returns
 * false when someone else changed it first.
 */
export async function updateVisit(
  db: Queryable,
  visit: Visit,
  expectedVersion: number,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE visits SET clinician_id = $2, modality = $3, place = $4, start_at = $5, end_at = $6,
            status = $7, version = $8, updated_at = $9, video = $11
      WHERE id = $1 AND version = $10
      RETURNING id`,
    [
      visit.id,
      visit.clinicianId,
      visit.modality,
      visit.place ?? null,
      visit.start,
      visit.end,
      visit.status,
      visit.version,
      visit.updatedAt,
      expectedVersion,
      visit.video === undefined ? null : json(visit.video),
    ],
  );
  return rows.length === 1;
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
