import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import { openPostgres } from '../src/db/postgres.js';
import { postgresConfigured } from './support/databases.js';
import { call, codeOf } from './support/http.js';
import { twoProcessesOnPostgres } from './support/process.js';
import { createTestWorld } from './support/world.js';

if (postgresConfigured('race.postgres.test.ts')) {
  describe('two server processes on one PostgreSQL', () => {
    const { started, url } = twoProcessesOnPostgres({}, { beforeAll, afterAll });

    it('racing for the same slots never double-book', async () => {
      const [a, b] = started;
      if (!a || !b) throw new Error('two processes started');
      const world = await createTestWorld(a);
      const admin = createHttpBackend({ baseUrl: a.url, token: a.adminKey }).admin;
      const officers = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          admin.createOfficer({
            departmentId: world.ids.departmentA,
            displayName: `Racer ${i}`,
            timeZone: 'America/New_York',
          }),
        ),
      );
      const tokens = await Promise.all(
        officers.map(
          async (o) =>
            (
              await admin.issueToken({
                session: { role: 'officer', officerId: o.id, departmentId: o.departmentId },
              })
            ).token,
        ),
      );
      const slots = (await world.slots(world.sessions.officerA1, world.ids.clinicianC)).slice(0, 6);
      expect(slots).toHaveLength(6);

      // Every officer tries every slot, through both processes, all at once.
      const attempts = slots.flatMap((slot) =>
        tokens.map((token, i) =>
          call(i % 2 === 0 ? a.url : b.url, 'POST', '/v1/officer/visits', {
            token,
            body: { clinicianId: slot.clinicianId, start: slot.start, modality: 'virtual' },
          }).then((reply) => ({ slot: slot.start, reply })),
        ),
      );
      const results = await Promise.all(attempts);
      const booked = results.filter((r) => r.reply.status === 201);
      const refused = results.filter((r) => r.reply.status !== 201);
      expect(booked.map((r) => r.slot).sort()).toEqual(slots.map((s) => s.start).sort());
      for (const r of refused) {
        expect(r.reply.status).toBe(409);
        expect(codeOf(r.reply)).toBe('slot-taken');
      }

      const db = openPostgres(url(), 1);
      try {
        const overlaps = await db.query(
          `SELECT 1 FROM visits x JOIN visits y
             ON x.clinician_id = y.clinician_id AND x.id < y.id
            AND tstzrange(x.start_at, x.end_at) && tstzrange(y.start_at, y.end_at)
          WHERE x.status = 'booked' AND y.status = 'booked'`,
        );
        expect(overlaps).toEqual([]);
        const [row] = await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM visits WHERE clinician_id = $1 AND status = 'booked'`,
          [world.ids.clinicianC],
        );
        expect(row?.n).toBe(6);
      } finally {
        await db.close();
      }
    });
  });
}
