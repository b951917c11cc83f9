import { describe, expect, it } from 'vitest';
import { findForbiddenKeys } from '../conformance/forbidden-keys.js';
import {
  AttendanceCounts,
  AttendanceRecord,
  Department,
  Excusal,
  ExcusalTerms,
  PolicyChange,
  RosterPage,
  type Period,
} from '../model/index.js';

const record: AttendanceRecord = {
  officerId: 'o-1',
  officerName: 'Ana Ruiz',
  periodId: '2026-07',
  status: 'completed',
};
const period: Period = {
  id: '2026-07',
  cadence: 'annual',
  firstDay: '2026-07-01',
  lastDay: '2027-06-30',
};
const counts: AttendanceCounts = {
  completed: 1,
  due: 0,
  overdue: 0,
  excused: 0,
  'not-required': 0,
};

describe('AttendanceRecord at runtime', () => {
  it('has exactly its four keys', () => {
    expect(Object.keys(AttendanceRecord.shape).sort()).toEqual([
      'officerId',
      'officerName',
      'periodId',
      'status',
    ]);
  });

  it.each([
    ['start', '2026-03-08T14:00:00Z'],
    ['clinicianId', 'c-1'],
    ['visitId', 'v-1'],
    ['modality', 'virtual'],
    ['place', 'Wellness room'],
    ['notes', 'anything'],
  ])('rejects an extra %s key', (key, value) => {
    const result = AttendanceRecord.safeParse({ ...record, [key]: value });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });

  it('rejects an unknown status', () => {
    expect(AttendanceRecord.safeParse({ ...record, status: 'booked' }).success).toBe(false);
  });
});

describe('department-facing schemas', () => {
  it('a roster page refuses a smuggled visit on a record or on the page', () => {
    const page: RosterPage = { period, dueBy: '2027-07-30', records: [record], counts, total: 1 };
    expect(RosterPage.safeParse(page).success).toBe(true);
    const leakyRecord = { ...record, visit: { start: '2026-03-08T14:00:00Z' } };
    expect(RosterPage.safeParse({ ...page, records: [leakyRecord] }).success).toBe(false);
    expect(RosterPage.safeParse({ ...page, visits: [] }).success).toBe(false);
    expect(AttendanceCounts.safeParse({ ...counts, noshow: 1 }).success).toBe(false);
    expect(Excusal.safeParse({ officerId: 'o-1', periodId: '2026-07', reason: 'x' }).success).toBe(
      false,
    );
  });

  it('excusal terms and policy changes take a category and days, never free text', () => {
    expect(ExcusalTerms.safeParse({ category: 'injury', lastDay: '2026-09-30' }).success).toBe(
      true,
    );
    expect(ExcusalTerms.safeParse({ category: 'burnout' }).success).toBe(false);
    expect(ExcusalTerms.safeParse({ category: 'other', note: 'x' }).success).toBe(false);
    expect(
      ExcusalTerms.safeParse({ category: 'other', lastDay: '2026-09-30T10:00:00Z' }).success,
    ).toBe(false);
    expect(
      findForbiddenKeys(ExcusalTerms.parse({ category: 'leave', lastDay: '2026-09-30' })),
    ).toEqual([]);
    const change = {
      effectiveFrom: '2027-01-01',
      policy: Department.shape.policy.parse({
        cadence: 'annual',
        periodStartMonth: 1,
        required: true,
        graceDays: 0,
      }),
    };
    expect(PolicyChange.safeParse(change).success).toBe(true);
    expect(PolicyChange.safeParse({ ...change, visitStart: 'x' }).success).toBe(false);
    expect(findForbiddenKeys(change)).toEqual([]);
  });

  it('a department parsed through its schema keeps none of a smuggled visit', () => {
    const parsed = Department.parse({
      id: 'd-1',
      name: 'Riverton PD',
      timeZone: 'America/New_York',
      policy: { cadence: 'annual', periodStartMonth: 7, required: true, graceDays: 30 },
      lastVisit: { start: '2026-03-08T14:00:00Z', clinicianId: 'c-1' },
    });
    expect(findForbiddenKeys(parsed)).toEqual([]);
    expect(parsed).not.toHaveProperty('lastVisit');
  });

  it('valid department-facing values carry no forbidden key', () => {
    const page: RosterPage = {
      period,
      dueBy: '2027-07-30',
      records: [record, record],
      counts,
      total: 2,
    };
    expect(findForbiddenKeys(page)).toEqual([]);
    expect(findForbiddenKeys([period])).toEqual([]);
  });
});
