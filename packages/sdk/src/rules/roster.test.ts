import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/guards.js';
import type { AttendanceRecord } from '../model/attendance.js';
import { DEFAULT_ROSTER_LIMIT, byRosterOrder, rosterOffset, rosterPage } from './roster.js';

const record = (officerId: string, status: AttendanceRecord['status']): AttendanceRecord => ({
  officerId,
  officerName: `Officer ${officerId}`,
  periodId: '2026-01',
  status,
});

const ROSTER = [
  record('a', 'due'),
  record('b', 'completed'),
  record('c', 'due'),
  record('d', 'overdue'),
  record('e', 'due'),
];

describe('byRosterOrder', () => {
  it('orders by name, then by id for equal names', () => {
    const officers = [
      { displayName: 'Lee', id: 'o-2' },
      { displayName: 'Abe', id: 'o-9' },
      { displayName: 'Lee', id: 'o-1' },
    ];
    expect(officers.sort(byRosterOrder).map((o) => o.id)).toEqual(['o-9', 'o-1', 'o-2']);
  });
});

describe('rosterOffset', () => {
  it('reads a cursor as an offset, none as the start', () => {
    expect(rosterOffset(undefined)).toBe(0);
    expect(rosterOffset('40')).toBe(40);
  });

  it.each(['-1', 'abc', '1.5', '1234567890', ''])('refuses the cursor %j at cursor', (cursor) => {
    let caught: unknown;
    try {
      rosterOffset(cursor);
    } catch (error) {
      caught = error;
    }
    expect(isValidationError(caught) && caught.issues[0]?.path).toEqual(['cursor']);
  });
});

describe('rosterPage', () => {
  it('counts every status regardless of the filter, and totals the filtered records', () => {
    const page = rosterPage(ROSTER, { status: 'due' });
    expect(page.counts).toEqual({
      'not-required': 0,
      due: 3,
      overdue: 1,
      completed: 1,
      excused: 0,
    });
    expect(page.total).toBe(3);
    expect(page.records.map((r) => r.officerId)).toEqual(['a', 'c', 'e']);
    expect(page.nextCursor).toBeUndefined();
  });

  it('pages with a cursor until the last record', () => {
    const first = rosterPage(ROSTER, { limit: 2 });
    expect(first.records.map((r) => r.officerId)).toEqual(['a', 'b']);
    expect(first.nextCursor).toBe('2');
    const last = rosterPage(ROSTER, { limit: 2, cursor: '4' });
    expect(last.records.map((r) => r.officerId)).toEqual(['e']);
    expect(last.nextCursor).toBeUndefined();
    expect(last.total).toBe(5);
  });

  it(`lists ${DEFAULT_ROSTER_LIMIT} records when no limit is set`, () => {
    const many = Array.from({ length: DEFAULT_ROSTER_LIMIT + 1 }, (_, i) => record(`o${i}`, 'due'));
    const page = rosterPage(many, {});
    expect(page.records).toHaveLength(DEFAULT_ROSTER_LIMIT);
    expect(page.nextCursor).toBe(String(DEFAULT_ROSTER_LIMIT));
  });
});
