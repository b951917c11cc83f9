-- Excusals carry a category (an enumeration: never free text) and, optionally, the last day they
-- cover; after it the officer is due again unless it reaches the period's due-by date.
ALTER TABLE excusals ADD COLUMN category text NOT NULL DEFAULT 'other'
  CHECK (category IN ('leave', 'injury', 'military', 'other'));
ALTER TABLE excusals ADD COLUMN last_day text CHECK (last_day ~ '^\d{4}-\d{2}-\d{2}$');
