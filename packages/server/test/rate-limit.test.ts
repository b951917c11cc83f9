import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import type { Database } from '../src/db/database.js';
import { createRateLimiter } from '../src/http/rate-limit.js';
import { snapshotPglite } from './support/databases.js';
import { call, codeOf } from './support/http.js';
import { startTestServer, testClock, type TestServer } from './support/server.js';
import { createTestWorld, type TestWorld } from './support/world.js';

describe('token bucket', () => {
  let db: Database;
  beforeAll(async () => {
    db = await snapshotPglite();
  });
  afterAll(async () => {
    await db.close();
  });

  it('allows a burst, then refills at the sustained rate', async () => {
    const clock = testClock();
    const limiter = createRateLimiter(db, { capacity: 3, refillPerSecond: 0.5 }, clock.now);
    for (let i = 0; i < 3; i++) await limiter.take('a');
    await expect(limiter.take('a')).rejects.toMatchObject({
      name: 'RateLimitedError',
      retryAfterSeconds: 2,
    });
    // Another key has its own bucket.
    await limiter.take('b');
    clock.advance(2000);
    await limiter.take('a');
    await expect(limiter.take('a')).rejects.toMatchObject({ name: 'RateLimitedError' });
  });

  it('many other keys never reset a limited one: only full buckets are forgotten', async () => {
    const clock = testClock();
    const limiter = createRateLimiter(db, { capacity: 1, refillPerSecond: 0.001 }, clock.now);
    await limiter.take('flooded');
    // Enough takes to sweep at least once.
    for (let i = 0; i < 1000; i++) await limiter.take(`other-${i}`);
    await expect(limiter.take('flooded')).rejects.toMatchObject({ name: 'RateLimitedError' });
    // Two limiters on one database (two instances) share the bucket.
    const other = createRateLimiter(db, { capacity: 1, refillPerSecond: 0.001 }, clock.now);
    await expect(other.take('flooded')).rejects.toMatchObject({ name: 'RateLimitedError' });
  });
});

describe('rate limits on the booking and token endpoints', () => {
  let db: Database;
  let server: TestServer;
  let world: TestWorld;

  beforeAll(async () => {
    db = await snapshotPglite();
    server = await startTestServer(db, {
      rateLimits: {
        booking: { capacity: 2, refillPerSecond: 0.1 },
        // Refills too slowly to matter while 60 requests are in flight on a busy machine.
        tokens: { capacity: 40, refillPerSecond: 0.001 },
      },
    });
    world = await createTestWorld(server);
  });

  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('an officer booking too fast gets a 429 with Retry-After; others are unaffected', async () => {
    const slots = await world.slots(world.sessions.officerA1, world.ids.clinicianC);
    const token = await world.token(world.sessions.officerA1);
    const book = (start: string | undefined, as = token) =>
      call(server.url, 'POST', '/v1/officer/visits', {
        token: as,
        body: { clinicianId: world.ids.clinicianC, start, modality: 'virtual' },
      });
    expect((await book(slots[0]?.start)).status).toBe(201);
    expect((await book(slots[1]?.start)).status).toBe(201);
    const limited = await book(slots[2]?.start);
    expect(limited.status).toBe(429);
    expect(codeOf(limited)).toBe('rate-limited');
    // One request every ten seconds: the wait is at most ten (less if the bookings were slow).
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect((limited.body as { retryAfter?: number }).retryAfter).toBe(retryAfter);
    const [row] = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM visits WHERE officer_id = $1',
      [world.ids.officerA1],
    );
    expect(row?.n).toBe(2);
    expect((await book(slots[3]?.start, await world.token(world.sessions.officerA2))).status).toBe(
      201,
    );
    server.advanceTime(10_000);
    expect((await book(slots[4]?.start)).status).toBe(201);
  });

  it('minting tokens too fast gets a 429 the SDK reports as RateLimitedError', async () => {
    const admin = createHttpBackend({
      baseUrl: server.url,
      token: server.adminKey,
      retry: { limit: 0 },
    }).admin;
    const results = await Promise.allSettled(
      Array.from({ length: 60 }, () => admin.issueToken({ session: world.sessions.officerA1 })),
    );
    const refused = results.filter((r) => r.status === 'rejected');
    expect(refused.length).toBeGreaterThan(0);
    expect(results.length - refused.length).toBeLessThanOrEqual(40);
    for (const r of refused) {
      expect(r.reason).toMatchObject({ name: 'RateLimitedError' });
    }
  });
});
