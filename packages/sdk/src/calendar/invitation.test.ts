import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/guards.js';
import type { Visit } from '../model/visit.js';
import { visitInvitation, type InvitationOptions } from './invitation.js';
import { OPTED_IN, parse, VISIT } from './testing/parse-ics.js';

const ORGANIZER = { email: 'visits@program.example', name: 'Wellvisit, County Program' };
const OFFICER = { email: 'ana@dept.example', name: 'Ana "Ace" Pérez' };
const invite = (visit: Visit, options: Partial<InvitationOptions> = {}) =>
  visitInvitation(visit, { organizer: ORGANIZER, attendee: OFFICER, ...options });

/** ORGANIZER and ATTENDEE as a calendar reads them: the address and the parameters. */
function people(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  const read = (property: ICAL.Property) => ({
    value: property.getFirstValue(),
    cn: property.getParameter('cn'),
    // ical.js types say string, but a missing parameter reads as undefined.
    partstat: (property.getParameter('partstat') as string | undefined) ?? null,
  });
  return {
    organizer: vevent.getAllProperties('organizer').map(read),
    attendees: vevent.getAllProperties('attendee').map(read),
  };
}

describe('visitInvitation', () => {
  it('invites with METHOD:REQUEST, one ORGANIZER and one ATTENDEE, SEQUENCE 0', () => {
    const text = invite(VISIT);
    expect(parse(text)).toMatchObject({
      method: 'REQUEST',
      sequence: 0,
      uid: 'visit-1@wellvisit',
      status: 'CONFIRMED',
    });
    expect(people(text)).toEqual({
      organizer: [{ value: 'mailto:visits@program.example', cn: ORGANIZER.name, partstat: null }],
      attendees: [
        { value: 'mailto:ana@dept.example', cn: "Ana 'Ace' Pérez", partstat: 'ACCEPTED' },
      ],
    });
  });

  it('updates the same UID with SEQUENCE 1 after a move, then cancels it with METHOD:CANCEL', () => {
    const moved = {
      ...VISIT,
      start: '2026-03-12T14:00:00Z',
      end: '2026-03-12T14:50:00Z',
      version: 2,
    };
    const cancelled = { ...moved, status: 'cancelled' as const, version: 3 };
    const [first, second, third] = [VISIT, moved, cancelled].map((v) => parse(invite(v)));
    expect([first?.method, second?.method, third?.method]).toEqual([
      'REQUEST',
      'REQUEST',
      'CANCEL',
    ]);
    expect([first?.sequence, second?.sequence, third?.sequence]).toEqual([0, 1, 2]);
    expect(new Set([first?.uid, second?.uid, third?.uid])).toEqual(new Set(['visit-1@wellvisit']));
    expect(third).toMatchObject({ status: 'CANCELLED', alarms: [] });
    expect(people(invite(cancelled)).attendees).toHaveLength(1);
  });

  it('stays discreet by default: no clinician, place or wellness wording', () => {
    const text = invite(VISIT, { clinicianName: 'Dr Ana Ruiz' });
    expect(parse(text).summary).toBe('Appointment');
    for (const word of ['Ruiz', 'Practice office', 'Wellness', 'mental']) {
      expect(text).not.toContain(word);
    }
  });

  it('words the title and alarms in Spanish, with detail only when opted in', () => {
    expect(parse(invite(VISIT, { language: 'es' })).alarms[0]?.description).toBe('Cita');
    const detailed = parse(
      invite(VISIT, { language: 'es', preferences: OPTED_IN, clinicianName: 'Dra. Ruiz' }),
    );
    expect(detailed.summary).toBe('Visita de bienestar con Dra. Ruiz (en la consulta)');
  });

  it.each<[string, Partial<InvitationOptions>, (string | number)[]]>([
    ['no organizer', { organizer: undefined }, ['organizer']],
    [
      'an attendee without a valid address',
      { attendee: { email: 'x\r\n@y' } },
      ['attendee', 'email'],
    ],
    [
      'a multi-line organizer name',
      { organizer: { email: 'a@b.example', name: 'A\nB' } },
      ['organizer', 'name'],
    ],
  ])('rejects %s, naming the field', (_, options, path) => {
    let caught: unknown;
    try {
      invite(VISIT, options);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught)).toBe(true);
    if (isValidationError(caught)) expect(caught.issues[0]?.path).toEqual(path);
  });
});
