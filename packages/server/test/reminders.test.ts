import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  onTestFinished,
} from 'vitest';
import type { Visit, WellvisitBackend } from '@wellvisit/sdk';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';
import { createTestWorld, type TestWorld } from './support/world.js';

const SECRET = 'whsec_test_0123456789abcdef0123456789';
const HOUR = 3_600_000;

let db: Database;
let server: TestServer;
let receiver: WebhookReceiver;
let world: TestWorld;
let officer: WellvisitBackend;

beforeAll(async () => {
  db = await snapshotPglite();
  receiver = await startWebhookReceiver(SECRET);
  server = await startTestServer(db, {
    webhook: { url: receiver.url, secret: SECRET },
    worker: { maxAttempts: 3, backoffMs: 60_000 },
    rateLimits: { booking: false },
  });
});

beforeEach(async () => {
  world = await createTestWorld(server);
  officer = await world.as(world.sessions.officerA1);
  receiver.deliveries.length = 0;
});

afterEach(async () => {
  // Drain what this test left due, so the next one starts from a quiet queue.
  await db.query(`DELETE FROM reminder_jobs`);
});

afterAll(async () => {
  await server.close();
  await receiver.close();
  await db.close();
});

/** Reminder deliveries only: the same webhook also receives visit events (visit.booked…). */
const reminders = () => receiver.deliveries.filter((d) => d.body.type === 'reminder.due');

const jobsOf = (visitId: string) =>
  db.query<{ status: string; due_at: Date; attempts: number; channel: string }>(
    'SELECT status, due_at, attempts, channel FROM reminder_jobs WHERE visit_id = $1 ORDER BY due_at',
    [visitId],
  );

/** Books the first free slot more than a day ahead. */
async function bookTomorrow(index = 0): Promise<Visit> {
  const slot = (await world.slots(world.sessions.officerA1, world.ids.clinicianC))[index];
  if (!slot) throw new Error('a free slot');
  return officer.officer.book({
    clinicianId: slot.clinicianId,
    start: slot.start,
    modality: 'virtual',
  });
}

/** Moves the clock to just after `at`. */
function advanceTo(at: string): void {
  server.advanceTime(Date.parse(at) - server.now().getTime() + 1000);
}

