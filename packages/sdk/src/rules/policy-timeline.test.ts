import { describe, expect, it } from 'vitest';
import type { Department, DepartmentPolicy } from '../model/index.js';
import {
  periodOn,
  periodWithId,
  periodsUntilNow,
  policyChangeNow,
  policyOn,
  scheduledChange,
  withPolicyChange,
} from './policy-timeline.js';

const ANNUAL: DepartmentPolicy = {
  cadence: 'annual',
  periodStartMonth: 1,
  required: true,
  graceDays: 30,
  discreetReminders: true,
};
const JULY: DepartmentPolicy = { ...ANNUAL, periodStartMonth: 7 };
const department = (changes: Department['policyChanges'] = []): Department => ({
  id: 'd',
  name: 'D',
  timeZone: 'America/New_York',
  policy: ANNUAL,
  policyChanges: changes,
  programStart: '2024-03-15',
});
const at = (date: string) => new Date(`${date}T17:00:00Z`);

describe('policy changes', () => {
  it('take effect the day after the current period ends', () => {
    expect(policyChangeNow(at('2026-05-10'), department(), JULY)).toEqual({
      effectiveFrom: '2027-01-01',
      policy: JULY,
    });
  });

  it('never move a period that has started, whatever the new fiscal month', () => {
    const before = periodOn('2026-05-10', department());
    for (let month = 1; month <= 12; month += 1) {
      const change = policyChangeNow(at('2026-05-10'), department(), {
        ...ANNUAL,
        periodStartMonth: month,
      });
      const changed = department([change]);
      expect(periodOn('2026-05-10', changed)).toEqual(before);
      expect(periodOn('2025-02-01', changed)).toEqual(periodOn('2025-02-01', department()));
    }
  });

  it('open with a shorter period up to the new policy’s first boundary', () => {
    const changed = department([{ effectiveFrom: '2027-01-01', policy: JULY }]);
    expect(periodOn('2027-03-01', changed)).toEqual({
      id: '2027-01',
      cadence: 'annual',
      firstDay: '2027-01-01',
      lastDay: '2027-06-30',
    });
    expect(periodOn('2027-07-01', changed).id).toBe('2027-07');
    expect(policyOn(changed, '2026-12-31')).toEqual(ANNUAL);
    expect(policyOn(changed, '2027-01-01')).toEqual(JULY);
  });

  it('refuse an id that starts no period, naming periodId', () => {
    expect(periodWithId('2026-01', department()).lastDay).toBe('2026-12-31');
    expect(() => periodWithId('2026-07', department())).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: ['periodId'] })] }),
    );
  });

  it('replace a change not yet in effect and keep those before it', () => {
    const first = { effectiveFrom: '2026-01-01', policy: JULY };
    const pending = { effectiveFrom: '2027-01-01', policy: ANNUAL };
    const replacement = { effectiveFrom: '2027-01-01', policy: JULY };
    expect(withPolicyChange([first, pending], replacement)).toEqual([first, replacement]);
    expect(scheduledChange(department([first, pending]), '2026-06-01')).toEqual(pending);
    expect(scheduledChange(department([first]), '2026-06-01')).toBeUndefined();
  });

  it('list no period that ended before the program started', () => {
    expect(periodsUntilNow(at('2026-05-10'), department(), 6).map((p) => p.id)).toEqual([
      '2026-01',
      '2025-01',
      '2024-01',
    ]);
  });
});
