import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import type { Database } from '../src/db/database.js';
import { signWebhook, webhookKey } from '../src/notifier/webhook.js';
import { snapshotPglite } from './support/databases.js';
import { startTestServer, type TestServer } from './support/server.js';
import { startWebhookReceiver, type WebhookReceiver } from './support/webhook-receiver.js';
import { createTestWorld, type TestWorld } from './support/world.js';

// Visit events as Standard Webhooks, verified by the spec's own library in the receiver.

const SECRET = `whsec_${randomBytes(32).toString('base64')}`;

let db: Database;
let receiver: WebhookReceiver;
let server: TestServer;
let world: TestWorld;

beforeAll(async () => {
  db = await snapshotPglite();
  receiver = await startWebhookReceiver(SECRET);
  server = await startTestServer(db, {
    webhook: { url: receiver.url, secret: SECRET },
    rateLimits: { booking: false },
  });
  world = await createTestWorld(server);
});

afterAll(async () => {
  await server.close();
  await receiver.close();
  await db.close();
});

describe('visit events by webhook', () => {
  it('booked, moved and cancelled each send one signed event with ids, version and times only', async () => {
    const officer = await world.as(world.sessions.officerA1);
    const [slot, , other] = await world.slots(world.sessions.officerA1, world.ids.clinicianC);
    if (!slot || !other) throw new Error('free slots');
    const visit = await officer.officer.book({
      clinicianId: slot.clinicianId,
      start: slot.start,
      modality: 'virtual',
    });
    const moved = await officer.officer.reschedule(visit.id, { start: other.start });
    const cancelled = await officer.officer.cancel(visit.id);
    expect(await server.server.messages.tick()).toBe(3);
    expect(await server.server.messages.tick()).toBe(0);

    expect(receiver.rejected).toBe(0);
    const events = receiver.deliveries.map((d) => d.body);
    expect(events.map((e) => e.type)).toEqual(['visit.booked', 'visit.moved', 'visit.cancelled']);
    expect(events.map((e) => e.data)).toEqual(
      [visit, moved, cancelled].map((v) => ({
        visitId: v.id,
        officerId: v.officerId,
        clinicianId: v.clinicianId,
        version: v.version,
        start: v.start,
        end: v.end,
      })),
    );
    // No names, modality, place or wording reach a receiver.
    const text = JSON.stringify(events);
    for (const word of ['Ana Ruiz', 'Dr.', 'virtual', 'modality', 'place', 'Appointment']) {
      expect(text).not.toContain(word);
    }
  });

  it('a retry carries the same webhook-id, so a receiver can drop repeats', async () => {
    receiver.deliveries.length = 0;
    const officer = await world.as(world.sessions.officerA2);
    const [slot] = await world.slots(world.sessions.officerA2, world.ids.clinicianC);
    if (!slot) throw new Error('a free slot');
    await officer.officer.book({
      clinicianId: slot.clinicianId,
      start: slot.start,
      modality: 'virtual',
    });
    receiver.failNext(1);
    expect(await server.server.messages.tick()).toBe(1);
    expect(receiver.deliveries).toHaveLength(0);
    const [row] = await db.query<{ id: string; last_failure: string }>(
      `SELECT id, last_failure FROM visit_messages WHERE status = 'pending'`,
    );
    expect(row?.last_failure).toBe('HTTP 503');
    server.advanceTime(30_000);
    expect(await server.server.messages.tick()).toBe(1);
    expect(receiver.deliveries.map((d) => d.deliveryId)).toEqual([row?.id]);
  });

  it('signs as the spec says: the library verifies it, and rejects a changed body', () => {
    const key = webhookKey(SECRET);
    const timestamp = Math.floor(Date.now() / 1000);
    const body = '{"type":"visit.booked"}';
    const headers = {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(key, 'msg_1', timestamp, body),
    };
    const library = new Webhook(SECRET);
    expect(library.verify(body, headers)).toEqual({ type: 'visit.booked' });
    expect(() => library.verify('{"type":"visit.cancelled"}', headers)).toThrow();
    // A secret without the prefix is used as its own bytes, as the library's "raw" format.
    const raw = 'a-plain-secret-of-at-least-32-characters';
    const rawHeaders = {
      ...headers,
      'webhook-signature': signWebhook(webhookKey(raw), 'msg_1', timestamp, body),
    };
    expect(new Webhook(raw, { format: 'raw' }).verify(body, rawHeaders)).toEqual({
      type: 'visit.booked',
    });
  });
});
