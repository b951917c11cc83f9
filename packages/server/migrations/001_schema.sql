-- Wellvisit's schema. There is deliberately no column anywhere for clinical content: no notes,
-- no reasons for a visit, no free text about an officer's wellbeing. Names are labels, ids are opaque.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE departments (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  time_zone   text NOT NULL,
  policy      jsonb NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE officers (
  id                    text PRIMARY KEY,
  department_id         text NOT NULL REFERENCES departments (id),
  display_name          text NOT NULL,
  time_zone             text NOT NULL,
  email                 text,
  -- NULL until the officer chooses: the SDK's discreet defaults apply.
  reminder_preferences  jsonb,
  created_at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX officers_by_department ON officers (department_id, display_name, id);

CREATE TABLE practices (
  id          text PRIMARY KEY,
  name        text NOT NULL,
  time_zone   text NOT NULL,
  address     text,
  created_at  timestamptz NOT NULL DEFAULT now()
);

-- Which departments' officers may book which practices' clinicians.
CREATE TABLE practice_departments (
  practice_id    text NOT NULL REFERENCES practices (id),
  department_id  text NOT NULL REFERENCES departments (id),
  PRIMARY KEY (practice_id, department_id)
);
CREATE INDEX practice_departments_by_department ON practice_departments (department_id);

CREATE TABLE clinicians (
  id                        text PRIMARY KEY,
  practice_id               text NOT NULL REFERENCES practices (id),
  display_name              text NOT NULL,
  credentials               text[] NOT NULL,
  languages                 text[] NOT NULL,
  modalities                text[] NOT NULL,
  law_enforcement_trained   boolean NOT NULL,
  time_zone                 text NOT NULL,
  -- The clinician's availability document (weekly rules, exceptions, notice, horizon).
  availability              jsonb,
  created_at                timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX clinicians_by_practice ON clinicians (practice_id);

CREATE TABLE visits (
  id            text PRIMARY KEY,
  officer_id    text NOT NULL REFERENCES officers (id),
  clinician_id  text NOT NULL REFERENCES clinicians (id),
  modality      text NOT NULL CHECK (modality IN ('department', 'practice', 'virtual')),
  place         text,
  start_at      timestamptz NOT NULL,
  end_at        timestamptz NOT NULL,
  status        text NOT NULL CHECK (status IN ('booked', 'fulfilled', 'cancelled', 'noshow')),
  version       integer NOT NULL DEFAULT 1 CHECK (version >= 1),
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  CHECK (start_at < end_at),
  -- No double booking, guaranteed by the database across every server instance.
  CONSTRAINT visits_no_double_booking
    EXCLUDE USING gist (clinician_id WITH =, tstzrange(start_at, end_at) WITH &&)
    WHERE (status = 'booked')
);
CREATE INDEX visits_by_officer ON visits (officer_id, start_at);
CREATE INDEX visits_by_clinician ON visits (clinician_id, start_at);

-- A retried booking with the same key returns the first visit instead of making a second one.
CREATE TABLE idempotency_keys (
  officer_id    text NOT NULL REFERENCES officers (id),
  key           text NOT NULL,
  request_hash  text NOT NULL,
  visit_id      text NOT NULL REFERENCES visits (id),
  created_at    timestamptz NOT NULL,
  PRIMARY KEY (officer_id, key)
);

-- A department's decision that an officer need not attend in a period. No reason is recorded.
CREATE TABLE excusals (
  officer_id  text NOT NULL REFERENCES officers (id),
  period_id   text NOT NULL,
  created_at  timestamptz NOT NULL,
  PRIMARY KEY (officer_id, period_id)
);

-- Every read of attendance by a department and every read of a visit.
CREATE TABLE audit_events (
  id          text PRIMARY KEY,
  at          timestamptz NOT NULL,
  action      text NOT NULL CHECK (action IN ('attendance.read', 'visit.read')),
  actor_role  text NOT NULL,
  actor_id    text NOT NULL,
  officer_id  text,
  visit_id    text
);
CREATE INDEX audit_events_by_officer ON audit_events (officer_id, action, at DESC);

-- The page origins a tenant's embed tokens may be used from (CORS).
CREATE TABLE allowed_origins (
  tenant_kind  text NOT NULL CHECK (tenant_kind IN ('department', 'practice')),
  tenant_id    text NOT NULL,
  origin       text NOT NULL,
  PRIMARY KEY (tenant_kind, tenant_id, origin)
);
CREATE INDEX allowed_origins_by_origin ON allowed_origins (origin);

-- Reminder deliveries as jobs that any instance may claim (FOR UPDATE SKIP LOCKED).
CREATE TABLE reminder_jobs (
  id               text PRIMARY KEY,
  reminder_id      text NOT NULL,
  visit_id         text NOT NULL REFERENCES visits (id),
  officer_id       text NOT NULL REFERENCES officers (id),
  channel          text NOT NULL CHECK (channel IN ('email', 'webhook')),
  due_at           timestamptz NOT NULL,
  status           text NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'sending', 'sent', 'dead')),
  attempts         integer NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL,
  -- While `sending`: when the claim lapses and another instance may take the job again.
  locked_until     timestamptz,
  -- A technical reason only, such as "HTTP 503".
  last_failure     text,
  sent_at          timestamptz,
  created_at       timestamptz NOT NULL
);
CREATE INDEX reminder_jobs_due ON reminder_jobs (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX reminder_jobs_by_visit ON reminder_jobs (visit_id);
