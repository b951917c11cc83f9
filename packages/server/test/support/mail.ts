import { randomBytes } from 'node:crypto';
import ICAL from 'ical.js';
import type { ParsedMail } from 'mailparser';
import {
  createHttpBackend,
  type OfficerSession,
  type Visit,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import type { TestServer } from './server.js';
import { openAvailability, TIME_ZONE, type TestWorld } from './world.js';

/** An officer and a clinician with addresses, in the world's department A and practice P. */
export interface Contacts {
  officer: OfficerSession;
  officerEmail: string;
  clinicianId: string;
  clinicianEmail: string;
}

export async function addContacts(
  server: Pick<TestServer, 'url' | 'adminKey'>,
  world: TestWorld,
  options: { officerLanguage?: string; clinicianLanguages?: string[]; officerEmail?: boolean } = {},
): Promise<Contacts> {
  const tag = randomBytes(4).toString('hex');
  const admin = createHttpBackend({ baseUrl: server.url, token: server.adminKey }).admin;
  const officerEmail = `officer-${tag}@dept-a.example`;
  const clinicianEmail = `clinician-${tag}@practice-p.example`;
  const officer = await admin.createOfficer({
    departmentId: world.ids.departmentA,
    displayName: 'Dana Reyes',
    timeZone: TIME_ZONE,
    ...(options.officerEmail === false ? {} : { email: officerEmail }),
    ...(options.officerLanguage ? { language: options.officerLanguage } : {}),
  });
  const clinician = await admin.createClinician({
    practiceId: world.ids.practiceP,
    displayName: 'Dr. Maya Brooks',
    credentials: ['PsyD'],
    languages: options.clinicianLanguages ?? ['en'],
    modalities: ['virtual'],
    lawEnforcementTrained: true,
    timeZone: TIME_ZONE,
    email: clinicianEmail,
  });
  const clinicianSession = {
    role: 'clinician',
    clinicianId: clinician.id,
    practiceId: world.ids.practiceP,
  } as const;
  await (
    await world.as(clinicianSession)
  ).clinician.setAvailability(openAvailability(clinician.id));
  return {
    officer: { role: 'officer', officerId: officer.id, departmentId: officer.departmentId },
    officerEmail,
    clinicianId: clinician.id,
    clinicianEmail,
  };
}

/** Books the contacts' officer into their clinician's `index`th free slot from tomorrow. */
export async function bookFor(
  world: TestWorld,
  people: Contacts,
  index = 0,
): Promise<{ officer: WellvisitBackend; visit: Visit }> {
  const officer = await world.as(people.officer);
  const slot = (await world.slots(people.officer, people.clinicianId))[index];
  if (!slot) throw new Error('a free slot');
  const visit = await officer.officer.book({
    clinicianId: people.clinicianId,
    start: slot.start,
    modality: 'virtual',
  });
  return { officer, visit };
}

/** One received email as a recipient's calendar and mail program see it. */
export interface ReadMail {
  to: string;
  subject: string;
  text: string;
  messageId: string;
  /** The `method` parameter of the text/calendar part. */
  partMethod: string | undefined;
  ics: string;
  calendar: {
    method: string;
    uid: string;
    sequence: number;
    summary: string;
    location: string | null;
    url: string | null;
    organizer: string;
    attendees: string[];
    alarms: string[];
  };
}

export function readMail(mail: ParsedMail): ReadMail {
  const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
  const part = mail.attachments.find((a) => a.contentType === 'text/calendar');
  if (!part) throw new Error('no text/calendar part');
  const ics = part.content.toString('utf8');
  const type = part.headers.get('content-type') as { params?: Record<string, string> } | undefined;
  const root = new ICAL.Component(ICAL.parse(ics) as unknown[]);
  const vevent = root.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  return {
    to: to?.value[0]?.address ?? '',
    subject: mail.subject ?? '',
    text: mail.text ?? '',
    messageId: mail.messageId ?? '',
    partMethod: type?.params?.method,
    ics,
    calendar: {
      method: String(root.getFirstPropertyValue('method')),
      uid: event.uid,
      sequence: event.sequence,
      summary: event.summary,
      location: event.location,
      url:
        vevent.getFirstPropertyValue('url') === null
          ? null
          : String(vevent.getFirstPropertyValue('url')),
      organizer: String(vevent.getFirstPropertyValue('organizer')),
      attendees: vevent.getAllProperties('attendee').map((p) => String(p.getFirstValue())),
      alarms: vevent
        .getAllSubcomponents('valarm')
        .map((alarm) => String(alarm.getFirstPropertyValue('description'))),
    },
  };
}
