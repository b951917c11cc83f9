-- Token buckets shared by every instance: one row per limited key (an officer, a client address).
-- `full_at`: when the bucket is full again; a row past it can go, as it would be recreated full.
-- UNLOGGED: a take is a write on every limited request, and these rows are not worth a WAL flush
-- each; a crash of PostgreSQL empties the table, which only refills every bucket once.
CREATE UNLOGGED TABLE rate_limit_buckets (
  key      text PRIMARY KEY,
  tokens   double precision NOT NULL,
  at       timestamptz NOT NULL,
  full_at  timestamptz NOT NULL
);
CREATE INDEX rate_limit_buckets_by_full_at ON rate_limit_buckets (full_at);
