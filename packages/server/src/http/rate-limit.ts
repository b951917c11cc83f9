import { RateLimitedError } from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';

export interface RateLimit {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Requests allowed per second, sustained. */
  refillPerSecond: number;
}

export interface RateLimiter {
  /** Takes one request from `key`'s bucket, or throws `RateLimitedError` with a retry delay. */
  take(key: string): Promise<void>;
}

/** One in this many takes also forgets buckets that are full again (they would be recreated full). */
const SWEEP_EVERY = 1000;

/**
 * Token buckets per key in the database, so every instance on it counts the same requests: one
 * statement per request takes a token, atomically (the row is locked by the upsert). A refusal
 * leaves the bucket as it was and reads it once more to say when to retry.
 */
export function createRateLimiter(db: Queryable, limit: RateLimit, now: () => Date): RateLimiter {
  const { capacity, refillPerSecond: rate } = limit;
  // The bucket's tokens at $2, refilled since it was last written (never back in time).
  const refilled = `LEAST($3::float8, b.tokens + GREATEST(0, EXTRACT(EPOCH FROM ($2::timestamptz - b.at))::float8) * $4::float8)`;
  const fullAt = (tokens: string) =>
    `$2::timestamptz + make_interval(secs => ($3::float8 - (${tokens})) / $4::float8)`;
  let takes = 0;
  return {
    async take(key) {
      const at = now();
      const params = [key, at, capacity, rate];
      const taken = await db.query(
        `INSERT INTO rate_limit_buckets AS b (key, tokens, at, full_at)
         VALUES ($1, $3::float8 - 1, $2, ${fullAt('$3::float8 - 1')})
         ON CONFLICT (key) DO UPDATE
           SET tokens = ${refilled} - 1, at = GREATEST(b.at, $2), full_at = ${fullAt(`${refilled} - 1`)}
           WHERE ${refilled} >= 1
         RETURNING 1`,
        params,
      );
      takes += 1;
      if (takes % SWEEP_EVERY === 0) {
        await db.query('DELETE FROM rate_limit_buckets WHERE full_at < $1', [at]);
      }
      if (taken.length === 1) return;
      const [left] = await db.query<{ tokens: number }>(
        `SELECT ${refilled} AS tokens FROM rate_limit_buckets b WHERE key = $1`,
        params,
      );
      const retryAfterSeconds = Math.max(1, Math.ceil((1 - (left?.tokens ?? 0)) / rate));
      throw new RateLimitedError('Too many requests; try again shortly', retryAfterSeconds);
    },
  };
}
