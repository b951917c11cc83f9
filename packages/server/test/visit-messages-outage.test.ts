import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { addContacts, bookFor, readMail } from './support/mail.js';
import { startTestServer, type TestServer } from './support/server.js';
import { freePort, startSmtpReceiver, type SmtpReceiver } from './support/smtp-receiver.js';
import { createTestWorld, type TestWorld } from './support/world.js';

// The mail server is down while visits are booked, moved and cancelled: nothing is blocked,
// nothing is lost, and once it is back every message goes out exactly once.

const MINUTE = 60_000;

let db: Database;
let port: number;
let server: TestServer;
let world: TestWorld;
let smtp: SmtpReceiver | undefined;

beforeAll(async () => {
  db = await snapshotPglite();
  port = await freePort();
  server = await startTestServer(db, {
    email: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'visits@program.example' },
    rateLimits: { booking: false },
  });
  world = await createTestWorld(server);
});

afterAll(async () => {
  await server.close();
  await smtp?.close();
  await db.close();
});

const statuses = () =>
  db.query<{ status: string; n: number }>(
    'SELECT status, count(*)::int AS n FROM visit_messages GROUP BY status ORDER BY status',
  );

describe('an SMTP server that is down', () => {
  it('blocks no change and loses no message: all go out once it is back', async () => {
    const people = await addContacts(server, world);
    // Three visits booked, one of them moved and one cancelled, all while the server is down.
    const { officer, visit: first } = await bookFor(world, people, 0);
    const { visit: second } = await bookFor(world, people, 1);
    await bookFor(world, people, 2);
    const [later] = (await world.slots(people.officer, people.clinicianId)).slice(3);
    if (!later) throw new Error('a free slot');
    await officer.officer.reschedule(first.id, { start: later.start });
    await officer.officer.cancel(second.id);
    const expected = (3 + 1 + 1) * 2;

    // Every attempt fails for an hour of backoff (30 s doubling, at most 15 minutes apart).
    for (let round = 0; round < 8; round++) {
      await server.server.messages.tick();
      server.advanceTime(15 * MINUTE);
    }
    expect(await statuses()).toEqual([{ status: 'pending', n: expected }]);
    const [failure] = await db.query<{ last_failure: string; attempts: number }>(
      'SELECT DISTINCT last_failure, min(attempts)::int AS attempts FROM visit_messages GROUP BY last_failure',
    );
    expect(failure?.last_failure).toMatch(/^E[A-Z]+$/);
    expect(failure?.attempts).toBeGreaterThan(3);

    smtp = await startSmtpReceiver(port);
    server.advanceTime(15 * MINUTE);
    expect(await server.server.messages.tick()).toBe(expected);
    expect(await server.server.messages.tick()).toBe(0);
    expect(await statuses()).toEqual([{ status: 'sent', n: expected }]);
    const mails = smtp.messages.map(readMail);
    expect(mails).toHaveLength(expected);
    expect(new Set(mails.map((m) => m.messageId)).size).toBe(expected);
    // In order of the changes: the first visit's REQUEST 0 and 1, the second's REQUEST and CANCEL.
    const of = (id: string) =>
      mails
        .filter((m) => m.calendar.uid === `${id}@wellvisit` && m.to === people.officerEmail)
        .map((m) => `${m.calendar.method} ${m.calendar.sequence}`)
        .sort();
    expect(of(first.id)).toEqual(['REQUEST 0', 'REQUEST 1']);
    expect(of(second.id)).toEqual(['CANCEL 1', 'REQUEST 0']);
  });

  it('gives a message up, with the reason, once its visit has started', async () => {
    await smtp?.close();
    smtp = undefined;
    const { visit } = await bookFor(world, await addContacts(server, world));
    expect(await server.server.messages.tick()).toBe(2);
    server.advanceTime(Date.parse(visit.start) - server.now().getTime());
    expect(await server.server.messages.tick()).toBe(2);
    const rows = await db.query<{ status: string; last_failure: string; copy: boolean }>(
      `SELECT status, last_failure, visit IS NOT NULL AS copy FROM visit_messages WHERE visit_id = $1`,
      [visit.id],
    );
    expect(rows).toEqual([
      { status: 'dead', last_failure: 'the visit had started', copy: false },
      { status: 'dead', last_failure: 'the visit had started', copy: false },
    ]);
  });
});
