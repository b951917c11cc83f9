-- Manage links (issue 14): the department's page that opens one visit from an officer's email,
-- { "url": "https://…/{visitId}?t={token}" }. The tokens themselves are never stored.
ALTER TABLE departments ADD COLUMN manage_link jsonb;
