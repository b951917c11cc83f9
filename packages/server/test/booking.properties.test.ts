import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Slot, Visit, WellvisitBackend } from '@wellvisit/sdk';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createTestWorld } from './support/world.js';

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = await snapshotPglite();
  server = await startTestServer(db, { rateLimits: { booking: false, tokens: false } });
});

afterAll(async () => {
  await server.close();
  await db.close();
});

type Operation =
  | { kind: 'book'; officer: number; slot: number; key: number | undefined }
  | { kind: 'cancel'; officer: number; pick: number }
  | { kind: 'reschedule'; officer: number; pick: number; slot: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({
    kind: fc.constant('book' as const),
    officer: fc.nat(1),
    slot: fc.nat(5),
    key: fc.option(fc.nat(3), { nil: undefined }),
  }),
  fc.record({ kind: fc.constant('cancel' as const), officer: fc.nat(1), pick: fc.nat(5) }),
  fc.record({
    kind: fc.constant('reschedule' as const),
    officer: fc.nat(1),
    pick: fc.nat(5),
    slot: fc.nat(5),
  }),
);

describe('booking under random concurrent operations', () => {
  it('never double-books, and what was acknowledged is what the database holds', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(operation, { minLength: 1, maxLength: 6 }), {
          minLength: 1,
          maxLength: 4,
        }),
        async (batches) => {
          const world = await createTestWorld(server);
          const officers: WellvisitBackend[] = [
            await world.as(world.sessions.officerA1),
            await world.as(world.sessions.officerA2),
          ];
          const slots: Slot[] = (
            await world.slots(world.sessions.officerA1, world.ids.clinicianC)
          ).slice(0, 6);
          const latest = new Map<string, Visit>();
          const known = (officer: number) =>
            [...latest.values()].filter(
              (v) => v.officerId === (officer === 0 ? world.ids.officerA1 : world.ids.officerA2),
            );
          const run = async (op: Operation): Promise<void> => {
            const api = officers[op.officer]?.officer;
            if (!api) return;
            if (op.kind === 'book') {
              const slot = slots[op.slot];
              if (!slot) return;
              const visit = await api.book({
                clinicianId: slot.clinicianId,
                start: slot.start,
                modality: 'virtual',
                ...(op.key === undefined
                  ? {}
                  : { idempotencyKey: `key-${op.officer}-${op.key}-${slot.start}` }),
              });
              latest.set(visit.id, visit);
              return;
            }
            const target = known(op.officer)[op.pick % Math.max(1, known(op.officer).length)];
            if (!target) return;
            const changed =
              op.kind === 'cancel'
                ? await api.cancel(target.id)
                : await api.reschedule(target.id, { start: slots[op.slot]?.start ?? target.start });
            const previous = latest.get(changed.id);
            if (!previous || previous.version < changed.version) latest.set(changed.id, changed);
          };
          // Operations within a batch run concurrently; conflicts are expected, anything else is not.
          for (const batch of batches) {
            const results = await Promise.allSettled(batch.map(run));
            for (const result of results) {
              if (result.status === 'rejected') {
                expect(result.reason).toMatchObject({ name: 'ConflictError' });
              }
            }
          }
          const rows = await db.query<{
            id: string;
            status: string;
            version: number;
            start_at: Date;
            end_at: Date;
          }>(
            `SELECT v.id, v.status, v.version, v.start_at, v.end_at FROM visits v WHERE v.clinician_id = $1`,
            [world.ids.clinicianC],
          );
          const booked = rows
            .filter((r) => r.status === 'booked')
            .sort((a, b) => a.start_at.getTime() - b.start_at.getTime());
          for (let i = 1; i < booked.length; i++) {
            expect(booked[i]?.start_at.getTime()).toBeGreaterThanOrEqual(
              booked[i - 1]?.end_at.getTime() ?? 0,
            );
          }
          // Every acknowledged visit exists, at least at the version acknowledged.
          const byId = new Map(rows.map((r) => [r.id, r]));
          for (const visit of latest.values()) {
            expect(byId.get(visit.id)?.version ?? 0).toBeGreaterThanOrEqual(visit.version);
          }
        },
      ),
      { numRuns: 12 },
    );
  });
});
