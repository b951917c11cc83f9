-- Video links for virtual visits (issue 14). Seen by the visit's officer and clinician only.

-- A clinician's room, set by the practice: { "url": fixed or with {room}, "opensMinutesBefore"? }.
ALTER TABLE clinicians ADD COLUMN video jsonb;

-- The link a virtual visit got when booked or moved: { "url", "opensAt"? }. The engine decides
-- when it is shown; this column only keeps it.
ALTER TABLE visits ADD COLUMN video jsonb;
