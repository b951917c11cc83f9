import { RateLimitedError } from '@wellvisit/sdk';

export interface RateLimit {
  /** Requests allowed in a burst. */
  capacity: number;
  /** Requests allowed per second, sustained. */
  refillPerSecond: number;
}

export interface RateLimiter {
  /** Takes one request from `key`'s bucket, or throws `RateLimitedError` with a retry delay. */
  take(key: string): void;
}

const MAX_BUCKETS = 50_000;

/** Token buckets per key (an officer, a client address), in this instance's memory. */
export function createRateLimiter(limit: RateLimit, now: () => Date): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key) {
      const at = now().getTime();
      const bucket = buckets.get(key) ?? { tokens: limit.capacity, at };
      const refilled = Math.min(
        limit.capacity,
        bucket.tokens + ((at - bucket.at) / 1000) * limit.refillPerSecond,
      );
      if (refilled < 1) {
        const retryAfterSeconds = Math.ceil((1 - refilled) / limit.refillPerSecond);
        buckets.set(key, { tokens: refilled, at });
        throw new RateLimitedError('Too many requests; try again shortly', retryAfterSeconds);
      }
      // A full bucket is forgotten when the map grows: it would be recreated full anyway.
      if (buckets.size >= MAX_BUCKETS) buckets.clear();
      buckets.set(key, { tokens: refilled - 1, at });
    },
  };
}
