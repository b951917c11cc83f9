-- Messages about visit changes (issue 14). No column carries clinical content.

-- Where a clinician's messages go; the language an officer's messages are written in.
ALTER TABLE clinicians ADD COLUMN email text;
ALTER TABLE officers ADD COLUMN language text;

-- The outbox: one row per message about a visit being booked, moved or cancelled, written in the
-- transaction of the change and sent after commit by any instance's worker (FOR UPDATE SKIP
-- LOCKED, as reminder_jobs). Email to the officer or the clinician, or one signed webhook.
CREATE TABLE visit_messages (
  id               text PRIMARY KEY,
  visit_id         text NOT NULL REFERENCES visits (id) ON DELETE CASCADE,
  officer_id       text NOT NULL REFERENCES officers (id),
  -- Whose visit it is for this message: on a move to another clinician, the old one is sent a
  -- cancellation.
  clinician_id     text NOT NULL REFERENCES clinicians (id),
  kind             text NOT NULL CHECK (kind IN ('booked', 'moved', 'cancelled')),
  recipient        text NOT NULL CHECK (recipient IN ('officer', 'clinician', 'webhook')),
  -- The visit as of the change, so a message says what changed even after later changes.
  -- Cleared once the message is sent or given up: the visits table stays the one copy.
  visit            jsonb,
  -- Given up, rather than sent, from then on: the visit's start.
  expires_at       timestamptz NOT NULL,
  status           text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'sending', 'sent', 'dead')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  locked_until     timestamptz,
  -- A technical reason only, such as "SMTP 550" or "the visit had started".
  last_failure     text,
  sent_at          timestamptz,
  created_at       timestamptz NOT NULL
);
CREATE INDEX visit_messages_due ON visit_messages (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX visit_messages_by_visit ON visit_messages (visit_id);
