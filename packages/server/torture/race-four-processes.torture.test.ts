import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import { openPostgres } from '../src/db/postgres.js';
import {
  createTestPostgres,
  postgresConfigured,
  type TestPostgres,
} from '../test/support/databases.js';
import { call, codeOf, type Reply } from '../test/support/http.js';
import { startServerProcess, type ServerProcess } from '../test/support/process.js';
import { createTestWorld, type TestWorld } from '../test/support/world.js';

const PROCESSES = 4;
const SLOTS = 40;
const ATTEMPTS_PER_SLOT = 10; // 400 attempts in all
const OFFICERS = 20; // each makes 20 attempts, 5 per process: under the per-officer burst limit
const REPLAYS = 50;

if (postgresConfigured('race-four-processes.torture.test.ts')) {
  describe(`${PROCESSES} server processes on one PostgreSQL`, () => {
    let pg: TestPostgres;
    let world: TestWorld;
    const servers: ServerProcess[] = [];
    let tokens: string[] = [];

    const server = (i: number): ServerProcess => {
      const found = servers[i % servers.length];
      if (!found) throw new Error('the server processes started');
      return found;
    };

    /** Free slots of clinician C over the next ten days, from officer A1's view. */
    const freeSlots = async () => {
      const from = new Date(server(0).now().getTime() + 86_400_000);
      const to = new Date(from.getTime() + 10 * 86_400_000);
      return (await world.as(world.sessions.officerA1)).officer.listSlots({
        clinicianId: world.ids.clinicianC,
        from: from.toISOString(),
        to: to.toISOString(),
      });
    };

    const bookedRows = async (clinicianId: string) => {
      const db = openPostgres(pg.url, 1);
      try {
        const overlaps = await db.query(
          `SELECT x.id FROM visits x JOIN visits y
             ON x.clinician_id = y.clinician_id AND x.id < y.id
            AND tstzrange(x.start_at, x.end_at) && tstzrange(y.start_at, y.end_at)
          WHERE x.status = 'booked' AND y.status = 'booked'`,
        );
        const rows = await db.query<{ id: string; start: string | Date }>(
          `SELECT id, start_at AS start FROM visits WHERE clinician_id = $1 AND status = 'booked'`,
          [clinicianId],
        );
        return { overlaps, rows };
      } finally {
        await db.close();
      }
    };

    beforeAll(async () => {
      pg = await createTestPostgres();
      // The race is about the store's guarantees, not the booking limit, which every instance
      // now shares: one officer's 50 replays would meet it at 30.
      const options = { databaseUrl: pg.url, env: { WELLVISIT_BOOKING_LIMIT: '1000/100' } };
      // One at a time: the first migrates, the others find the schema in place.
      servers.push(await startServerProcess(options));
      servers.push(
        ...(await Promise.all(
          Array.from({ length: PROCESSES - 1 }, () => startServerProcess(options)),
        )),
      );
      world = await createTestWorld(server(0));
      const admin = createHttpBackend({ baseUrl: server(0).url, token: server(0).adminKey }).admin;
      const officers = await Promise.all(
        Array.from({ length: OFFICERS }, (_, i) =>
          admin.createOfficer({
            departmentId: world.ids.departmentA,
            displayName: `Racer ${i}`,
            timeZone: 'America/New_York',
          }),
        ),
      );
      tokens = await Promise.all(
        officers.map(
          async (o) =>
            (
              await admin.issueToken({
                session: { role: 'officer', officerId: o.id, departmentId: o.departmentId },
              })
            ).token,
        ),
      );
    });

    afterAll(async () => {
      await Promise.all(servers.map((s) => s.stop()));
      await pg.drop();
    });

    it(`${SLOTS * ATTEMPTS_PER_SLOT} concurrent attempts on ${SLOTS} slots: exactly ${SLOTS} succeed, the rest get a conflict, nothing overlaps`, async () => {
      const slots = (await freeSlots()).slice(0, SLOTS);
      expect(slots).toHaveLength(SLOTS);

      const attempts = slots.flatMap((slot, s) =>
        Array.from({ length: ATTEMPTS_PER_SLOT }, (_, j) => {
          const n = s * ATTEMPTS_PER_SLOT + j;
          return call(server(j).url, 'POST', '/v1/officer/visits', {
            token: tokens[n % OFFICERS],
            body: { clinicianId: slot.clinicianId, start: slot.start, modality: 'virtual' },
          }).then((reply) => ({ slot: slot.start, reply }));
        }),
      );
      const results = await Promise.all(attempts);
      const booked = results.filter((r) => r.reply.status === 201);
      const refused = results.filter((r) => r.reply.status !== 201);

      expect(booked).toHaveLength(SLOTS);
      expect(booked.map((r) => r.slot).sort()).toEqual(slots.map((s) => s.start).sort());
      expect(refused).toHaveLength(SLOTS * (ATTEMPTS_PER_SLOT - 1));
      for (const r of refused) {
        expect(r.reply.status).toBe(409);
        expect(codeOf(r.reply)).toBe('slot-taken');
      }

      const { overlaps, rows } = await bookedRows(world.ids.clinicianC);
      expect(overlaps).toEqual([]);
      expect(rows).toHaveLength(SLOTS);
      const bookedIds = booked.map((r) => (r.reply.body as { id: string }).id).sort();
      expect(rows.map((r) => r.id).sort()).toEqual(bookedIds);
    });

    it(`one booking replayed ${REPLAYS} times with one idempotency key, across the processes, creates one visit`, async () => {
      const slot = (await freeSlots()).at(-1);
      if (!slot) throw new Error('a free slot');
      const token = await world.token(world.sessions.officerA1);
      const key = `replay-${slot.start}`;
      const replies: Reply[] = await Promise.all(
        Array.from({ length: REPLAYS }, (_, i) =>
          call(server(i).url, 'POST', '/v1/officer/visits', {
            token,
            headers: { 'idempotency-key': key },
            body: { clinicianId: slot.clinicianId, start: slot.start, modality: 'virtual' },
          }),
        ),
      );
      for (const reply of replies) expect(reply.status, JSON.stringify(reply.body)).toBe(201);
      const ids = new Set(replies.map((r) => (r.body as { id: string }).id));
      expect(ids.size).toBe(1);

      const { rows } = await bookedRows(world.ids.clinicianC);
      const atThatTime = rows.filter((r) => new Date(r.start).getTime() === Date.parse(slot.start));
      expect(atThatTime.map((r) => r.id)).toEqual([...ids]);
    });
  });
}
