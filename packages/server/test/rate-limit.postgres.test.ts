import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresConfigured } from './support/databases.js';
import { call, codeOf } from './support/http.js';
import { twoProcessesOnPostgres } from './support/process.js';
import { createTestWorld } from './support/world.js';

if (postgresConfigured('rate-limit.postgres.test.ts')) {
  describe('rate limits across two server processes on one PostgreSQL', () => {
    // A burst of 4, refilling too slowly to matter during the test.
    const { started } = twoProcessesOnPostgres(
      { env: { WELLVISIT_BOOKING_LIMIT: '4/0.001' } },
      { beforeAll, afterAll },
    );

    it('one officer gets the limit once in all, not once per process', async () => {
      const [a, b] = started;
      if (!a || !b) throw new Error('two processes started');
      const world = await createTestWorld(a);
      const token = await world.token(world.sessions.officerA1);
      const slots = (await world.slots(world.sessions.officerA1, world.ids.clinicianC)).slice(0, 6);
      expect(slots).toHaveLength(6);
      const statuses: number[] = [];
      for (const [i, slot] of slots.entries()) {
        // Alternating: each process alone sees three, under its burst of four.
        const reply = await call(i % 2 === 0 ? a.url : b.url, 'POST', '/v1/officer/visits', {
          token,
          body: { clinicianId: slot.clinicianId, start: slot.start, modality: 'virtual' },
        });
        statuses.push(reply.status);
        if (reply.status === 429) expect(codeOf(reply)).toBe('rate-limited');
      }
      expect(statuses).toEqual([201, 201, 201, 201, 429, 429]);
    });
  });
}
