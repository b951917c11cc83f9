import { describe, expect, it } from 'vitest';
import type { DepartmentPolicy } from '../model/department.js';
import {
  attendanceRecord,
  deriveAttendance,
  dueInPeriod,
  type AttendanceInput,
} from './attendance.js';
import { periodById } from './periods.js';

const POLICY: DepartmentPolicy = {
  cadence: 'annual',
  periodStartMonth: 1,
  required: true,
  graceDays: 14,
  discreetReminders: true,
};
// 2026-01-01 – 2026-12-31, due by 2027-01-14, in New York.
const PERIOD = periodById('2026-01', POLICY);

type Overrides = Partial<Omit<AttendanceInput, 'now'>> & { now: string };

function derive(overrides: Overrides) {
  return deriveAttendance({
    policy: POLICY,
    period: PERIOD,
    timeZone: 'America/New_York',
    fulfilledVisitStarts: [],
    excused: false,
    ...overrides,
    now: new Date(overrides.now),
  });
}

describe('deriveAttendance', () => {
  it.each([
    [
      'not required, even with a visit',
      { policy: { ...POLICY, required: false }, fulfilledVisitStarts: ['2026-05-05T14:00:00Z'] },
      '2026-06-01T12:00:00Z',
      'not-required',
    ],
    [
      'not required, even when late',
      { policy: { ...POLICY, required: false } },
      '2027-06-01T12:00:00Z',
      'not-required',
    ],
    [
      'a fulfilled visit in the period',
      { fulfilledVisitStarts: ['2026-05-05T14:00:00Z'] },
      '2026-06-01T12:00:00Z',
      'completed',
    ],
    [
      'completed wins over excused',
      { fulfilledVisitStarts: ['2026-05-05T14:00:00Z'], excused: true },
      '2026-06-01T12:00:00Z',
      'completed',
    ],
    ['excused without a visit', { excused: true }, '2027-06-01T12:00:00Z', 'excused'],
    [
      'a visit in the previous period only',
      { fulfilledVisitStarts: ['2025-12-20T14:00:00Z'] },
      '2026-06-01T12:00:00Z',
      'due',
    ],
    // 2026-01-01T03:00Z is 22:00 on New Year's Eve in New York: it counts for 2025, not 2026.
    [
      'a visit on the period edge, in the department zone',
      { fulfilledVisitStarts: ['2026-01-01T03:00:00Z'] },
      '2026-06-01T12:00:00Z',
      'due',
    ],
    [
      'a late-evening visit on the last day',
      { fulfilledVisitStarts: ['2027-01-01T03:00:00Z'] },
      '2027-02-01T12:00:00Z',
      'completed',
    ],
    [
      'a visit after the period, during the grace days',
      { fulfilledVisitStarts: ['2027-01-05T14:00:00Z'] },
      '2027-01-06T12:00:00Z',
      'due',
    ],
    ['nothing yet, mid-period', {}, '2026-06-01T12:00:00Z', 'due'],
    ['nothing yet, before the period starts', {}, '2025-11-01T12:00:00Z', 'due'],
    ['on the due-by date, at 23:59 local', {}, '2027-01-15T04:59:00Z', 'due'],
    ['the day after the due-by date, at 00:00 local', {}, '2027-01-15T05:00:00Z', 'overdue'],
    [
      'the day after the period with no grace',
      { policy: { ...POLICY, graceDays: 0 } },
      '2027-01-01T05:00:00Z',
      'overdue',
    ],
    [
      'the last day of the period with no grace',
      { policy: { ...POLICY, graceDays: 0 } },
      '2027-01-01T04:59:00Z',
      'due',
    ],
  ] as const)('%s → %s', (_, overrides, now, expected) => {
    expect(derive({ ...overrides, now })).toBe(expected);
  });

  it('reads "today" in the department zone: the same instant is due in New York, overdue in Kolkata', () => {
    const now = '2027-01-14T20:00:00Z';
    expect(derive({ now })).toBe('due');
    expect(derive({ now, timeZone: 'Asia/Kolkata' })).toBe('overdue');
  });

  it('names a bad visit start and a bad time zone', () => {
    expect(() =>
      derive({ now: '2026-06-01T12:00:00Z', fulfilledVisitStarts: ['yesterday'] }),
    ).toThrow(/fulfilledVisitStarts\[0\]/);
    expect(() => derive({ now: '2026-06-01T12:00:00Z', timeZone: 'Nowhere/Land' })).toThrow(
      /timeZone/,
    );
  });
});

describe('attendanceRecord', () => {
  it('carries exactly the four fields a department may see', () => {
    const officer = { id: 'officer-1', displayName: 'Sam Lee', badge: '1234', email: 'x@y.z' };
    expect(attendanceRecord(officer, PERIOD, 'due')).toStrictEqual({
      officerId: 'officer-1',
      officerName: 'Sam Lee',
      periodId: '2026-01',
      status: 'due',
    });
  });
});

describe('dueInPeriod and service dates', () => {
  const input = (service: AttendanceInput['service']): AttendanceInput => ({
    policy: POLICY,
    period: PERIOD,
    timeZone: 'America/New_York',
    now: new Date('2027-06-01T12:00:00Z'),
    fulfilledVisitStarts: [],
    excused: false,
    service,
  });

  it('nothing is due in a period that ended before the program started', () => {
    expect(deriveAttendance(input({ programStart: '2027-01-01' }))).toBe('not-required');
    expect(deriveAttendance(input({ programStart: '2026-12-31' }))).toBe('overdue');
  });

  it('an officer who joins mid-period is due in it; one who leaves before its end is not', () => {
    expect(dueInPeriod(PERIOD, { serviceStart: '2026-07-15' })).toBe(true);
    expect(dueInPeriod(PERIOD, { serviceStart: '2026-12-31' })).toBe(true);
    expect(dueInPeriod(PERIOD, { serviceStart: '2027-01-01' })).toBe(false);
    expect(dueInPeriod(PERIOD, { serviceEnd: '2026-12-30' })).toBe(false);
    expect(dueInPeriod(PERIOD, { serviceEnd: '2026-12-31' })).toBe(true);
    expect(deriveAttendance(input({ serviceEnd: '2026-06-30' }))).toBe('not-required');
  });
});

describe('an excusal with a last day', () => {
  it('ends by itself after that day, unless it reaches the due-by date', () => {
    const during = { excused: true, excusedThrough: '2026-03-31' };
    expect(derive({ ...during, now: '2026-03-31T12:00:00Z' })).toBe('excused');
    expect(derive({ ...during, now: '2026-04-01T12:00:00Z' })).toBe('due');
    expect(derive({ ...during, now: '2027-02-15T12:00:00Z' })).toBe('overdue');
    // Due by 2027-01-30 (30 grace days): an excusal reaching it covers the period for good.
    const toDueBy = { excused: true, excusedThrough: '2027-01-30' };
    expect(derive({ ...toDueBy, now: '2027-06-01T12:00:00Z' })).toBe('excused');
  });
});
