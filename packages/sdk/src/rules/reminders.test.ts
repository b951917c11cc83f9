import { describe, expect, it } from 'vitest';
import type { DepartmentPolicy } from '../model/department.js';
import { DEFAULT_REMINDER_PREFERENCES } from '../model/reminder.js';
import type { Visit } from '../model/visit.js';
import { periodById } from './periods.js';
import { checkInNudges, currentNudges, visitReminders } from './reminders.js';

const VISIT: Visit = {
  id: 'visit-1',
  officerId: 'officer-1',
  clinicianId: 'clin-1',
  modality: 'virtual',
  start: '2026-03-11T13:00:00Z',
  end: '2026-03-11T13:50:00Z',
  status: 'booked',
  version: 1,
  createdAt: '2026-02-01T00:00:00Z',
  updatedAt: '2026-02-01T00:00:00Z',
};

describe('visitReminders', () => {
  it('gives one reminder per default lead time (7 days, 1 day, 2 hours), earliest first', () => {
    expect(
      visitReminders(VISIT, DEFAULT_REMINDER_PREFERENCES, new Date('2026-02-01T00:00:00Z')),
    ).toEqual([
      { id: 'visit-1-10080', kind: 'visit', at: '2026-03-04T13:00:00Z', visitId: 'visit-1' },
      { id: 'visit-1-1440', kind: 'visit', at: '2026-03-10T13:00:00Z', visitId: 'visit-1' },
      { id: 'visit-1-120', kind: 'visit', at: '2026-03-11T11:00:00Z', visitId: 'visit-1' },
    ]);
  });

  it.each([
    ['between the first and second', '2026-03-05T00:00:00Z', ['visit-1-1440', 'visit-1-120']],
    ['exactly at one (it is no longer ahead)', '2026-03-10T13:00:00Z', ['visit-1-120']],
    ['after the last', '2026-03-11T11:00:01Z', []],
  ])('keeps only those still ahead: now %s', (_, now, ids) => {
    const reminders = visitReminders(VISIT, DEFAULT_REMINDER_PREFERENCES, new Date(now));
    expect(reminders.map((r) => r.id)).toEqual(ids);
  });

  it('uses the officer’s lead times once each', () => {
    const preferences = { ...DEFAULT_REMINDER_PREFERENCES, leadTimesMinutes: [30, 90, 30] };
    expect(
      visitReminders(VISIT, preferences, new Date('2026-03-01T00:00:00Z')).map((r) => r.at),
    ).toEqual(['2026-03-11T11:30:00Z', '2026-03-11T12:30:00Z']);
  });

  it.each(['cancelled', 'fulfilled', 'noshow'] as const)('gives none for a %s visit', (status) => {
    expect(
      visitReminders(
        { ...VISIT, status },
        DEFAULT_REMINDER_PREFERENCES,
        new Date('2026-02-01T00:00:00Z'),
      ),
    ).toEqual([]);
  });

  it('names a bad lead time', () => {
    const preferences = { ...DEFAULT_REMINDER_PREFERENCES, leadTimesMinutes: [1] };
    expect(() => visitReminders(VISIT, preferences, new Date())).toThrow(
      /preferences\.leadTimesMinutes\[0\]/,
    );
  });
});

describe('checkInNudges', () => {
  const policy: DepartmentPolicy = {
    cadence: 'semiannual',
    periodStartMonth: 1,
    required: true,
    graceDays: 14,
    discreetReminders: true,
  };
  // 2026-01-01 – 2026-06-30, due by 2026-07-14.
  const period = periodById('2026-01', policy);
  const nudges = (
    status: 'due' | 'overdue' | 'completed' | 'excused' | 'not-required',
    timeZone = 'America/New_York',
  ) => checkInNudges({ officerId: 'officer-1', period, status, policy, timeZone });

  it('nudges on the first day, and 30 and 7 days before the due-by date, at 09:00 local', () => {
    expect(nudges('due')).toEqual([
      // 09:00 EST
      {
        id: 'officer-1-2026-01-194',
        kind: 'check-in-due',
        at: '2026-01-01T14:00:00Z',
        periodId: '2026-01',
        dueBy: '2026-07-14',
      },
      // 09:00 EDT
      {
        id: 'officer-1-2026-01-30',
        kind: 'check-in-due',
        at: '2026-06-14T13:00:00Z',
        periodId: '2026-01',
        dueBy: '2026-07-14',
      },
      {
        id: 'officer-1-2026-01-7',
        kind: 'check-in-due',
        at: '2026-07-07T13:00:00Z',
        periodId: '2026-01',
        dueBy: '2026-07-14',
      },
    ]);
  });

  it('gives the same nudges, past ones included, while overdue', () => {
    expect(nudges('overdue')).toEqual(nudges('due'));
  });

  it('reads 09:00 in the given zone', () => {
    expect(nudges('due', 'Asia/Kolkata').map((n) => n.at)).toEqual([
      '2026-01-01T03:30:00Z',
      '2026-06-14T03:30:00Z',
      '2026-07-07T03:30:00Z',
    ]);
  });

  it.each(['completed', 'excused', 'not-required'] as const)('gives none when %s', (status) => {
    expect(nudges(status)).toEqual([]);
  });

  it('names a bad officer id', () => {
    expect(() =>
      checkInNudges({ officerId: 'not an id', period, status: 'due', policy, timeZone: 'UTC' }),
    ).toThrow(/officerId/);
  });
});

describe('currentNudges', () => {
  const policy: DepartmentPolicy = {
    cadence: 'semiannual',
    periodStartMonth: 1,
    required: true,
    graceDays: 14,
    discreetReminders: true,
  };
  const nudges = checkInNudges({
    officerId: 'officer-1',
    period: periodById('2026-01', policy),
    status: 'due',
    policy,
    timeZone: 'America/New_York',
  });
  const ids = (now: string) => currentNudges(nudges, new Date(now)).map((n) => n.id);

  it('keeps every nudge before the first one is due', () => {
    expect(ids('2025-12-31T00:00:00Z')).toEqual([
      'officer-1-2026-01-194',
      'officer-1-2026-01-30',
      'officer-1-2026-01-7',
    ]);
  });

  it('keeps the latest one already past and those still to come', () => {
    expect(ids('2026-06-20T00:00:00Z')).toEqual(['officer-1-2026-01-30', 'officer-1-2026-01-7']);
    // A nudge becomes the one in effect at its own instant.
    expect(ids('2026-07-07T13:00:00Z')).toEqual(['officer-1-2026-01-7']);
  });

  it('keeps the last nudge once all are past, and none when there are none', () => {
    expect(ids('2026-12-01T00:00:00Z')).toEqual(['officer-1-2026-01-7']);
    expect(currentNudges([], new Date())).toEqual([]);
  });
});
