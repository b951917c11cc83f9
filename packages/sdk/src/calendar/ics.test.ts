import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/guards.js';
import { DEFAULT_REMINDER_PREFERENCES } from '../model/reminder.js';
import type { Visit } from '../model/visit.js';
import { icsFileName, visitToIcs, type IcsOptions } from './ics.js';

const VISIT: Visit = {
  id: 'visit-1',
  officerId: 'officer-1',
  clinicianId: 'clin-1',
  modality: 'practice',
  place: 'Practice office, 12 Main St',
  start: '2026-03-11T13:00:00Z',
  end: '2026-03-11T13:50:00Z',
  status: 'booked',
  version: 1,
  createdAt: '2026-02-01T09:00:00Z',
  updatedAt: '2026-02-01T09:00:00Z',
};

const OPTED_IN = { ...DEFAULT_REMINDER_PREFERENCES, discreet: false };

/** Parses with ical.js, a real RFC 5545 parser, and reads back what a calendar app would. */
function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const event = new ICAL.Event(vevent);
  const value = (name: string): unknown => vevent.getFirstPropertyValue(name);
  const time = (name: string): string => {
    const t = value(name) as InstanceType<typeof ICAL.Time>;
    expect(t.zone.tzid).toBe('UTC');
    return t.toJSDate().toISOString();
  };
  return {
    method: calendar.getFirstPropertyValue('method'),
    version: calendar.getFirstPropertyValue('version'),
    prodId: calendar.getFirstPropertyValue('prodid'),
    uid: event.uid,
    sequence: event.sequence,
    summary: event.summary,
    location: value('location'),
    status: value('status'),
    dtstamp: time('dtstamp'),
    start: time('dtstart'),
    end: time('dtend'),
    alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
      action: alarm.getFirstPropertyValue('action'),
      description: alarm.getFirstPropertyValue('description'),
      triggerSeconds: (
        alarm.getFirstPropertyValue('trigger') as InstanceType<typeof ICAL.Duration>
      ).toSeconds(),
    })),
  };
}

