import { expect } from 'vitest';
import type { Visit } from '@wellvisit/sdk';
import type { TestServer } from './server.js';
import { createTestWorld, type TestWorld } from './world.js';

export interface Acknowledged {
  world: TestWorld;
  visits: Visit[];
  cancelledId: string;
  excusedPeriod: string;
}

/**
 * Makes many writes of every kind and returns what the server acknowledged: concurrent bookings
 * (some lose the race for a slot), a cancellation, an excusal, preferences, an audited read.
 */
export async function writeMany(server: TestServer): Promise<Acknowledged> {
  const world = await createTestWorld(server);
  const slots = await world.slots(world.sessions.officerA1, world.ids.clinicianC);
  const officers = [
    await world.as(world.sessions.officerA1),
    await world.as(world.sessions.officerA2),
  ];
  // Twelve slots, each tried by both officers at once: exactly twelve bookings are acknowledged.
  const attempts = await Promise.allSettled(
    slots
      .slice(0, 12)
      .flatMap((slot) =>
        officers.map((o) =>
          o.officer.book({ clinicianId: slot.clinicianId, start: slot.start, modality: 'virtual' }),
        ),
      ),
  );
  const visits = attempts.flatMap((a) => (a.status === 'fulfilled' ? [a.value] : []));
  expect(visits).toHaveLength(12);
  const first = visits[0];
  if (!first) throw new Error('a visit was booked');
  const owner = first.officerId === world.ids.officerA1 ? officers[0] : officers[1];
  await owner?.officer.cancel(first.id);
  const admin = await world.as(world.sessions.adminA);
  const [period] = await admin.department.periods();
  if (!period) throw new Error('a current period');
  await admin.department.excuse(world.ids.officerA2, period.id);
  await officers[0]?.officer.setReminderPreferences({
    channels: [],
    leadTimesMinutes: [90],
    discreet: false,
  });
  return { world, visits, cancelledId: first.id, excusedPeriod: period.id };
}

/** Every acknowledged write is there after the restart. */
export async function expectAllKept(ack: Acknowledged): Promise<void> {
  const { world } = ack;
  const mine = [
    ...(await (
      await world.as(world.sessions.officerA1)
    ).officer.listVisits({ from: '2000-01-01T00:00:00Z' })),
    ...(await (
      await world.as(world.sessions.officerA2)
    ).officer.listVisits({ from: '2000-01-01T00:00:00Z' })),
  ];
  expect(mine.map((v) => v.id).sort()).toEqual(ack.visits.map((v) => v.id).sort());
  expect(mine.find((v) => v.id === ack.cancelledId)?.status).toBe('cancelled');
  expect(mine.filter((v) => v.status === 'booked')).toHaveLength(11);
  const admin = await world.as(world.sessions.adminA);
  const record = await admin.department.attendance(world.ids.officerA2, ack.excusedPeriod);
  expect(record.status).toBe('excused');
  const officer = await world.as(world.sessions.officerA1);
  expect((await officer.officer.reminderPreferences()).leadTimesMinutes).toEqual([90]);
  // The department's reads were audited, and the audit survived too.
  const log = await (await world.as(world.sessions.officerA2)).officer.attendanceAccessLog();
  expect(log.length).toBeGreaterThanOrEqual(2);
  expect(log[0]?.actorRole).toBe('department-admin');
}
