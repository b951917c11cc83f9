import nodemailer, { type SendMailOptions } from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createTestWorld, TIME_ZONE } from './support/world.js';

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

describe('email reminders', () => {
  it('go to officers who gave an address and chose email, discreetly', async () => {
    const world = await createTestWorld(server);
    const admin = createHttpBackend({ baseUrl: server.url, token: server.adminKey }).admin;
    const withEmail = await admin.createOfficer({
      departmentId: world.ids.departmentA,
      displayName: 'Dana Email',
      timeZone: TIME_ZONE,
      email: 'dana@dept-a.example',
    });
    const session = {
      role: 'officer',
      officerId: withEmail.id,
      departmentId: withEmail.departmentId,
    } as const;
    const officer = await world.as(session);
    await officer.officer.setReminderPreferences({
      channels: ['email'],
      leadTimesMinutes: [60],
      discreet: true,
    });
    const [slot] = await world.slots(session, world.ids.clinicianC);
    if (!slot) throw new Error('a free slot');
    const visit = await officer.officer.book({
      clinicianId: slot.clinicianId,
      start: slot.start,
      modality: 'virtual',
    });

    // An officer without an address who chose email gets no job that could fail forever.
    const noAddress = await world.as(world.sessions.officerA2);
    await noAddress.officer.setReminderPreferences({
      channels: ['email'],
      leadTimesMinutes: [60],
      discreet: true,
    });

    server.advanceTime(Date.parse(visit.start) - 3_600_000 - server.now().getTime() + 1000);
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
    const world = await createTestWorld(server);
    const admin = createHttpBackend({ baseUrl: server.url, token: server.adminKey }).admin;
    const spanish = await admin.createOfficer({
      departmentId: world.ids.departmentA,
      displayName: 'Elena Email',
      timeZone: TIME_ZONE,
      email: 'elena@dept-a.example',
      language: 'es-US',
    });
    const session = {
      role: 'officer',
      officerId: spanish.id,
      departmentId: spanish.departmentId,
    } as const;
    const officer = await world.as(session);
    await officer.officer.setReminderPreferences({
      channels: ['email'],
      leadTimesMinutes: [60],
      discreet: true,
    });
    const [slot] = await world.slots(session, world.ids.clinicianC);
    if (!slot) throw new Error('a free slot');
    const visit = await officer.officer.book({
      clinicianId: slot.clinicianId,
      start: slot.start,
      modality: 'virtual',
    });
    server.advanceTime(Date.parse(visit.start) - 3_600_000 - server.now().getTime() + 1000);
    expect(await server.server.worker.tick()).toBe(1);
    expect(sent.map((m) => m.subject)).toEqual(['Recordatorio de cita']);
    expect(sent[0]?.text).toMatch(/^Tiene una cita el .+\.$/);
  });
});
