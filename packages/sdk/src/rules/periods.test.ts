import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ValidationError } from '../errors/errors.js';
import { isValidationError } from '../errors/guards.js';
import * as z from 'zod/mini';
import { DepartmentPolicy } from '../model/department.js';
import {
  LISTED_PERIODS,
  currentPeriod,
  dueBy,
  periodById,
  periodOf,
  recentPeriods,
} from './periods.js';
import { addDays } from './time.js';

function policy(overrides: Partial<DepartmentPolicy> = {}): DepartmentPolicy {
  return {
    cadence: 'annual',
    periodStartMonth: 1,
    required: true,
    graceDays: 30,
    discreetReminders: true,
    ...overrides,
  };
}

function caught(call: () => unknown): ValidationError {
  try {
    call();
  } catch (error) {
    if (isValidationError(error)) return error;
    throw error;
  }
  throw new Error('expected a ValidationError');
}

describe('periodOf, for every start month (on 2026-07-15)', () => {
  it.each([
    [1, '2026-01', '2026-01-01', '2026-12-31'],
    [2, '2026-02', '2026-02-01', '2027-01-31'],
    [3, '2026-03', '2026-03-01', '2027-02-28'],
    [4, '2026-04', '2026-04-01', '2027-03-31'],
    [5, '2026-05', '2026-05-01', '2027-04-30'],
    [6, '2026-06', '2026-06-01', '2027-05-31'],
    [7, '2026-07', '2026-07-01', '2027-06-30'],
    [8, '2025-08', '2025-08-01', '2026-07-31'],
    [9, '2025-09', '2025-09-01', '2026-08-31'],
    [10, '2025-10', '2025-10-01', '2026-09-30'],
    [11, '2025-11', '2025-11-01', '2026-10-31'],
    [12, '2025-12', '2025-12-01', '2026-11-30'],
  ])('annual from month %i: %s, %s – %s', (periodStartMonth, id, firstDay, lastDay) => {
    expect(periodOf('2026-07-15', policy({ periodStartMonth }))).toEqual({
      id,
      cadence: 'annual',
      firstDay,
      lastDay,
    });
  });

  it.each([
    [1, '2026-07', '2026-07-01', '2026-12-31'],
    [2, '2026-02', '2026-02-01', '2026-07-31'],
    [3, '2026-03', '2026-03-01', '2026-08-31'],
    [4, '2026-04', '2026-04-01', '2026-09-30'],
    [5, '2026-05', '2026-05-01', '2026-10-31'],
    [6, '2026-06', '2026-06-01', '2026-11-30'],
    [7, '2026-07', '2026-07-01', '2026-12-31'],
    [8, '2026-02', '2026-02-01', '2026-07-31'],
    [9, '2026-03', '2026-03-01', '2026-08-31'],
    [10, '2026-04', '2026-04-01', '2026-09-30'],
    [11, '2026-05', '2026-05-01', '2026-10-31'],
    [12, '2026-06', '2026-06-01', '2026-11-30'],
  ])('semiannual from month %i: %s, %s – %s', (periodStartMonth, id, firstDay, lastDay) => {
    expect(periodOf('2026-07-15', policy({ cadence: 'semiannual', periodStartMonth }))).toEqual({
      id,
      cadence: 'semiannual',
      firstDay,
      lastDay,
    });
  });
});

describe('periodOf across leap days', () => {
  it.each([
    ['annual', 3, '2028-02-29', '2027-03', '2027-03-01', '2028-02-29'],
    ['annual', 3, '2028-03-01', '2028-03', '2028-03-01', '2029-02-28'],
    ['annual', 3, '2027-02-28', '2026-03', '2026-03-01', '2027-02-28'],
    ['annual', 1, '2028-02-29', '2028-01', '2028-01-01', '2028-12-31'],
    ['semiannual', 3, '2028-02-29', '2027-09', '2027-09-01', '2028-02-29'],
    ['semiannual', 9, '2028-02-29', '2027-09', '2027-09-01', '2028-02-29'],
    ['semiannual', 3, '2027-02-28', '2026-09', '2026-09-01', '2027-02-28'],
    ['semiannual', 1, '2028-02-29', '2028-01', '2028-01-01', '2028-06-30'],
    ['semiannual', 1, '2028-12-31', '2028-07', '2028-07-01', '2028-12-31'],
    ['semiannual', 12, '2028-02-29', '2027-12', '2027-12-01', '2028-05-31'],
  ] as const)(
    '%s from month %i: %s is in %s (%s – %s)',
    (cadence, month, date, id, first, last) => {
      expect(periodOf(date, policy({ cadence, periodStartMonth: month }))).toEqual({
        id,
        cadence,
        firstDay: first,
        lastDay: last,
      });
    },
  );

  it('tiles the calendar: each date lies in its period, and periods follow one another', () => {
    const arb = fc.record({
      day: fc.integer({ min: 0, max: 366 * 12 }),
      cadence: fc.constantFrom('annual' as const, 'semiannual' as const),
      periodStartMonth: fc.integer({ min: 1, max: 12 }),
    });
    fc.assert(
      fc.property(arb, ({ day, cadence, periodStartMonth }) => {
        const p = policy({ cadence, periodStartMonth });
        const date = addDays('2024-01-01', day);
        const period = periodOf(date, p);
        expect(period.firstDay <= date && date <= period.lastDay).toBe(true);
        expect(period.firstDay.slice(8)).toBe('01');
        expect(period.firstDay.slice(0, 7)).toBe(period.id);
        expect(periodById(period.id, p)).toEqual(period);
        const next = periodOf(addDays(period.lastDay, 1), p);
        expect(next.firstDay).toBe(addDays(period.lastDay, 1));
        const months = (Number(next.id.slice(0, 4)) - Number(period.id.slice(0, 4))) * 12;
        expect(months + Number(next.id.slice(5)) - Number(period.id.slice(5))).toBe(
          cadence === 'annual' ? 12 : 6,
        );
      }),
    );
  });
});

