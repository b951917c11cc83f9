import { describe, expect, it } from 'vitest';
import { Availability } from '../model/availability.js';
import { emptyAvailability } from './availability.js';
import { computeSlots } from './slots.js';

describe('emptyAvailability', () => {
  const empty = emptyAvailability('clin-1', 'America/Chicago');

  it('is a valid availability for the clinician, in their zone', () => {
    expect(Availability.parse(empty)).toEqual(empty);
    expect(empty).toMatchObject({ clinicianId: 'clin-1', timeZone: 'America/Chicago' });
  });

  it('has the default slot settings and gives no slots', () => {
    expect(empty).toMatchObject({
      slotMinutes: 50,
      bufferMinutes: 10,
      minNoticeMinutes: 1440,
      horizonDays: 60,
    });
    const from = new Date('2026-03-09T00:00:00Z');
    const to = new Date('2026-03-16T00:00:00Z');
    expect(computeSlots({ availability: empty, busy: [], now: from, from, to })).toEqual([]);
  });
});