describe('visitToIcs: defaults (discreet)', () => {
  const text = visitToIcs(VISIT, { clinicianName: 'Dr Ana Ruiz' });
  const parsed = parse(text);

  it('is a REQUEST for one event, in UTC, with a UID derived from the visit id', () => {
    expect(parsed).toMatchObject({
      method: 'REQUEST',
      version: '2.0',
      prodId: '-//Wellvisit//Wellvisit SDK//EN',
      uid: 'visit-1@wellvisit',
      sequence: 0,
      status: 'CONFIRMED',
      dtstamp: '2026-02-01T09:00:00.000Z',
      start: '2026-03-11T13:00:00.000Z',
      end: '2026-03-11T13:50:00.000Z',
    });
  });

  it('says only "Appointment": no clinician, modality, place or wellness wording', () => {
    expect(parsed.summary).toBe('Appointment');
    expect(parsed.location).toBeNull();
    for (const word of ['Ruiz', 'Practice office', 'practice', 'virtual', 'Wellness', 'mental']) {
      expect(text).not.toContain(word);
    }
  });

  it('has one display alarm per default lead time (7 days, 1 day, 2 hours before)', () => {
    expect(parsed.alarms).toEqual([
      { action: 'DISPLAY', description: 'Appointment', triggerSeconds: -7 * 86_400 },
      { action: 'DISPLAY', description: 'Appointment', triggerSeconds: -86_400 },
      { action: 'DISPLAY', description: 'Appointment', triggerSeconds: -2 * 3600 },
    ]);
  });

  it('uses CRLF line endings only, ending with one', () => {
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});

describe('visitToIcs: options', () => {
  it('shows the clinician, the modality and the place when the officer opted in', () => {
    const parsed = parse(
      visitToIcs(VISIT, { preferences: OPTED_IN, clinicianName: 'Dr Ana Ruiz' }),
    );
    expect(parsed.summary).toBe('Wellness visit with Dr Ana Ruiz (at the practice)');
    expect(parsed.location).toBe('Practice office, 12 Main St');
    expect(parsed.alarms.map((a) => a.description)).toEqual(Array(3).fill(parsed.summary));
  });

  it('words a virtual visit without a place', () => {
    const virtual = { ...VISIT, modality: 'virtual' as const, place: undefined };
    const parsed = parse(visitToIcs(virtual, { preferences: OPTED_IN }));
    expect(parsed.summary).toBe('Wellness visit (virtual)');
    expect(parsed.location).toBeNull();
  });

  it.each<[number[], number[]]>([
    [
      [30, 90, 30],
      [-90 * 60, -30 * 60],
    ],
    [[1530], [-(86_400 + 5400)]],
    [[], []],
  ])('makes alarms from lead times %j', (leadTimesMinutes, seconds) => {
    const preferences = { ...DEFAULT_REMINDER_PREFERENCES, leadTimesMinutes };
    expect(parse(visitToIcs(VISIT, { preferences })).alarms.map((a) => a.triggerSeconds)).toEqual(
      seconds,
    );
  });

  it('publishes instead of inviting, and names another product, when asked', () => {
    const parsed = parse(
      visitToIcs(VISIT, { method: 'PUBLISH', productId: '-//Example PD//Intranet//EN' }),
    );
    expect(parsed.method).toBe('PUBLISH');
    expect(parsed.prodId).toBe('-//Example PD//Intranet//EN');
  });

  it.each<[string, unknown, IcsOptions, (string | number)[]]>([
    ['a visit without a valid start', { ...VISIT, start: 'soon' }, {}, ['start']],
    ['a multi-line clinician name', VISIT, { clinicianName: 'Dr A\nRuiz' }, ['clinicianName']],
    ['an unknown method', VISIT, { method: 'CANCEL' as 'PUBLISH' }, ['method']],
    ['a multi-line product id', VISIT, { productId: 'a\r\nX-INJECTED:1' }, ['productId']],
  ])('rejects %s, naming the field', (_, visit, options, path) => {
    let caught: unknown;
    try {
      visitToIcs(visit as Visit, options);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (isValidationError(caught)) expect(caught.issues[0]?.path).toEqual(path);
  });
});

describe('visitToIcs: changes to the visit', () => {
  it('keeps the UID and raises SEQUENCE across a reschedule', () => {
    const first = parse(visitToIcs(VISIT));
    const moved = parse(
      visitToIcs({
        ...VISIT,
        start: '2026-03-12T14:00:00Z',
        end: '2026-03-12T14:50:00Z',
        version: 2,
        updatedAt: '2026-02-03T10:00:00Z',
      }),
    );
    expect(moved.uid).toBe(first.uid);
    expect([first.sequence, moved.sequence]).toEqual([0, 1]);
    expect(moved.start).toBe('2026-03-12T14:00:00.000Z');
    expect(moved.dtstamp).toBe('2026-02-03T10:00:00.000Z');
  });

  it('cancels with METHOD:CANCEL and STATUS:CANCELLED, the same UID and no alarms', () => {
    const cancelled = { ...VISIT, status: 'cancelled' as const, version: 3 };
    const parsed = parse(visitToIcs(cancelled, { method: 'PUBLISH' }));
    expect(parsed).toMatchObject({
      method: 'CANCEL',
      status: 'CANCELLED',
      uid: 'visit-1@wellvisit',
      sequence: 2,
      summary: 'Appointment',
      alarms: [],
    });
  });

  it.each(['fulfilled', 'noshow'] as const)('has no alarms once the visit is %s', (status) => {
    expect(parse(visitToIcs({ ...VISIT, status, version: 2 })).alarms).toEqual([]);
  });
});

describe('visitToIcs: folding and escaping', () => {
  const name = 'Dr Zoë Ødegård-Østergaard Nakamura 中村 美咲 😀 Ärztin für Gesundheit';
  const place = 'Room 4; east wing, 2nd floor \\ annex — Polizeipräsidium München, Löwengrube 😀';
  const text = visitToIcs({ ...VISIT, place }, { preferences: OPTED_IN, clinicianName: name });

  it('folds every line to at most 75 octets without splitting a character', () => {
    const lines = text.split('\r\n');
    const encoder = new TextEncoder();
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of lines) {
      expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
      expect(new TextDecoder().decode(encoder.encode(line))).toBe(line);
    }
  });

  it('escapes semicolons, commas and backslashes, and a parser reads back the original', () => {
    expect(text.replace(/\r\n /g, '')).toContain(
      'LOCATION:Room 4\\; east wing\\, 2nd floor \\\\ annex',
    );
    const parsed = parse(text);
    expect(parsed.summary).toBe(`Wellness visit with ${name} (at the practice)`);
    expect(parsed.location).toBe(place);
  });
});

describe('icsFileName', () => {
  it('is neutral', () => {
    expect(icsFileName(VISIT)).toBe('appointment.ics');
    expect(icsFileName({ status: 'cancelled' })).toBe('appointment-cancelled.ics');
  });
});