describe('reminder jobs', () => {
  it('none are made while the officer has chosen no channel (the default)', async () => {
    const visit = await bookTomorrow();
    expect(await jobsOf(visit.id)).toEqual([]);
  });

  it('booking makes one job per lead time and channel; rescheduling replaces them; cancelling drops them', async () => {
    await officer.officer.setReminderPreferences({
      channels: ['webhook', 'email'],
      leadTimesMinutes: [60, 120],
      discreet: true,
    });
    const visit = await bookTomorrow();
    const jobs = await jobsOf(visit.id);
    // Email is not configured on this server: webhook jobs only.
    expect(jobs.map((j) => [j.channel, j.due_at.getTime()])).toEqual([
      ['webhook', Date.parse(visit.start) - 2 * HOUR],
      ['webhook', Date.parse(visit.start) - HOUR],
    ]);
    const slots = await world.slots(world.sessions.officerA1, world.ids.clinicianC);
    const later = slots[3];
    if (!later) throw new Error('a later slot');
    const moved = await officer.officer.reschedule(visit.id, { start: later.start });
    expect((await jobsOf(visit.id)).map((j) => j.due_at.getTime())).toEqual([
      Date.parse(moved.start) - 2 * HOUR,
      Date.parse(moved.start) - HOUR,
    ]);
    await officer.officer.cancel(visit.id);
    expect(await jobsOf(visit.id)).toEqual([]);
  });

  it('a due reminder goes out once, signed, with discreet wording and opaque ids', async () => {
    await officer.officer.setReminderPreferences({
      channels: ['webhook'],
      leadTimesMinutes: [60],
      discreet: true,
    });
    const visit = await bookTomorrow();
    expect(await server.server.worker.tick()).toBe(0);
    expect(reminders()).toHaveLength(0);
    advanceTo(new Date(Date.parse(visit.start) - HOUR).toISOString());
    expect(await server.server.worker.tick()).toBe(1);
    expect(await server.server.worker.tick()).toBe(0);
    expect(receiver.rejected).toBe(0);
    expect(reminders()).toHaveLength(1);
    const [delivery] = reminders();
    // Wall-clock time, which receivers check against theirs, not the server's moved clock.
    expect(Math.abs((delivery?.timestamp ?? 0) - Date.now() / 1000)).toBeLessThan(60);
    expect(delivery?.body).toEqual({
      type: 'reminder.due',
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as string,
      data: {
        reminderId: `${visit.id}-60`,
        officerId: world.ids.officerA1,
        visitId: visit.id,
        at: visit.start,
        text: 'You have an appointment',
      },
    });
    expect(JSON.stringify(delivery?.body)).not.toContain(world.ids.clinicianC);
    expect((await jobsOf(visit.id))[0]?.status).toBe('sent');
  });

  it('an officer who turned discreet wording off is told the clinician', async () => {
    await officer.officer.setReminderPreferences({
      channels: ['webhook'],
      leadTimesMinutes: [60],
      discreet: false,
    });
    const visit = await bookTomorrow();
    advanceTo(new Date(Date.parse(visit.start) - HOUR).toISOString());
    await server.server.worker.tick();
    expect(reminders()[0]?.body.data.text).toBe(
      `You have a wellness visit with Dr. ${world.ids.clinicianC}`,
    );
  });

  it('a failed delivery is retried with exponential backoff, and given up after the last attempt', async () => {
    // This test ticks the worker itself: its background poll would race it for the due retries.
    await server.server.worker.stop();
    onTestFinished(() => {
      server.server.worker.start();
    });
    await officer.officer.setReminderPreferences({
      channels: ['webhook'],
      leadTimesMinutes: [60],
      discreet: true,
    });
    const first = await bookTomorrow(0);
    const second = await bookTomorrow(1);
    advanceTo(new Date(Date.parse(first.start) - HOUR).toISOString());
    receiver.failNext(2);
    expect(await server.server.worker.tick()).toBe(1); // attempt 1 fails: next in a minute
    expect(await server.server.worker.tick()).toBe(0);
    server.advanceTime(60_000);
    expect(await server.server.worker.tick()).toBe(1); // attempt 2 fails: next in two minutes
    server.advanceTime(60_000);
    expect(await server.server.worker.tick()).toBe(0);
    server.advanceTime(60_000);
    expect(await server.server.worker.tick()).toBe(1); // attempt 3 succeeds
    expect(reminders()).toHaveLength(1);
    expect(await jobsOf(first.id)).toMatchObject([{ status: 'sent', attempts: 3 }]);

    advanceTo(new Date(Date.parse(second.start) - HOUR).toISOString());
    receiver.failNext(100);
    for (let attempt = 0; attempt < 3; attempt++) {
      expect(await server.server.worker.tick()).toBe(1);
      server.advanceTime(4 * 60_000);
    }
    expect(await server.server.worker.tick()).toBe(0);
    expect(await jobsOf(second.id)).toMatchObject([{ status: 'dead', attempts: 3 }]);
    expect(reminders()).toHaveLength(1);
    receiver.failNext(0);
  });

  it('a reminder held up until the visit has started is given up, not sent', async () => {
    await officer.officer.setReminderPreferences({
      channels: ['webhook'],
      leadTimesMinutes: [60],
      discreet: true,
    });
    const visit = await bookTomorrow();
    // The worker was down from before the reminder was due until after the visit began.
    advanceTo(visit.start);
    expect(await server.server.worker.tick()).toBe(1);
    expect(reminders()).toHaveLength(0);
    expect(await jobsOf(visit.id)).toMatchObject([{ status: 'dead', attempts: 1 }]);
    const [job] = await db.query<{ last_failure: string }>(
      'SELECT last_failure FROM reminder_jobs WHERE visit_id = $1',
      [visit.id],
    );
    expect(job?.last_failure).toBe('the visit had started');
  });

  it('the running worker delivers by itself', async () => {
    await officer.officer.setReminderPreferences({
      channels: ['webhook'],
      leadTimesMinutes: [60],
      discreet: true,
    });
    const visit = await bookTomorrow();
    advanceTo(new Date(Date.parse(visit.start) - HOUR).toISOString());
    server.server.worker.start();
    try {
      for (let i = 0; i < 100 && reminders().length === 0; i++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    } finally {
      await server.server.worker.stop();
    }
    expect(reminders().map((d) => d.body.data.visitId)).toEqual([visit.id]);
  });
});
