import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { openPostgres } from '../src/db/postgres.js';
import { countingDatabase } from './support/counting.js';
import {
  createTestPostgres,
  postgresConfigured,
  snapshotPglite,
  type TestPostgres,
} from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createTestWorld, type TestWorld } from './support/world.js';

// Round trips to the database per request, counted at the driver: the store's shape, not a
// timing. The booking rate limit is off here; with it on, a booking adds its one statement.

const stores: [string, () => Promise<{ db: Database; done: () => Promise<void> }>][] = [
  [
    'PGlite',
    async () => {
      const db = await snapshotPglite();
      return { db, done: () => db.close() };
    },
  ],
];
if (postgresConfigured('round-trips.test.ts')) {
  stores.push([
    'PostgreSQL',
    async () => {
      const pg: TestPostgres = await createTestPostgres();
      const db = openPostgres(pg.url, 4);
      return {
        db,
        done: async () => {
          await db.close();
          await pg.drop();
        },
      };
    },
  ]);
}

describe.each(stores)('round trips on %s', (_name, open) => {
  let counted: ReturnType<typeof countingDatabase>;
  let server: TestServer;
  let world: TestWorld;
  let done: () => Promise<void>;

  beforeAll(async () => {
    const opened = await open();
    done = opened.done;
    counted = countingDatabase(opened.db);
    server = await startTestServer(counted, {
      // A channel to deliver on, so the booking writes reminder jobs too.
      webhook: { url: 'http://127.0.0.1:9/hook', secret: 'whsec_test_0123456789abcdef0123456789' },
      rateLimits: { booking: false },
    });
    world = await createTestWorld(server);
  });

  afterAll(async () => {
    await server.close();
    await done();
  });

  /** Round trips made while `work` runs. */
  async function roundTripsOf(work: () => Promise<unknown>): Promise<number> {
    const before = counted.roundTrips;
    await work();
    return counted.roundTrips - before;
  }

  it('a booking with an idempotency key takes three, reminder jobs included; its replay one', async () => {
    const officer = await world.as(world.sessions.officerA1);
    await officer.officer.setReminderPreferences({
      channels: ['webhook'],
      leadTimesMinutes: [60],
      discreet: true,
    });
    const [slot] = await world.slots(world.sessions.officerA1, world.ids.clinicianC);
    if (!slot) throw new Error('a free slot');
    const request = { ...slot, idempotencyKey: 'round-trips-1' };
    let visitId = '';
    expect(
      await roundTripsOf(async () => {
        visitId = (await officer.officer.book(request)).id;
      }),
    ).toBe(3);
    const [jobs] = await counted.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM reminder_jobs WHERE visit_id = $1',
      [visitId],
    );
    expect(jobs?.n).toBeGreaterThan(0);
    expect(
      await roundTripsOf(async () => {
        expect((await officer.officer.book(request)).id).toBe(visitId);
      }),
    ).toBe(1);
  });

  it("rescheduling takes five (officer, visit, its clinician's notice, schedule, write), cancelling four", async () => {
    const officer = await world.as(world.sessions.officerA2);
    const [first, second] = await world.slots(world.sessions.officerA2, world.ids.clinicianC);
    if (!first || !second) throw new Error('two free slots');
    const visit = await officer.officer.book(first);
    let moved = visit;
    expect(
      await roundTripsOf(async () => {
        moved = await officer.officer.reschedule(visit.id, { start: second.start });
      }),
    ).toBe(5);
    expect(await roundTripsOf(() => officer.officer.cancel(moved.id))).toBe(4);
  });
});
