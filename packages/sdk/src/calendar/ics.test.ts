import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/guards.js';
import { DEFAULT_REMINDER_PREFERENCES } from '../model/reminder.js';
import type { Visit } from '../model/visit.js';
import { icsFileName, visitToIcs, type IcsOptions } from './ics.js';
import { OPTED_IN, parse, VISIT } from './testing/parse-ics.js';

describe('visitToIcs: defaults (discreet)', () => {
  const text = visitToIcs(VISIT, { clinicianName: 'Dr Ana Ruiz' });
  const parsed = parse(text);

  it('is a PUBLISH for one event (no organizer), in UTC, with a UID derived from the visit id', () => {
    expect(parsed).toMatchObject({
      method: 'PUBLISH',
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

  it("puts a virtual visit's video link in LOCATION and URL, discreet or not", () => {
    const url = 'https://video.example.org/room_0a1b2c';
    const virtual = { ...VISIT, modality: 'virtual' as const, place: undefined, video: { url } };
    const text = visitToIcs(virtual);
    expect(parse(text).location).toBe(url);
    expect(parse(text).summary).toBe('Appointment');
    expect(text).toContain(`\r\nURL:${url}\r\n`);
  });

  it('has no link while the backend withholds it (before the window opens)', () => {
    const virtual = {
      ...VISIT,
      modality: 'virtual' as const,
      place: undefined,
      video: { opensAt: '2026-03-11T12:50:00Z' },
    };
    const text = visitToIcs(virtual);
    expect(parse(text).location).toBeNull();
    expect(text).not.toContain('URL:');
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

  it('names another product when asked', () => {
    const parsed = parse(visitToIcs(VISIT, { productId: '-//Example PD//Intranet//EN' }));
    expect(parsed.method).toBe('PUBLISH');
    expect(parsed.prodId).toBe('-//Example PD//Intranet//EN');
  });

  it.each<[string, unknown, IcsOptions, (string | number)[]]>([
    ['a visit without a valid start', { ...VISIT, start: 'soon' }, {}, ['start']],
    ['a multi-line clinician name', VISIT, { clinicianName: 'Dr A\nRuiz' }, ['clinicianName']],
    ['a multi-line product id', VISIT, { productId: 'a\r\nX-INJECTED:1' }, ['productId']],
    ['an unknown language', VISIT, { language: 'fr' as 'en' }, ['language']],
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

  it('offers a cancelled visit for download as PUBLISH with STATUS:CANCELLED, same UID', () => {
    const cancelled = { ...VISIT, status: 'cancelled' as const, version: 3 };
    const parsed = parse(visitToIcs(cancelled));
    expect(parsed).toMatchObject({
      method: 'PUBLISH',
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

describe('visitToIcs: language', () => {
  it('titles and alarms a discreet entry "Cita" in Spanish', () => {
    const parsed = parse(visitToIcs(VISIT, { language: 'es' }));
    expect(parsed.summary).toBe('Cita');
    expect(parsed.alarms.map((a) => a.description)).toEqual(['Cita', 'Cita', 'Cita']);
  });

  it('words the detail in Spanish when the officer opted in', () => {
    const parsed = parse(
      visitToIcs(VISIT, { language: 'es', preferences: OPTED_IN, clinicianName: 'Dra. Ruiz' }),
    );
    expect(parsed.summary).toBe('Visita de bienestar con Dra. Ruiz (en la consulta)');
  });
});
