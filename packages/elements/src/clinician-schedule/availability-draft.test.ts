import { expect } from '@open-wc/testing';
import type { Availability } from '@wellvisit/sdk';
import { errorsByField, fromDraft, toDraft } from './availability-draft.js';

const availability: Availability = {
  clinicianId: 'c-1',
  timeZone: 'America/New_York',
  slotMinutes: 50,
  bufferMinutes: 10,
  minNoticeMinutes: 1440,
  horizonDays: 60,
  rules: [
    { weekday: 1, start: '09:00', end: '17:00', modalities: ['practice'], place: 'Room 2' },
    { weekday: 5, start: '18:00', end: '24:00', modalities: ['virtual'] },
  ],
  exceptions: [
    { date: '2026-12-24', kind: 'unavailable' },
    {
      date: '2026-12-27',
      kind: 'available',
      start: '10:00',
      end: '12:00',
      modalities: ['virtual'],
    },
  ],
};

describe('availability draft', () => {
  it('comes back unchanged from the form', () => {
    expect(fromDraft(toDraft(availability))).to.deep.equal(availability);
  });

  it('shows a rule ending at midnight as 00:00, which a time input can hold', () => {
    expect(toDraft(availability).rules[1]?.end).to.equal('00:00');
  });

  it('keeps text that is not a number as typed, for the schema to name', () => {
    const draft = toDraft(availability);
    draft.slotMinutes = 'fifty';
    draft.horizonDays = ' 30 ';
    const value = fromDraft(draft) as Record<string, unknown>;
    expect(value.slotMinutes).to.equal('fifty');
    expect(value.horizonDays).to.equal(30);
  });

  it('leaves out empty optional fields, and modalities of a day off', () => {
    const draft = toDraft(availability);
    const dayOff = draft.exceptions[0];
    if (dayOff) dayOff.modalities = ['virtual'];
    const value = fromDraft(draft) as Availability;
    expect(value.rules[1]).to.not.have.property('place');
    expect(value.exceptions[0]).to.deep.equal({ date: '2026-12-24', kind: 'unavailable' });
  });

  it('files issues under the field they name, first issue first, worded for the form', () => {
    const errors = errorsByField([
      { path: ['rules', 0, 'end'], message: 'A rule must end after it starts', code: 'custom' },
      { path: ['rules', 0, 'end'], message: 'Use a 24-hour time', code: 'invalid_format' },
      { path: ['slotMinutes'], message: 'Too small', code: 'too_small' },
      { path: ['exceptions', 1, 'end'], message: 'Give both', code: 'custom' },
      { path: ['exceptions', 1, 'start'], message: 'Extra needs', code: 'custom' },
      { path: ['rules', 2, 'start'], message: 'Use a 24-hour time', code: 'invalid_format' },
      { path: ['timeZone'], message: 'Use an IANA time zone', code: 'custom' },
    ]);
    expect([...errors].map(([key, message]) => [key, message()])).to.deep.equal([
      ['rules.0.end', 'The end must be after the start.'],
      ['slotMinutes', 'Enter a whole number from 15 to 240.'],
      ['exceptions.1.end', 'Give an end after the start, or leave both empty.'],
      ['exceptions.1.start', 'Extra availability needs a start, an end and modalities.'],
      ['rules.2.start', 'Use a time such as 09:30.'],
      // A field the form has no wording for keeps the SDK's message.
      ['timeZone', 'Use an IANA time zone'],
    ]);
  });
});
