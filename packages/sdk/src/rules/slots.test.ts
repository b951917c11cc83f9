import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/guards.js';
import type { Availability, Slot, WeeklyRule } from '../model/availability.js';
import type { Modality } from '../model/enums.js';
import { checkBookable, computeSlots } from './slots.js';

const WEEKDAYS_9_TO_12: WeeklyRule[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday: weekday as WeeklyRule['weekday'],
  start: '09:00',
  end: '12:00',
  modalities: ['practice', 'virtual'],
  place: 'Practice office',
}));

function availability(overrides: Partial<Availability> = {}): Availability {
  return {
    clinicianId: 'clin-1',
    timeZone: 'America/New_York',
    slotMinutes: 50,
    bufferMinutes: 10,
    minNoticeMinutes: 0,
    horizonDays: 366,
    rules: WEEKDAYS_9_TO_12,
    exceptions: [],
    ...overrides,
  };
}

const NOW = new Date('2026-01-01T00:00:00Z');

/** Slots on one UTC day (plenty for a US or European clinician's working day). */
function slotsOn(
  day: string,
  overrides: Partial<Availability> = {},
  extra: { busy?: { start: string; end: string }[]; modality?: Modality; now?: Date } = {},
): Slot[] {
  return computeSlots({
    availability: availability(overrides),
    busy: extra.busy ?? [],
    now: extra.now ?? NOW,
    from: new Date(`${day}T00:00:00Z`),
    to: new Date(new Date(`${day}T00:00:00Z`).getTime() + 86_400_000),
    ...(extra.modality ? { modality: extra.modality } : {}),
  });
}

const startsOf = (slots: Slot[]): string[] => slots.map((slot) => slot.start.slice(11, 16));

