import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createTestPostgres, postgresConfigured, type TestPostgres } from './support/databases.js';
import { startInstances, type Instances } from './support/instances.js';
import { testClock } from './support/server.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';
import { createTestWorld } from './support/world.js';

const SECRET = 'whsec_test_0123456789abcdef0123456789';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

if (postgresConfigured('reminders.postgres.test.ts')) {
  describe('reminders with two instances on one PostgreSQL', () => {
    let pg: TestPostgres;
    let receiver: WebhookReceiver;
    let instances: Instances;
    const clock = testClock();
    // The webhook also receives the visit events (visit.booked) of the bookings below.
    const reminders = () => receiver.deliveries.filter((d) => d.body.type === 'reminder.due');

    beforeAll(async () => {
      pg = await createTestPostgres();
      receiver = await startWebhookReceiver(SECRET);
      instances = await startInstances(pg, 2, {
        now: clock.now,
        webhook: { url: receiver.url, secret: SECRET },
      });
    });

    afterAll(async () => {
      await instances.close();
      await receiver.close();
      await pg.drop();
    });

    it('every due reminder is delivered exactly once while both workers run', async () => {
      const { servers, pools } = instances;
      const [one, two] = servers;
      if (!one || !two) throw new Error('two instances');
      const world = await createTestWorld(one);
      const officers = [world.sessions.officerA1, world.sessions.officerA2];
      // Twenty visits some days ahead, booked through both instances: sixty reminders. Their lead
      // times exceed the visits' spread, so every reminder is due before the first visit begins
      // (a reminder still unsent once its visit has started is given up, not sent).
      const later = (days: number) => new Date(clock.now().getTime() + days * DAY).toISOString();
      const slots = (
        await (
          await world.as(world.sessions.officerA1)
        ).officer.listSlots({ clinicianId: world.ids.clinicianC, from: later(4), to: later(7) })
      ).slice(0, 20);
      expect(slots).toHaveLength(20);
      const first = Date.parse(slots[0]?.start ?? '');
      const spreadHours = Math.ceil((Date.parse(slots[19]?.start ?? '') - first) / HOUR) + 1;
      const leadTimesMinutes = [0, 1, 2].map((extra) => (spreadHours + extra) * 60);
      expect(first - (spreadHours + 2) * HOUR).toBeGreaterThan(clock.now().getTime());
      for (const session of officers) {
        await (
          await world.as(session)
        ).officer.setReminderPreferences({
          channels: ['webhook'],
          leadTimesMinutes,
          discreet: true,
        });
      }
      const visits = await Promise.all(
        slots.map(async (slot, i) =>
          (await world.as(officers[i % 2] ?? world.sessions.officerA1)).officer.book({
            clinicianId: slot.clinicianId,
            start: slot.start,
            modality: 'virtual',
          }),
        ),
      );
      const [row] = await (pools[0] as Database).query<{ n: number }>(
        'SELECT count(*)::int AS n FROM reminder_jobs',
      );
      expect(row?.n).toBe(60);

      one.server.worker.start();
      two.server.worker.start();
      // Every reminder falls due at once, a minute before the first visit: the two workers
      // compete for all sixty.
      expect(Math.min(...visits.map((v) => Date.parse(v.start)))).toBe(first);
      clock.advance(first - MINUTE - clock.now().getTime());
      for (let i = 0; i < 600 && reminders().length < 60; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // A little longer, so a duplicate would have time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await one.server.worker.stop();
      await two.server.worker.stop();

      expect(receiver.rejected).toBe(0);
      const ids = reminders().map((d) => d.deliveryId);
      expect(ids).toHaveLength(60);
      expect(new Set(ids).size).toBe(60);
      const reminderIds = new Set(reminders().map((d) => d.body.data.reminderId));
      expect(reminderIds.size).toBe(60);
      const statuses = await (pools[1] as Database).query<{ status: string; attempts: number }>(
        'SELECT DISTINCT status, attempts FROM reminder_jobs',
      );
      expect(statuses).toEqual([{ status: 'sent', attempts: 1 }]);
    });
  });
}
