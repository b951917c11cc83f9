import type { ClinicianSchedule, ScheduleQuery } from '@wellvisit/sdk/server';
import type { Queryable } from '../db/database.js';
import { toClinician, type ClinicianRow } from './rows.js';

// What slots and bookings are computed from: clinicians with the time their visits hold.

// Instants as the SDK writes them (`toISOString`), so the rules compare like with like.
const ISO = `'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'`;

/**
 * The clinicians of the practices serving a department (or the one asked for), each with the
 * time its booked visits hold in the window, except one being moved: one query however many
 * clinicians there are.
 */
export async function clinicianSchedules(
  db: Queryable,
  departmentId: string,
  { clinicianId, from, to, exceptVisitId }: ScheduleQuery,
): Promise<ClinicianSchedule[]> {
  const rows = await db.query<ClinicianRow & { starts: string[] | null; ends: string[] | null }>(
    `SELECT c.*, b.starts, b.ends
       FROM clinicians c
       JOIN practice_departments pd ON pd.practice_id = c.practice_id
       LEFT JOIN LATERAL (
         SELECT array_agg(to_char(v.start_at AT TIME ZONE 'UTC', ${ISO})) AS starts,
                array_agg(to_char(v.end_at AT TIME ZONE 'UTC', ${ISO})) AS ends
           FROM visits v
          WHERE v.clinician_id = c.id AND v.status = 'booked'
            AND v.end_at > $2 AND v.start_at < $3 AND ($4::text IS NULL OR v.id <> $4)
       ) b ON true
      WHERE pd.department_id = $1 AND ($5::text IS NULL OR c.id = $5)`,
    [departmentId, from, to, exceptVisitId ?? null, clinicianId ?? null],
  );
  return rows.map((row) => ({
    clinician: toClinician(row),
    availability: row.availability ?? undefined,
    video: row.video ?? undefined,
    busy: (row.starts ?? []).map((start, i) => ({ start, end: row.ends?.[i] ?? start })),
  }));
}