function validationPath(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return error.issues[0]?.path;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('computeSlots: laying out slots', () => {
  it('lays slots from the window start, stepping by slot plus buffer, sorted by start then modality', () => {
    const slots = slotsOn('2026-03-11');
    expect(slots.slice(0, 2)).toEqual([
      {
        clinicianId: 'clin-1',
        start: '2026-03-11T13:00:00Z',
        end: '2026-03-11T13:50:00Z',
        modality: 'practice',
        place: 'Practice office',
      },
      // A virtual slot has no place.
      {
        clinicianId: 'clin-1',
        start: '2026-03-11T13:00:00Z',
        end: '2026-03-11T13:50:00Z',
        modality: 'virtual',
      },
    ]);
    expect(slots.map((s) => `${s.start.slice(11, 16)} ${s.modality}`)).toEqual([
      '13:00 practice',
      '13:00 virtual',
      '14:00 practice',
      '14:00 virtual',
      '15:00 practice',
      '15:00 virtual',
    ]);
  });

  it('filters by modality, and gives nothing for a modality no rule offers', () => {
    expect(startsOf(slotsOn('2026-03-11', {}, { modality: 'virtual' }))).toEqual([
      '13:00',
      '14:00',
      '15:00',
    ]);
    expect(slotsOn('2026-03-11', {}, { modality: 'department' })).toEqual([]);
  });

  it('follows the wall clock across a DST change: 09:00 is 14:00Z before, 13:00Z after', () => {
    const slots = computeSlots({
      availability: availability(),
      busy: [],
      now: NOW,
      from: new Date('2026-03-06T00:00:00Z'),
      to: new Date('2026-03-10T00:00:00Z'),
      modality: 'virtual',
    });
    expect(slots.map((s) => s.start)).toEqual([
      '2026-03-06T14:00:00Z',
      '2026-03-06T15:00:00Z',
      '2026-03-06T16:00:00Z',
      '2026-03-09T13:00:00Z',
      '2026-03-09T14:00:00Z',
      '2026-03-09T15:00:00Z',
    ]);
  });

  it.each([
    // A 00:00–06:00 window on a transition day holds 5 real hours in spring and 7 in autumn.
    [
      'America/New_York',
      '2026-03-08',
      '00:00',
      '06:00',
      ['05:00', '06:00', '07:00', '08:00', '09:00'],
    ],
    [
      'America/New_York',
      '2026-11-01',
      '00:00',
      '06:00',
      ['04:00', '05:00', '06:00', '07:00', '08:00', '09:00', '10:00'],
    ],
    // A window starting inside the gap starts when the gap ends (02:30 → 03:30 EDT).
    ['America/New_York', '2026-03-08', '02:30', '04:30', ['07:30']],
    ['Europe/Berlin', '2026-03-29', '01:00', '05:00', ['00:00', '01:00', '02:00']],
    [
      'Europe/Berlin',
      '2026-10-25',
      '01:00',
      '05:00',
      ['23:00', '00:00', '01:00', '02:00', '03:00'],
    ],
    [
      'Asia/Kolkata',
      '2026-03-08',
      '00:00',
      '06:00',
      ['18:30', '19:30', '20:30', '21:30', '22:30', '23:30'],
    ],
    ['UTC', '2026-11-01', '00:00', '03:00', ['00:00', '01:00', '02:00']],
  ])('on Sunday %s %s, a %s–%s window gives %j (UTC)', (timeZone, date, start, end, expected) => {
    const slots = computeSlots({
      availability: availability({
        timeZone,
        slotMinutes: 60,
        bufferMinutes: 0,
        rules: [{ weekday: 7, start, end, modalities: ['virtual'] }],
      }),
      busy: [],
      now: NOW,
      from: new Date(new Date(`${date}T00:00:00Z`).getTime() - 86_400_000),
      to: new Date(new Date(`${date}T00:00:00Z`).getTime() + 2 * 86_400_000),
    });
    expect(startsOf(slots)).toEqual(expected);
    for (const slot of slots) {
      expect(Date.parse(slot.end) - Date.parse(slot.start)).toBe(60 * 60_000);
    }
  });

  it('lays slots on a leap day', () => {
    const now = new Date('2028-02-01T00:00:00Z');
    expect(startsOf(slotsOn('2028-02-29', {}, { modality: 'virtual', now }))).toEqual([
      '14:00',
      '15:00',
      '16:00',
    ]);
  });

  it('merges overlapping and touching rules of one modality and place, so nothing repeats', () => {
    const slots = slotsOn('2026-03-11', {
      slotMinutes: 60,
      bufferMinutes: 0,
      rules: [
        { weekday: 3, start: '09:00', end: '10:30', modalities: ['virtual'] },
        { weekday: 3, start: '10:30', end: '12:00', modalities: ['virtual'] },
        { weekday: 3, start: '09:00', end: '11:00', modalities: ['virtual'] },
      ],
    });
    expect(startsOf(slots)).toEqual(['13:00', '14:00', '15:00']);
  });

  it('gives overlapping windows of one modality at two places to the one that starts first', () => {
    const slots = slotsOn('2026-03-11', {
      slotMinutes: 60,
      bufferMinutes: 0,
      rules: [
        { weekday: 3, start: '09:00', end: '11:00', modalities: ['department'], place: 'Room A' },
        { weekday: 3, start: '10:00', end: '12:00', modalities: ['department'], place: 'Room B' },
      ],
    });
    expect(slots.map((s) => `${s.start.slice(11, 16)} ${s.place ?? ''}`)).toEqual([
      '13:00 Room A',
      '14:00 Room A',
      '15:00 Room B',
    ]);
  });
});

describe('computeSlots: repeated queries', () => {
  it('lays out an availability changed in place afresh, with its new zone, rules and busy time', () => {
    const changing = availability();
    const wednesday = (busy: { start: string; end: string }[] = []): string[] =>
      startsOf(
        computeSlots({
          availability: changing,
          busy,
          now: NOW,
          from: new Date('2026-03-11T00:00:00Z'),
          to: new Date('2026-03-12T00:00:00Z'),
        }),
      );
    expect(wednesday()).toEqual(['13:00', '13:00', '14:00', '14:00', '15:00', '15:00']);
    changing.timeZone = 'Europe/Berlin';
    expect(wednesday()).toEqual(['08:00', '08:00', '09:00', '09:00', '10:00', '10:00']);
    changing.rules = [{ weekday: 3, start: '10:00', end: '11:00', modalities: ['virtual'] }];
    expect(wednesday()).toEqual(['09:00']);
    const start = '2026-03-11T08:00:00Z';
    expect(wednesday([{ start, end: '2026-03-11T08:30:00Z' }])).toEqual(['09:00']);
    expect(wednesday([{ start, end: '2026-03-11T09:30:00Z' }])).toEqual([]);
  });

  it('keeps the seconds of an offset that is not whole minutes (Monrovia, UTC−0:44:30, in 1971)', () => {
    const now = new Date('1971-03-01T00:00:00Z');
    const slots = computeSlots({
      availability: availability({
        timeZone: 'Africa/Monrovia',
        rules: [{ weekday: 3, start: '09:00', end: '11:00', modalities: ['virtual'] }],
      }),
      busy: [],
      now,
      from: now,
      to: new Date('1971-03-04T00:00:00Z'),
    });
    expect(slots.map((slot) => [slot.start, slot.end])).toEqual([
      ['1971-03-03T09:44:30Z', '1971-03-03T10:34:30Z'],
      ['1971-03-03T10:44:30Z', '1971-03-03T11:34:30Z'],
    ]);
  });
});

describe('computeSlots: busy time and buffers', () => {
  it.each([
    [50, 10, [], ['13:00', '14:00', '15:00']],
    [50, 10, [['14:00', '14:50']], ['13:00', '15:00']],
    // Widened by the 10-minute buffer, 14:05–14:55 blocks 13:55–15:05: the 14:00 and 15:00 slots.
    [50, 10, [['14:05', '14:55']], ['13:00']],
    // A visit ending 12:50 plus its buffer ends exactly when the 13:00 slot starts.
    [50, 10, [['12:00', '12:50']], ['13:00', '14:00', '15:00']],
    [50, 10, [['12:00', '12:55']], ['14:00', '15:00']],
    [60, 0, [['12:00', '13:00']], ['13:00', '14:00', '15:00']],
    [60, 0, [['14:05', '14:55']], ['13:00', '15:00']],
    [60, 0, [['15:59', '17:00']], ['13:00', '14:00']],
    [
      60,
      0,
      [
        ['15:00', '15:30'],
        ['13:00', '13:10'],
      ],
      ['14:00'],
    ],
  ] as const)(
    'slot %i + buffer %i with busy %j leaves %j',
    (slotMinutes, bufferMinutes, busy, expected) => {
      const slots = slotsOn(
        '2026-03-11',
        { slotMinutes, bufferMinutes },
        {
          modality: 'virtual',
          busy: busy.map(([start, end]) => ({
            start: `2026-03-11T${start}:00Z`,
            end: `2026-03-11T${end}:00Z`,
          })),
        },
      );
      expect(startsOf(slots)).toEqual(expected);
    },
  );

  it('blocks every modality with busy time of any modality', () => {
    const busy = [{ start: '2026-03-11T13:00:00Z', end: '2026-03-11T13:50:00Z' }];
    expect(slotsOn('2026-03-11', {}, { busy }).map((s) => s.start.slice(11, 16))).not.toContain(
      '13:00',
    );
  });
});

describe('computeSlots: notice, horizon and range', () => {
  const wednesday = { modality: 'virtual' as const };

  it('keeps a slot exactly at the minimum notice and drops it a millisecond later', () => {
    const options = { minNoticeMinutes: 120 };
    expect(
      startsOf(
        slotsOn('2026-03-11', options, { ...wednesday, now: new Date('2026-03-11T11:00:00Z') }),
      ),
    ).toEqual(['13:00', '14:00', '15:00']);
    expect(
      startsOf(
        slotsOn('2026-03-11', options, { ...wednesday, now: new Date('2026-03-11T11:00:00.001Z') }),
      ),
    ).toEqual(['14:00', '15:00']);
  });

  it('keeps a slot exactly at the horizon and drops one past it', () => {
    const options = { horizonDays: 1 };
    expect(
      startsOf(
        slotsOn('2026-03-11', options, { ...wednesday, now: new Date('2026-03-10T14:00:00Z') }),
      ),
    ).toEqual(['13:00', '14:00']);
    expect(
      startsOf(
        slotsOn('2026-03-11', options, { ...wednesday, now: new Date('2026-03-10T13:59:59.999Z') }),
      ),
    ).toEqual(['13:00']);
  });

  it('returns slots starting in [from, to)', () => {
    const query = (from: string, to: string): string[] =>
      startsOf(
        computeSlots({
          availability: availability(),
          busy: [],
          now: NOW,
          from: new Date(from),
          to: new Date(to),
          modality: 'virtual',
        }),
      );
    expect(query('2026-03-11T13:00:00Z', '2026-03-11T15:00:00Z')).toEqual(['13:00', '14:00']);
    expect(query('2026-03-11T13:00:00.001Z', '2026-03-11T15:00:00.001Z')).toEqual([
      '14:00',
      '15:00',
    ]);
    expect(query('2026-03-11T15:00:00Z', '2026-03-11T13:00:00Z')).toEqual([]);
  });
});

describe('computeSlots: date exceptions', () => {
  // Slots are labelled "HH:MM modality" in UTC; the window is 09:00–12:00 EDT (13:00–16:00Z).
  it.each<[string, Partial<Availability>, Availability['exceptions'], string[]]>([
    ['a whole day off', {}, [{ date: '2026-03-11', kind: 'unavailable' }], []],
    [
      'a part of a day off, splitting the window (slots restart after it)',
      {
        slotMinutes: 45,
        bufferMinutes: 0,
        rules: [{ weekday: 3, start: '09:00', end: '12:00', modalities: ['virtual'] }],
      },
      [{ date: '2026-03-11', kind: 'unavailable', start: '10:00', end: '10:20' }],
      ['13:00 virtual', '14:20 virtual', '15:05 virtual'],
    ],
    [
      'a day off for one modality only',
      {},
      [{ date: '2026-03-11', kind: 'unavailable', modalities: ['practice'] }],
      ['13:00 virtual', '14:00 virtual', '15:00 virtual'],
    ],
    [
      'another date',
      {},
      [{ date: '2026-03-12', kind: 'unavailable' }],
      [
        '13:00 practice',
        '13:00 virtual',
        '14:00 practice',
        '14:00 virtual',
        '15:00 practice',
        '15:00 virtual',
      ],
    ],
    [
      'a day off replaced by extra hours that afternoon',
      {},
      [
        { date: '2026-03-11', kind: 'unavailable' },
        {
          date: '2026-03-11',
          kind: 'available',
          start: '14:00',
          end: '16:00',
          modalities: ['virtual'],
        },
      ],
      ['18:00 virtual', '19:00 virtual'],
    ],
  ])('%s', (_, overrides, exceptions, expected) => {
    const slots = slotsOn('2026-03-11', { ...overrides, exceptions });
    expect(slots.map((s) => `${s.start.slice(11, 16)} ${s.modality}`)).toEqual(expected);
  });

  it('adds extra availability on a day without rules, with its place for in-person visits', () => {
    const slots = slotsOn('2026-03-14', {
      slotMinutes: 60,
      bufferMinutes: 0,
      exceptions: [
        {
          date: '2026-03-14',
          kind: 'available',
          start: '10:00',
          end: '12:00',
          modalities: ['department'],
          place: 'Wellness room',
        },
      ],
    });
    expect(slots.map((s) => [s.start, s.modality, s.place])).toEqual([
      ['2026-03-14T14:00:00Z', 'department', 'Wellness room'],
      ['2026-03-14T15:00:00Z', 'department', 'Wellness room'],
    ]);
  });

  it('applies an exception on a leap day', () => {
    const now = new Date('2028-02-01T00:00:00Z');
    const exceptions: Availability['exceptions'] = [
      { date: '2028-02-29', kind: 'unavailable', start: '09:00', end: '10:00' },
    ];
    expect(startsOf(slotsOn('2028-02-29', { exceptions }, { modality: 'virtual', now }))).toEqual([
      '15:00',
      '16:00',
    ]);
  });
});

describe('computeSlots: bad input names the field', () => {
  const query =
    (overrides: Partial<Availability>, extra: Record<string, unknown> = {}) =>
    () =>
      computeSlots({
        availability: availability(overrides),
        busy: [],
        now: NOW,
        from: new Date('2026-03-11T00:00:00Z'),
        to: new Date('2026-03-12T00:00:00Z'),
        ...extra,
      });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, {}, ['availability', 'timeZone']],
    [{ slotMinutes: 0 }, {}, ['availability', 'slotMinutes']],
    [{ bufferMinutes: -5 }, {}, ['availability', 'bufferMinutes']],
    [
      { rules: [{ weekday: 3, start: '09:00', end: '25:00', modalities: ['virtual'] }] },
      {},
      ['availability', 'rules', 0, 'end'],
    ],
    [
      { exceptions: [{ date: '2026-03-11', kind: 'unavailable', start: '9am', end: '10:00' }] },
      {},
      ['availability', 'exceptions', 0, 'start'],
    ],
    [{}, { now: new Date('soon') }, ['now']],
    [{}, { modality: 'phone' }, ['modality']],
    [
      {},
      {
        busy: [
          { start: '2026-03-11T13:00:00Z', end: '2026-03-11T14:00:00Z' },
          { start: 'tomorrow', end: '2026-03-11T14:00:00Z' },
        ],
      },
      ['busy', 1, 'start'],
    ],
  ] as [Partial<Availability>, Record<string, unknown>, unknown[]][])(
    '%j %j → %j',
    (overrides, extra, path) => {
      expect(validationPath(query(overrides, extra))).toEqual(path);
    },
  );
});

