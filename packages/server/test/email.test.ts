import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend, type Visit } from '@wellvisit/sdk';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createTestWorld, TIME_ZONE, type TestWorld } from './support/world.js';

// nodemailer's JSON transport builds the real message without a network; we keep each one.
const sent: { envelope: { to: string[] }; subject: string; text: string }[] = [];
const json = nodemailer.createTransport({ jsonTransport: true });
const transport = {
  async sendMail(message: SendMailOptions) {
    const info = (await json.sendMail(message)) as { envelope: { to: string[] }; message: string };
    sent.push({
      ...(JSON.parse(info.message) as Omit<(typeof sent)[number], 'envelope'>),
      envelope: info.envelope,
    });
    return info;
  },
};

let db: Database;
let server: TestServer;

beforeAll(async () => {
  db = await snapshotPglite();
  server = await startTestServer(db, {
    email: { smtpUrl: 'smtp://unused.invalid', from: 'reminders@wellvisit.example', transport },
  });
});

afterAll(async () => {
  await server.close();
  await db.close();
});

/**
 * An officer with an address who chose email reminders an hour ahead, booked with clinician C;
 * resolves once the reminder is due.
 */
async function remindedOfficer(
  world: TestWorld,
  fields: { displayName: string; email: string; language?: string },
): Promise<Visit> {
  const admin = createHttpBackend({ baseUrl: server.url, token: server.adminKey }).admin;
  const created = await admin.createOfficer({
    departmentId: world.ids.departmentA,
    timeZone: TIME_ZONE,
    ...fields,
  });
  const session = {
    role: 'officer',
    officerId: created.id,
    departmentId: created.departmentId,
  } as const;
  const officer = await world.as(session);
  await officer.officer.setReminderPreferences({
    channels: ['email'],
    leadTimesMinutes: [60],
    discreet: true,
  });
  const [slot] = await world.slots(session, world.ids.clinicianC);
  if (!slot) throw new Error('a free slot');
  return officer.officer.book({
    clinicianId: slot.clinicianId,
    start: slot.start,
    modality: 'virtual',
  });
}

/** Moves the clock to a second past the hour-ahead reminder of `visit`. */
const toReminderOf = (visit: Visit) => {
  server.advanceTime(Date.parse(visit.start) - 3_600_000 - server.now().getTime() + 1000);
};

describe('email reminders', () => {
  it('go to officers who gave an address and chose email, discreetly', async () => {
    const world = await createTestWorld(server);
    const visit = await remindedOfficer(world, {
      displayName: 'Dana Email',
      email: 'dana@dept-a.example',
    });

    // An officer without an address who chose email gets no job that could fail forever.
    const noAddress = await world.as(world.sessions.officerA2);
    await noAddress.officer.setReminderPreferences({
      channels: ['email'],
      leadTimesMinutes: [60],
      discreet: true,
    });

    toReminderOf(visit);
    expect(await server.server.worker.tick()).toBe(1);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.envelope.to).toEqual(['dana@dept-a.example']);
    expect(sent[0]?.subject).toBe('Appointment reminder');
    expect(sent[0]?.text).toMatch(/^You have an appointment on .+\.$/);
    expect(sent[0]?.text).not.toContain(world.ids.clinicianC);
    const [job] = await db.query<{ status: string }>(
      'SELECT status FROM reminder_jobs WHERE visit_id = $1',
      [visit.id],
    );
    expect(job?.status).toBe('sent');
  });

  it('are written in the officer’s language', async () => {
    sent.length = 0;
    const visit = await remindedOfficer(await createTestWorld(server), {
      displayName: 'Elena Email',
      email: 'elena@dept-a.example',
      language: 'es-US',
    });
    toReminderOf(visit);
    expect(await server.server.worker.tick()).toBe(1);
    expect(sent.map((m) => m.subject)).toEqual(['Recordatorio de cita']);
    expect(sent[0]?.text).toMatch(/^Tiene una cita el .+\.$/);
  });
});
