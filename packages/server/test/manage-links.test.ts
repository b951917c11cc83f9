import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createHttpBackend,
  isConflictError,
  isForbiddenError,
  isNotFoundError,
  isUnauthorizedError,
} from '@wellvisit/sdk';
import { addContacts, bookFor, readMail, type Contacts } from './support/mail.js';
import { startMailWorld, type MailWorld } from './support/mail-world.js';
import type { TestServer } from './support/server.js';
import type { SmtpReceiver } from './support/smtp-receiver.js';
import type { TestWorld } from './support/world.js';

// Manage links: the officer's email about a booked or moved visit carries the department's page
// with a short-lived token for that one visit, which the booking widget opens it with.

const PAGE = 'https://intranet.example.gov/wellness/visit/';
const HOUR = 3_600_000;

let mail: MailWorld;
let smtp: SmtpReceiver;
let server: TestServer;
let world: TestWorld;

beforeAll(async () => {
  mail = await startMailWorld('visits@program.example');
  ({ smtp, server, world } = mail);
  const admin = createHttpBackend({ baseUrl: server.url, token: server.adminKey }).admin;
  await admin.setManageLink(world.ids.departmentA, { url: `${PAGE}{visitId}?t={token}` });
});

afterAll(() => mail.close());

/** Sends what is due and returns each recipient's mail text, clearing the receiver. */
async function sent(people: Contacts): Promise<{ officer: string; clinician: string }> {
  await server.server.messages.tick();
  const mails = smtp.messages.map(readMail);
  smtp.messages.length = 0;
  const textTo = (to: string) => mails.find((m) => m.to === to)?.text ?? '';
  return { officer: textTo(people.officerEmail), clinician: textTo(people.clinicianEmail) };
}

/** The manage link in a mail's text: its visit id and its token. */
function linkIn(text: string): { visitId: string; token: string } {
  const match = new RegExp(`${PAGE.replace(/[./]/g, '\\$&')}([^?\\s]+)\\?t=(\\S+)`).exec(text);
  if (!match) throw new Error(`no manage link in: ${text}`);
  return { visitId: decodeURIComponent(match[1]!), token: decodeURIComponent(match[2]!) };
}

const as = (token: string) => createHttpBackend({ baseUrl: server.url, token }).officer;

describe('manage links', () => {
  it("the officer's email links to the visit with a token that reaches that visit only", async () => {
    const people = await addContacts(server, world);
    const { visit } = await bookFor(world, people, 0);
    const mails = await sent(people);
    expect(mails.clinician).not.toContain(PAGE); // the clinician's copy has none
    expect(mails.officer.split(PAGE)).toHaveLength(2); // one link
    const link = linkIn(mails.officer);
    expect(link.visitId).toBe(visit.id);
    const { visit: other } = await bookFor(world, people, 3);

    const scoped = as(link.token);
    expect((await scoped.getVisit(visit.id)).id).toBe(visit.id);
    expect((await scoped.listVisits()).map((v) => v.id)).toEqual([visit.id]);
    await expect(scoped.getVisit(other.id)).rejects.toSatisfy(isNotFoundError);
    await expect(scoped.reminders()).rejects.toSatisfy(isForbiddenError);
  });

  it('an altered link is refused as not valid', async () => {
    const people = await addContacts(server, world);
    await bookFor(world, people);
    const { token, visitId } = linkIn((await sent(people)).officer);
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    const altered = `${token.slice(0, -1)}${last}`;
    const error: unknown = await as(altered)
      .getVisit(visitId)
      .catch((e: unknown) => e);
    expect(isUnauthorizedError(error) && error.code).toBe('invalid-token');
  });

  it('a link replayed after a cancel shows the visit cancelled and cannot change it', async () => {
    const people = await addContacts(server, world);
    await bookFor(world, people);
    const { token, visitId } = linkIn((await sent(people)).officer);
    const cancelled = await as(token).cancel(visitId);
    expect(cancelled.status).toBe('cancelled');
    expect((await sent(people)).officer).not.toContain(PAGE); // no link in a cancellation
    expect((await as(token).getVisit(visitId)).status).toBe('cancelled');
    await expect(as(token).cancel(visitId)).rejects.toSatisfy(isConflictError);
  });

  it('a link expires after a day at most', async () => {
    const people = await addContacts(server, world);
    await bookFor(world, people);
    const { token, visitId } = linkIn((await sent(people)).officer);
    server.advanceTime(23 * HOUR);
    expect((await as(token).getVisit(visitId)).id).toBe(visitId);
    server.advanceTime(HOUR + 1000);
    const error: unknown = await as(token)
      .getVisit(visitId)
      .catch((e: unknown) => e);
    expect(isUnauthorizedError(error) && error.code).toBe('token-expired');
  });
});