describe('periodById', () => {
  it('returns the period that starts in the given month', () => {
    expect(periodById('2027-09', policy({ cadence: 'semiannual', periodStartMonth: 3 }))).toEqual({
      id: '2027-09',
      cadence: 'semiannual',
      firstDay: '2027-09-01',
      lastDay: '2028-02-29',
    });
  });

  it.each([
    ['2027-09', policy({ periodStartMonth: 3 }), /month 03$/],
    ['2027-04', policy({ cadence: 'semiannual', periodStartMonth: 3 }), /month 03 and 09$/],
    ['2027-13', policy(), /2026-07/],
    ['2027-1', policy(), /2026-07/],
  ])('rejects %s as a period id', (id, p, message) => {
    const error = caught(() => periodById(id, p));
    expect(error.issues[0]?.path).toEqual(['periodId']);
    expect(error.issues[0]?.message).toMatch(message);
  });

  it('names the policy field that is wrong', () => {
    const error = caught(() => periodOf('2026-07-15', policy({ periodStartMonth: 13 })));
    expect(error.issues[0]?.path).toEqual(['policy', 'periodStartMonth']);
  });
});

describe('currentPeriod and recentPeriods', () => {
  it.each([
    // 03:00Z on New Year's Day is still New Year's Eve in New York.
    ['2026-01-01T03:00:00Z', 'America/New_York', '2025-01'],
    ['2026-01-01T03:00:00Z', 'UTC', '2026-01'],
    ['2025-12-31T19:00:00Z', 'Asia/Kolkata', '2026-01'],
    ['2025-12-31T18:29:00Z', 'Asia/Kolkata', '2025-01'],
  ])('at %s in %s the current annual period is %s', (now, zone, id) => {
    expect(currentPeriod(new Date(now), policy(), zone).id).toBe(id);
  });

  it('lists recent periods newest first', () => {
    const periods = recentPeriods(
      new Date('2028-02-29T12:00:00Z'),
      policy({ cadence: 'semiannual', periodStartMonth: 3 }),
      'Europe/Berlin',
      4,
    );
    expect(periods.map((p) => `${p.firstDay}..${p.lastDay}`)).toEqual([
      '2027-09-01..2028-02-29',
      '2027-03-01..2027-08-31',
      '2026-09-01..2027-02-28',
      '2026-03-01..2026-08-31',
    ]);
  });

  it('names a bad time zone and a bad count', () => {
    expect(
      caught(() => currentPeriod(new Date(), policy(), 'Nowhere/Land')).issues[0]?.path,
    ).toEqual(['timeZone']);
    expect(caught(() => recentPeriods(new Date(), policy(), 'UTC', 0)).issues[0]?.path).toEqual([
      'count',
    ]);
  });
});

describe('dueBy', () => {
  it.each([
    ['2026-12-31', 0, '2026-12-31'],
    ['2026-12-31', 30, '2027-01-30'],
    ['2027-12-31', 60, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
  ])('%s plus %i grace days is %s', (lastDay, graceDays, expected) => {
    const period = { id: '2026-01', cadence: 'annual' as const, firstDay: '2026-01-01', lastDay };
    expect(dueBy(period, policy({ graceDays }))).toBe(expected);
  });
});

describe('LISTED_PERIODS', () => {
  it('is six: three years of semiannual periods', () => {
    expect(LISTED_PERIODS).toBe(6);
  });
});

describe('a cadence of every N months', () => {
  it('lays periods of N months from periodStartMonth of 2000, up to five years', () => {
    const fiveYearly = policy({ cadence: 'months', months: 60, periodStartMonth: 1 });
    expect(periodOf('2027-03-15', fiveYearly)).toEqual({
      id: '2025-01',
      cadence: 'months',
      firstDay: '2025-01-01',
      lastDay: '2029-12-31',
    });
    const quarterly = policy({ cadence: 'months', months: 3, periodStartMonth: 2 });
    expect(periodOf('2026-12-08', quarterly)).toMatchObject({
      firstDay: '2026-11-01',
      lastDay: '2027-01-31',
    });
    expect(periodById('2026-11', quarterly).id).toBe('2026-11');
    expect(() => periodById('2026-01', fiveYearly)).toThrow(/2025-01 does$/);
    expect(() => periodById('2026-12', quarterly)).toThrow(/month 02 and 05 and 08 and 11$/);
  });

  it('needs months with cadence months, and at most 60', () => {
    expect(
      caught(() => periodOf('2026-07-15', policy({ cadence: 'months' }))).issues[0]?.path,
    ).toEqual(['policy', 'months']);
    expect(
      caught(() => periodOf('2026-07-15', policy({ cadence: 'months', months: 61 }))).issues[0]
        ?.path,
    ).toEqual(['policy', 'months']);
    expect(z.safeParse(DepartmentPolicy, { ...policy(), months: 12 }).success).toBe(false);
    expect(z.safeParse(DepartmentPolicy, { ...policy(), cadence: 'months' }).success).toBe(false);
    expect(
      z.safeParse(DepartmentPolicy, { ...policy(), cadence: 'months', months: 60 }).success,
    ).toBe(true);
  });
});
