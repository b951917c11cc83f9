import { describe, expect, it } from 'vitest';
import type { Visit } from '../model/visit.js';
import { checkChangeAllowed, checkMarkAllowed } from './notice.js';

function visit(overrides: Partial<Visit> = {}): Visit {
  return {
    id: 'visit-1',
    officerId: 'officer-1',
    clinicianId: 'clin-1',
    modality: 'virtual',
    start: '2026-03-11T13:00:00Z',
    end: '2026-03-11T13:50:00Z',
    status: 'booked',
    version: 1,
    createdAt: '2026-03-01T00:00:00Z',
    updatedAt: '2026-03-01T00:00:00Z',
    ...overrides,
  };
}

describe('checkChangeAllowed', () => {
  it.each([
    [
      'a day ahead with 24 h notice (exactly at the limit)',
      {},
      1440,
      '2026-03-10T13:00:00Z',
      { ok: true },
    ],
    [
      'a millisecond inside the notice period',
      {},
      1440,
      '2026-03-10T13:00:00.001Z',
      { ok: false, code: 'notice-period' },
    ],
    ['with no notice, right at the start', {}, 0, '2026-03-11T13:00:00Z', { ok: true }],
    [
      'with no notice, after the start',
      {},
      0,
      '2026-03-11T13:00:01Z',
      { ok: false, code: 'notice-period' },
    ],
    [
      'a cancelled visit',
      { status: 'cancelled' },
      0,
      '2026-03-01T00:00:00Z',
      { ok: false, code: 'not-active' },
    ],
    [
      'a fulfilled visit',
      { status: 'fulfilled' },
      0,
      '2026-03-01T00:00:00Z',
      { ok: false, code: 'not-active' },
    ],
    [
      'a no-show',
      { status: 'noshow' },
      0,
      '2026-03-01T00:00:00Z',
      { ok: false, code: 'not-active' },
    ],
  ] as const)('%s', (_, overrides, notice, now, expected) => {
    expect(checkChangeAllowed(visit(overrides), notice, new Date(now))).toEqual(expected);
  });

  it('rejects a negative or fractional notice', () => {
    expect(() => checkChangeAllowed(visit(), -1, new Date())).toThrow(/minNoticeMinutes/);
    expect(() => checkChangeAllowed(visit(), 1.5, new Date())).toThrow(/minNoticeMinutes/);
  });
});

describe('checkMarkAllowed', () => {
  it.each([
    ['before the start', {}, '2026-03-11T12:59:59Z', { ok: false, code: 'not-started' }],
    ['at the start', {}, '2026-03-11T13:00:00Z', { ok: true }],
    ['a week later', {}, '2026-03-18T13:00:00Z', { ok: true }],
    [
      'a cancelled visit',
      { status: 'cancelled' },
      '2026-03-12T00:00:00Z',
      { ok: false, code: 'cancelled' },
    ],
    [
      'a fulfilled visit',
      { status: 'fulfilled' },
      '2026-03-12T00:00:00Z',
      { ok: false, code: 'already-marked' },
    ],
    [
      'a no-show',
      { status: 'noshow' },
      '2026-03-12T00:00:00Z',
      { ok: false, code: 'already-marked' },
    ],
    [
      'a cancelled visit before its start',
      { status: 'cancelled' },
      '2026-03-01T00:00:00Z',
      { ok: false, code: 'cancelled' },
    ],
  ] as const)('%s', (_, overrides, now, expected) => {
    expect(checkMarkAllowed(visit(overrides), new Date(now))).toEqual(expected);
  });

  it('names a bad visit start', () => {
    expect(() => checkMarkAllowed(visit({ start: 'soon' }), new Date())).toThrow(/visit\.start/);
  });
});

describe('checkMarkAllowed: corrections', () => {
  const start = '2026-03-02T15:00:00Z';
  const marked = visit({ start, end: '2026-03-02T15:50:00Z', status: 'fulfilled' });

  it('lets the other outcome replace a mark until seven days after the start', () => {
    expect(checkMarkAllowed(marked, new Date('2026-03-09T14:59:59Z'), 'noshow')).toEqual({
      ok: true,
    });
    expect(checkMarkAllowed(marked, new Date('2026-03-09T15:00:00Z'), 'noshow')).toEqual({
      ok: false,
      code: 'correction-closed',
    });
  });

  it('refuses the same outcome again, and any mark without an outcome', () => {
    expect(checkMarkAllowed(marked, new Date('2026-03-03T00:00:00Z'), 'fulfilled')).toEqual({
      ok: false,
      code: 'already-marked',
    });
    expect(checkMarkAllowed(marked, new Date('2026-03-03T00:00:00Z'))).toEqual({
      ok: false,
      code: 'already-marked',
    });
  });
});
