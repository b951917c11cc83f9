import { toInstant, type AttendanceAccess, type AuditEvent } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { newId } from './ids.js';

export type NewAuditEvent = Omit<AuditEvent, 'id' | 'at'>;

/** Records reads (many at once: a roster page is one event per officer shown). */
export async function recordReads(
  db: Queryable,
  at: Date,
  events: readonly NewAuditEvent[],
): Promise<void> {
  if (events.length === 0) return;
  await db.query(
    `INSERT INTO audit_events (id, at, action, actor_role, actor_id, officer_id, visit_id)
     SELECT * FROM unnest($1::text[], $2::timestamptz[], $3::text[], $4::text[], $5::text[],
                          $6::text[], $7::text[])`,
    [
      events.map(() => newId('audit')),
      events.map(() => at),
      events.map((e) => e.action),
      events.map((e) => e.actorRole),
      events.map((e) => e.actorId),
      events.map((e) => e.officerId ?? null),
      events.map((e) => e.visitId ?? null),
    ],
  );
}

/** Who else read an officer's attendance, newest first. */
export async function attendanceReadsOf(
  db: Queryable,
  officerId: string,
): Promise<AttendanceAccess[]> {
  const rows = await db.query<{
    at: Date;
    actor_role: AttendanceAccess['actorRole'];
    actor_id: string;
  }>(
    `SELECT at, actor_role, actor_id FROM audit_events
      WHERE officer_id = $1 AND action = 'attendance.read' AND actor_role <> 'officer'
      ORDER BY at DESC, id DESC`,
    [officerId],
  );
  return rows.map((row) => ({
    at: toInstant(row.at),
    actorRole: row.actor_role,
    actorId: row.actor_id,
  }));
}
