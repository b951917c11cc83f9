import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHttpBackend, type Visit } from '@wellvisit/sdk';
import { createTestPostgres, postgresConfigured } from '../test/support/databases.js';
import { startServerProcess, type ProcessOptions } from '../test/support/process.js';
import { createTestWorld, type TestWorld } from '../test/support/world.js';

/**
 * Books as fast as it can through a server process, kills the process with SIGKILL while
 * requests are in flight, starts it again on the same store, and checks that every booking the
 * server acknowledged is there, and none is half-written.
 */
async function crashWhileBooking(options: ProcessOptions): Promise<void> {
  const first = await startServerProcess(options);
  let acknowledged: Visit[] = [];
  let world: TestWorld | undefined;
  try {
    world = await createTestWorld(first);
    const officer = await world.as(world.sessions.officerA1);
    const slots = await world.slots(world.sessions.officerA1, world.ids.clinicianC);
    const attempts = slots.slice(0, 30).map((slot, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 15)).then(() =>
        officer.officer.book({
          clinicianId: slot.clinicianId,
          start: slot.start,
          modality: 'virtual',
          idempotencyKey: `crash-${slot.start}`,
        }),
      ),
    );
    const settling = Promise.allSettled(attempts);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await first.crash();
    const settled = await settling;
    acknowledged = settled.flatMap((s) => (s.status === 'fulfilled' ? [s.value] : []));
  } finally {
    await first.crash();
  }
  expect(acknowledged.length).toBeGreaterThan(0);

  const second = await startServerProcess({ ...options, port: Number(new URL(first.url).port) });
  try {
    const token = await world.token(world.sessions.officerA1);
    const again = createHttpBackend({ baseUrl: second.url, token });
    const kept = await again.officer.listVisits({ from: '2000-01-01T00:00:00Z' });
    const keptIds = new Set(kept.map((v) => v.id));
    for (const visit of acknowledged) expect(keptIds.has(visit.id), visit.id).toBe(true);

    // None is half-written: a visit and its idempotency key commit together, so replaying the
    // booking of every visit that is there returns that visit and creates nothing.
    const booked = kept.filter((v) => v.status === 'booked');
    expect(booked.length).toBeGreaterThanOrEqual(acknowledged.length);
    for (const visit of booked) {
      const replayed = await again.officer.book({
        clinicianId: visit.clinicianId,
        start: visit.start,
        modality: 'virtual',
        idempotencyKey: `crash-${visit.start}`,
      });
      expect(replayed.id).toBe(visit.id);
    }
    const after = await again.officer.listVisits({ from: '2000-01-01T00:00:00Z' });
    expect(after.map((v) => v.id).sort()).toEqual(kept.map((v) => v.id).sort());
  } finally {
    await second.stop();
  }
}

describe('a crash (SIGKILL) keeps every acknowledged booking', () => {
  it('on PGlite', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'wellvisit-crash-'));
    try {
      await crashWhileBooking({ dataDir });
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  if (postgresConfigured('crash.torture.test.ts')) {
    it('on PostgreSQL', async () => {
      const pg = await createTestPostgres();
      try {
        await crashWhileBooking({ databaseUrl: pg.url });
      } finally {
        await pg.drop();
      }
    });
  }
});
