import { describe, expect, it } from 'vitest';
import { findForbiddenKeys, isForbiddenKey } from './forbidden-keys.js';

describe('isForbiddenKey', () => {
  it.each([
    'start',
    'end',
    'time',
    'clinician',
    'clinicianId',
    'ClinicianName',
    'modality',
    'place',
    'visit',
    'visitId',
    'visits',
    'notes',
    'note',
    'reason',
    'reasonForVisit',
    'bookedAt',
    'updatedAt',
    'startsAt',
    'noShow',
    'cancelledBy',
    'lastVisit',
    'primary_clinician',
    'visit-notes',
    'officerPreferredPlace',
    'email',
    'video',
    'videoUrl',
    'url',
    'room',
    'join_video',
    'opensAt',
  ])('forbids %s', (key) => {
    expect(isForbiddenKey(key)).toBe(true);
  });

  it.each([
    'officerId',
    'officerName',
    'periodId',
    'status',
    'timeZone',
    'firstDay',
    'lastDay',
    'cadence',
    'graceDays',
    'required',
    'not-required',
    'total',
    'nextCursor',
    'periodStartMonth',
    'discreetReminders',
  ])('allows %s', (key) => {
    expect(isForbiddenKey(key)).toBe(false);
  });
});

describe('findForbiddenKeys', () => {
  it('reports the path of every forbidden key at any depth', () => {
    const value = {
      records: [{ officerId: 'o-1' }, { officerId: 'o-2', lastVisit: { start: 'x', place: 'y' } }],
      meta: { clinicianId: 'c-1' },
    };
    expect(findForbiddenKeys(value)).toEqual([
      'records[1].lastVisit',
      'records[1].lastVisit.start',
      'records[1].lastVisit.place',
      'meta.clinicianId',
    ]);
  });

  it('returns nothing for primitives and clean values, and survives cycles', () => {
    expect(findForbiddenKeys('start')).toEqual([]);
    expect(findForbiddenKeys(null)).toEqual([]);
    const cyclic: Record<string, unknown> = { officerId: 'o-1' };
    cyclic.self = cyclic;
    expect(findForbiddenKeys(cyclic)).toEqual([]);
  });
});
