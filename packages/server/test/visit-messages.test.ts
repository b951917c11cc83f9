import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import { findForbiddenKeys } from '@wellvisit/sdk/conformance';
import type { Database } from '../src/db/database.js';
import { addContacts, bookFor, readMail } from './support/mail.js';
import { startMailWorld, type MailWorld } from './support/mail-world.js';
import type { TestServer } from './support/server.js';
import type { SmtpReceiver } from './support/smtp-receiver.js';
import type { TestWorld } from './support/world.js';

// Booked, moved and cancelled visits, told to the officer and the clinician by email through the
// outbox, on a real SMTP server (smtp-server) and read back with mailparser and ical.js.

const FROM = 'visits@program.example';
const MINUTE = 60_000;

let mail: MailWorld;
let db: Database;
let smtp: SmtpReceiver;
let server: TestServer;
let world: TestWorld;

beforeAll(async () => {
  mail = await startMailWorld(FROM);
  ({ db, smtp, server, world } = mail);
});

afterAll(() => mail.close());

const send = () => server.server.messages.tick();

/** Reads and clears what the SMTP server received. */
function received() {
  const mails = smtp.messages.map(readMail);
  smtp.messages.length = 0;
  return mails;
}

const rowsOf = (visitId: string) =>
  db.query<{ kind: string; recipient: string; status: string; attempts: number; copy: boolean }>(
    `SELECT kind, recipient, status, attempts, visit IS NOT NULL AS copy
       FROM visit_messages WHERE visit_id = $1 ORDER BY created_at, recipient`,
    [visitId],
  );

describe('visit messages by email', () => {
  it('booking, moving and cancelling send the officer and the clinician one email each, with REQUEST, REQUEST and CANCEL of one UID', async () => {
    const people = await addContacts(server, world);
    const { officer, visit } = await bookFor(world, people);
    expect(received()).toEqual([]); // nothing is sent inside the booking itself
    expect(await send()).toBe(2);
    const booked = received();

    const slots = await world.slots(people.officer, people.clinicianId);
    const later = slots.find((slot) => Date.parse(slot.start) > Date.parse(visit.start) + 3600_000);
    if (!later) throw new Error('a later slot');
    const moved = await officer.officer.reschedule(visit.id, { start: later.start });
    expect(await send()).toBe(2);
    const movedMails = received();

    await officer.officer.cancel(moved.id);
    expect(await send()).toBe(2);
    const cancelled = received();
    expect(await send()).toBe(0);

    for (const [mails, method, sequence, subject] of [
      [booked, 'REQUEST', 0, 'Confirmed: Appointment'],
      [movedMails, 'REQUEST', 1, 'Moved: Appointment'],
      [cancelled, 'CANCEL', 2, 'Cancelled: Appointment'],
    ] as const) {
      expect(mails.map((m) => m.to).sort()).toEqual(
        [people.officerEmail, people.clinicianEmail].sort(),
      );
      for (const mail of mails) {
        expect(mail.subject).toBe(subject);
        expect(mail.partMethod).toBe(method);
        expect(mail.calendar).toMatchObject({
          method,
          sequence,
          uid: `${visit.id}@wellvisit`,
          summary: 'Appointment',
          organizer: `mailto:${FROM}`,
          // Each copy names its own recipient only.
          attendees: [`mailto:${mail.to}`],
        });
        // Discreet by default: no name of the other party, no wellness or mental-health words.
        for (const word of ['Brooks', 'Reyes', 'ellness', 'ental']) {
          expect(`${mail.subject}\n${mail.text}\n${mail.calendar.summary}`).not.toContain(word);
        }
      }
    }
    // The officer's copy carries the officer's alarms (the discreet defaults); the clinician's none.
    const officerCopy = booked.find((m) => m.to === people.officerEmail);
    expect(officerCopy?.calendar.alarms).toEqual(['Appointment', 'Appointment', 'Appointment']);
    expect(booked.find((m) => m.to === people.clinicianEmail)?.calendar.alarms).toEqual([]);
    expect(officerCopy?.text).toMatch(/^Your appointment is confirmed for .+\.\n?$/);
    expect(new Set([...booked, ...movedMails, ...cancelled].map((m) => m.messageId)).size).toBe(6);

    // Sent rows keep no copy of the visit.
    const rows = await rowsOf(visit.id);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.status === 'sent' && r.attempts === 1 && !r.copy)).toBe(true);
  });

  it('writes in Spanish to a Spanish-speaking officer and clinician', async () => {
    const people = await addContacts(server, world, {
      officerLanguage: 'es-MX',
      clinicianLanguages: ['es', 'en'],
    });
    await bookFor(world, people);
    await send();
    const mails = received();
    expect(mails).toHaveLength(2);
    for (const mail of mails) {
      expect(mail.subject).toBe('Confirmada: Cita');
      expect(mail.text).toMatch(/^Su cita está confirmada para el .+\.\n?$/);
      expect(mail.calendar.summary).toBe('Cita');
    }
    expect(mails.find((m) => m.to === people.officerEmail)?.calendar.alarms).toEqual([
      'Cita',
      'Cita',
      'Cita',
    ]);
  });

  it('names the other party only for an officer who turned discreet wording off', async () => {
    const people = await addContacts(server, world);
    const officer = await world.as(people.officer);
    await officer.officer.setReminderPreferences({
      channels: [],
      leadTimesMinutes: [60],
      discreet: false,
    });
    await bookFor(world, people);
    await send();
    const mails = received();
    const toOfficer = mails.find((m) => m.to === people.officerEmail);
    const toClinician = mails.find((m) => m.to === people.clinicianEmail);
    expect(toOfficer?.subject).toBe('Confirmed: Wellness visit with Dr. Maya Brooks (virtual)');
    expect(toClinician?.calendar.summary).toBe('Wellness visit with Dana Reyes (virtual)');
  });

  it('the department sees neither the messages nor the officer’s address', async () => {
    const people = await addContacts(server, world);
    await bookFor(world, people);
    await send();
    expect(received()).toHaveLength(2);
    const department = await world.as(world.sessions.adminA);
    const roster = await department.department.roster();
    expect(roster.records.map((r) => r.officerId)).toContain(people.officer.officerId);
    expect(findForbiddenKeys(roster)).toEqual([]);
    expect(JSON.stringify(roster)).not.toContain(people.officerEmail);
  });

  it('writes no email for someone without an address', async () => {
    const people = await addContacts(server, world, { officerEmail: false });
    const { visit } = await bookFor(world, people);
    expect(await rowsOf(visit.id)).toMatchObject([{ recipient: 'clinician' }]);
    await send();
    expect(received().map((m) => m.to)).toEqual([people.clinicianEmail]);
  });

  it('a move to another clinician cancels the first clinician’s entry and invites the second', async () => {
    const first = await addContacts(server, world);
    const second = await addContacts(server, world);
    const { officer, visit } = await bookFor(world, first);
    await send();
    received();
    const [slot] = await world.slots(first.officer, second.clinicianId);
    if (!slot) throw new Error('a free slot');
    await officer.officer.reschedule(visit.id, {
      start: slot.start,
      clinicianId: second.clinicianId,
    });
    expect(await send()).toBe(3);
    const byAddress = new Map(received().map((m) => [m.to, m]));
    expect(byAddress.get(first.clinicianEmail)?.calendar).toMatchObject({
      method: 'CANCEL',
      sequence: 1,
      uid: `${visit.id}@wellvisit`,
    });
    expect(byAddress.get(second.clinicianEmail)?.calendar).toMatchObject({
      method: 'REQUEST',
      sequence: 1,
    });
    expect(byAddress.get(first.officerEmail)?.calendar.method).toBe('REQUEST');
  });
});

