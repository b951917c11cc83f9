-- A clinician may correct a mark within seven days of the visit's start (issue 12, item 7).
-- The status the correction replaced stays with the visit, so department surfaces keep seeing
-- the old mark until the next daily batch; the correction itself is an audit event.
ALTER TABLE visits ADD COLUMN previous_status text
  CHECK (previous_status IN ('booked', 'fulfilled', 'cancelled', 'noshow'));

ALTER TABLE audit_events DROP CONSTRAINT audit_events_action_check;
ALTER TABLE audit_events ADD CONSTRAINT audit_events_action_check
  CHECK (action IN ('attendance.read', 'visit.read', 'attendance.corrected'));
