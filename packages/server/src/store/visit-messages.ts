import type { ManageLink, ReminderPreferences, Visit } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import type { MessageRecipient, NewVisitMessage, VisitChange } from '../messages/change.js';
import type { Params } from './params.js';
import { json } from './rows.js';

// The visit-message outbox (visit_messages): rows written in a visit change's transaction,
// claimed after commit through job-queue.ts like reminder jobs.

/**
 * The INSERT of a change's messages, as one part of the visit's write (`when`: the condition
 * that the visit row was written), leaving out an email to someone without an address: the
 * visit change and its messages commit together or not at all.
 */
export function messagesInsert(
  p: Params,
  officerId: string,
  messages: readonly NewVisitMessage[],
  at: Date,
  when = 'true',
): string {
  const rows = messages.map((m) => ({
    id: m.id,
    visit_id: m.visit.id,
    clinician_id: m.clinicianId,
    kind: m.kind,
    recipient: m.recipient,
    visit: m.visit,
    expires_at: m.visit.start,
  }));
  const officer = p.add(officerId, 'text');
  const now = p.add(at, 'timestamptz');
  return `INSERT INTO visit_messages
       (id, visit_id, officer_id, clinician_id, kind, recipient, visit, expires_at,
        next_attempt_at, created_at)
     SELECT m.id, m.visit_id, ${officer}, m.clinician_id, m.kind, m.recipient, m.visit,
            m.expires_at, ${now}, ${now}
       FROM jsonb_to_recordset(${p.add(json(rows), 'jsonb')}) AS m(id text, visit_id text,
              clinician_id text, kind text, recipient text, visit jsonb, expires_at timestamptz)
      WHERE (${when})
        AND (m.recipient = 'webhook'
         OR (m.recipient = 'officer'
             AND EXISTS (SELECT 1 FROM officers o WHERE o.id = ${officer} AND o.email IS NOT NULL))
         OR (m.recipient = 'clinician'
             AND EXISTS (SELECT 1 FROM clinicians c WHERE c.id = m.clinician_id AND c.email IS NOT NULL)))`;
}

/** A claimed message with what it needs: the visit as of the change and both people's details. */
export interface ClaimedMessage {
  id: string;
  attempts: number;
  expiresAt: Date;
  kind: VisitChange['kind'];
  recipient: MessageRecipient;
  visit: Visit;
  officer: {
    id: string;
    departmentId: string;
    email: string | null;
    displayName: string;
    timeZone: string;
    language: string | null;
    preferences: ReminderPreferences | null;
  };
  clinician: { email: string | null; displayName: string; timeZone: string; languages: string[] };
  /** The officer's department's manage-link page, if it set one. */
  manageLink: ManageLink | null;
}

export async function loadClaimedMessages(
  db: Queryable,
  ids: readonly string[],
): Promise<ClaimedMessage[]> {
  const rows = await db.query<{
    id: string;
    attempts: number;
    expires_at: Date;
    kind: VisitChange['kind'];
    recipient: MessageRecipient;
    visit: Visit | null;
    officer_id: string;
    department_id: string;
    manage_link: ManageLink | null;
    officer_email: string | null;
    officer_name: string;
    officer_time_zone: string;
    officer_language: string | null;
    preferences: ReminderPreferences | null;
    clinician_email: string | null;
    clinician_name: string;
    clinician_time_zone: string;
    languages: string[];
  }>(
    `SELECT m.id, m.attempts, m.expires_at, m.kind, m.recipient, m.visit,
            o.id AS officer_id, o.department_id, d.manage_link,
            o.email AS officer_email, o.display_name AS officer_name,
            o.time_zone AS officer_time_zone, o.language AS officer_language,
            o.reminder_preferences AS preferences,
            c.email AS clinician_email, c.display_name AS clinician_name,
            c.time_zone AS clinician_time_zone, c.languages
       FROM visit_messages m
       JOIN officers o ON o.id = m.officer_id
       JOIN departments d ON d.id = o.department_id
       JOIN clinicians c ON c.id = m.clinician_id
      WHERE m.id = ANY($1::text[])
      ORDER BY m.next_attempt_at`,
    [ids],
  );
  // A claimed row always has its visit: it is cleared only when the row is finished.
  return rows.flatMap((row) =>
    row.visit === null
      ? []
      : [
          {
            id: row.id,
            attempts: row.attempts,
            expiresAt: row.expires_at,
            kind: row.kind,
            recipient: row.recipient,
            visit: row.visit,
            manageLink: row.manage_link,
            officer: {
              id: row.officer_id,
              departmentId: row.department_id,
              email: row.officer_email,
              displayName: row.officer_name,
              timeZone: row.officer_time_zone,
              language: row.officer_language,
              preferences: row.preferences,
            },
            clinician: {
              email: row.clinician_email,
              displayName: row.clinician_name,
              timeZone: row.clinician_time_zone,
              languages: row.languages,
            },
          },
        ],
  );
}