describe('an SMTP server that refuses', () => {
  it('a temporary refusal (451) is retried with backoff and delivered once', async () => {
    const people = await addContacts(server, world);
    const { visit } = await bookFor(world, people);
    smtp.refuseNext(2, 451);
    expect(await send()).toBe(2);
    expect(received()).toEqual([]);
    const [failed] = await db.query<{ last_failure: string; status: string }>(
      'SELECT DISTINCT last_failure, status FROM visit_messages WHERE visit_id = $1',
      [visit.id],
    );
    expect(failed).toEqual({ last_failure: 'SMTP 451', status: 'pending' });
    expect(await send()).toBe(0); // not before the backoff
    server.advanceTime(30_000);
    expect(await send()).toBe(2);
    expect(received()).toHaveLength(2);
    expect(await rowsOf(visit.id)).toMatchObject([
      { status: 'sent', attempts: 2 },
      { status: 'sent', attempts: 2 },
    ]);
  });

  it('a permanent refusal (550) is given up at once, with the reason', async () => {
    const people = await addContacts(server, world);
    const { visit } = await bookFor(world, people);
    smtp.refuseNext(1, 550);
    expect(await send()).toBe(2);
    expect(received()).toHaveLength(1);
    const rows = await db.query<{ status: string; last_failure: string | null; copy: boolean }>(
      `SELECT status, last_failure, visit IS NOT NULL AS copy FROM visit_messages
        WHERE visit_id = $1 ORDER BY status`,
      [visit.id],
    );
    expect(rows).toEqual([
      { status: 'dead', last_failure: 'SMTP 550', copy: false },
      { status: 'sent', last_failure: null, copy: false },
    ]);
    server.advanceTime(60 * MINUTE);
    expect(await send()).toBe(0);
  });

  it("carries a virtual visit's video link to both, in the text, LOCATION and URL", async () => {
    const people = await addContacts(server, world);
    const admin = createHttpBackend({ baseUrl: server.url, token: server.adminKey }).admin;
    await admin.setVideoRoom(people.clinicianId, { url: 'https://video.example.org/{room}' });
    const { visit } = await bookFor(world, people);
    const url = visit.video?.url ?? '';
    expect(url).toMatch(/^https:\/\/video\.example\.org\/room_[0-9a-f]{20}$/);
    expect(await send()).toBe(2);
    for (const mail of received()) {
      expect(mail.text).toContain(url);
      expect(mail.calendar.location).toBe(url);
      expect(mail.calendar.url).toBe(url);
    }
  });

  it('leaves the link out of the email while its window is closed (the backend withholds it)', async () => {
    const people = await addContacts(server, world);
    const admin = createHttpBackend({ baseUrl: server.url, token: server.adminKey }).admin;
    await admin.setVideoRoom(people.clinicianId, {
      url: 'https://video.example.org/fixed-room',
      opensMinutesBefore: 10,
    });
    const { visit } = await bookFor(world, people);
    const opensAt = Date.parse(visit.start) - 10 * MINUTE;
    expect(visit.video).toEqual({ opensAt: new Date(opensAt).toISOString().replace('.000Z', 'Z') });
    expect(await send()).toBe(2);
    for (const mail of received()) {
      expect(mail.text).not.toContain('video.example.org');
      expect(mail.ics).not.toContain('video.example.org');
    }
  });
});
