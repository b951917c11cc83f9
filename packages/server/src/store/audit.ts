import { toInstant, type AttendanceAccess, type AuditEvent } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { newId } from './ids.js';

/** Who read: one actor and one action per batch. */
export type AuditActor = Pick<AuditEvent, 'action' | 'actorRole' | 'actorId'>;
/** What was read: an officer's attendance or a visit. */
export type AuditTarget = Pick<AuditEvent, 'officerId' | 'visitId'>;

/**
 * Records reads by one actor, many at once (a roster page is one event per officer shown), in
 * one statement. Ids are a random prefix per batch plus the row's ordinal: unique, and cheap.
 */
export async function recordReads(
  db: Queryable,
  at: Date,
  actor: AuditActor,
  targets: readonly AuditTarget[],
): Promise<void> {
  if (targets.length === 0) return;
  await db.query(
    `INSERT INTO audit_events (id, at, action, actor_role, actor_id, officer_id, visit_id)
     SELECT $1 || t.n, $2, $3, $4, $5, t.officer_id, t.visit_id
       FROM unnest($6::text[], $7::text[]) WITH ORDINALITY AS t(officer_id, visit_id, n)`,
    [
      `${newId('audit')}_`,
      at,
      actor.action,
      actor.actorRole,
      actor.actorId,
      targets.map((t) => t.officerId ?? null),
      targets.map((t) => t.visitId ?? null),
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