describe('checkBookable', () => {
  const base = { minNoticeMinutes: 120, horizonDays: 30 };
  const check = (
    start: string,
    options: {
      modality?: Modality;
      now?: string;
      busy?: readonly { start: string; end: string }[];
    } = {},
  ) =>
    checkBookable({
      availability: availability(base),
      busy: options.busy ?? [],
      now: new Date(options.now ?? '2026-03-01T00:00:00Z'),
      start,
      modality: options.modality ?? 'practice',
    });

  it('accepts a free slot and returns it', () => {
    expect(check('2026-03-11T13:00:00Z')).toEqual({
      ok: true,
      slot: {
        clinicianId: 'clin-1',
        start: '2026-03-11T13:00:00Z',
        end: '2026-03-11T13:50:00Z',
        modality: 'practice',
        place: 'Practice office',
      },
    });
    // The same instant written with an offset.
    expect(check('2026-03-11T09:00:00-04:00').ok).toBe(true);
  });

  it.each([
    ['off the grid', '2026-03-11T13:15:00Z', {}, 'not-a-slot'],
    ['on a Saturday', '2026-03-14T14:00:00Z', {}, 'not-a-slot'],
    [
      'in a modality the window does not offer',
      '2026-03-11T13:00:00Z',
      { modality: 'department' },
      'not-a-slot',
    ],
    [
      'inside the minimum notice',
      '2026-03-11T13:00:00Z',
      { now: '2026-03-11T11:00:00.001Z' },
      'too-soon',
    ],
    [
      'off the grid and too soon: not a slot first',
      '2026-03-11T13:15:00Z',
      { now: '2026-03-11T12:00:00Z' },
      'not-a-slot',
    ],
    ['beyond the horizon', '2026-04-15T13:00:00Z', {}, 'beyond-horizon'],
    [
      'taken',
      '2026-03-11T13:00:00Z',
      { busy: [{ start: '2026-03-11T13:30:00Z', end: '2026-03-11T14:00:00Z' }] },
      'slot-taken',
    ],
    [
      'too close to the next visit (buffer)',
      '2026-03-11T13:00:00Z',
      { busy: [{ start: '2026-03-11T13:55:00Z', end: '2026-03-11T14:45:00Z' }] },
      'slot-taken',
    ],
  ] as const)('rejects a slot %s', (_, start, options, code) => {
    expect(check(start, options)).toEqual({ ok: false, code });
  });

  it('accepts a slot exactly at the minimum notice', () => {
    expect(check('2026-03-11T13:00:00Z', { now: '2026-03-11T11:00:00Z' }).ok).toBe(true);
  });

  it('names a bad start', () => {
    expect(validationPath(() => check('next tuesday'))).toEqual(['start']);
  });
});
