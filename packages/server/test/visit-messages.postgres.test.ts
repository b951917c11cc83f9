import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import type { Database } from '../src/db/database.js';
import { createTestPostgres, postgresConfigured, type TestPostgres } from './support/databases.js';
import { addContacts, readMail } from './support/mail.js';
import { startInstances, type Instances } from './support/instances.js';
import { testClock } from './support/server.js';
import { startSmtpReceiver, type SmtpReceiver } from './support/smtp-receiver.js';
import { createTestWorld } from './support/world.js';

if (postgresConfigured('visit-messages.postgres.test.ts')) {
  describe('visit messages with two instances on one PostgreSQL', () => {
    let pg: TestPostgres;
    let smtp: SmtpReceiver;
    let instances: Instances;
    const clock = testClock();

    beforeAll(async () => {
      pg = await createTestPostgres();
      smtp = await startSmtpReceiver();
      instances = await startInstances(pg, 2, {
        now: clock.now,
        email: { smtpUrl: smtp.url, from: 'visits@program.example' },
      });
    });

    afterAll(async () => {
      await instances.close();
      await smtp.close();
      await pg.drop();
    });

    it('every message is sent exactly once while both workers run', async () => {
      const { servers, pools } = instances;
      const [one, two] = servers;
      if (!one || !two) throw new Error('two instances');
      const world = await createTestWorld(one);
      const people = await addContacts(one, world);
      // The officer's calls alternate between the two instances.
      const [viaOne, viaTwo] = [
        createHttpBackend({ baseUrl: one.url, token: await world.token(people.officer) }),
        createHttpBackend({ baseUrl: two.url, token: await world.token(people.officer) }),
      ];
      const via = (i: number) => (i % 2 === 0 ? viaOne : viaTwo).officer;
      // Both instances' workers already run (listen starts them) while the changes commit.
      const slots = (await world.slots(people.officer, people.clinicianId)).slice(0, 30);
      expect(slots).toHaveLength(30);
      // Twenty visits booked through both instances; five of them moved and five cancelled.
      const visits = await Promise.all(
        slots.slice(0, 20).map((slot, i) =>
          via(i).book({
            clinicianId: people.clinicianId,
            start: slot.start,
            modality: 'virtual',
          }),
        ),
      );
      await Promise.all(
        visits.slice(0, 5).map((visit, i) =>
          via(i).reschedule(visit.id, {
            start: slots[20 + i]?.start ?? '',
          }),
        ),
      );
      await Promise.all(visits.slice(5, 10).map((visit, i) => via(i).cancel(visit.id)));
      const expected = (20 + 5 + 5) * 2;
      for (let i = 0; i < 600 && smtp.messages.length < expected; i++) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // A little longer, so a duplicate would have time to arrive.
      await new Promise((resolve) => setTimeout(resolve, 500));
      await Promise.all(servers.map((server) => server.server.messages.stop()));

      const mails = smtp.messages.map(readMail);
      expect(mails).toHaveLength(expected);
      expect(new Set(mails.map((m) => m.messageId)).size).toBe(expected);
      const per = (method: string) => mails.filter((m) => m.calendar.method === method).length;
      expect([per('REQUEST'), per('CANCEL')]).toEqual([50, 10]);
      const rows = await (pools[1] as Database).query<{ status: string; attempts: number }>(
        'SELECT DISTINCT status, attempts FROM visit_messages',
      );
      expect(rows).toEqual([{ status: 'sent', attempts: 1 }]);
    });
  });
}
