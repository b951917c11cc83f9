-- The program year (issue 12): a policy's changes with their effective dates, the program's
-- start, and each officer's service dates. Dates are `YYYY-MM-DD` text in the department's zone:
-- calendar days, not instants, so no driver turns them into a midnight somewhere.

-- Every change of a department's policy, oldest first: `{ effectiveFrom, policy }` objects. A
-- change is written from the day after the current period ends, so a started period never moves.
ALTER TABLE departments ADD COLUMN policy_changes jsonb NOT NULL DEFAULT '[]';

-- Nothing is due in a period that ended before the program started. Existing departments: the
-- day they were created.
ALTER TABLE departments ADD COLUMN program_start text
  CHECK (program_start ~ '^\d{4}-\d{2}-\d{2}$');
UPDATE departments SET program_start = to_char(created_at, 'YYYY-MM-DD');

-- Hire or transfer in, and leave, retirement or transfer out: nothing is due outside them.
ALTER TABLE officers ADD COLUMN service_start text CHECK (service_start ~ '^\d{4}-\d{2}-\d{2}$');
ALTER TABLE officers ADD COLUMN service_end text CHECK (service_end ~ '^\d{4}-\d{2}-\d{2}$');
