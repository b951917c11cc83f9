import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/guards.js';
import { byStart, inVisitWindow, slotWindow, visitWindow } from './visit-range.js';

const NOW = new Date('2026-03-10T12:00:00Z');

function pathOfError(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return isValidationError(error) ? error.issues[0]?.path : error;
  }
  return undefined;
}

describe('slotWindow', () => {
  it('reads from and to', () => {
    expect(slotWindow('2026-03-10T00:00:00Z', '2026-03-11T00:00:00Z')).toEqual({
      from: new Date('2026-03-10T00:00:00Z'),
      to: new Date('2026-03-11T00:00:00Z'),
    });
  });

  it('refuses at to unless it is after from', () => {
    expect(pathOfError(() => slotWindow('2026-03-10T00:00:00Z', '2026-03-10T00:00:00Z'))).toEqual([
      'to',
    ]);
  });
});

describe('visitWindow', () => {
  it('starts now and has no end when the range is empty', () => {
    expect(visitWindow({}, NOW)).toEqual({ from: NOW, to: undefined });
  });

  it('checks to against now when from is left out', () => {
    expect(pathOfError(() => visitWindow({ to: '2026-03-10T11:00:00Z' }, NOW))).toEqual(['to']);
    expect(visitWindow({ to: '2026-03-10T13:00:00Z' }, NOW).to).toEqual(
      new Date('2026-03-10T13:00:00Z'),
    );
  });
});

describe('inVisitWindow', () => {
  const within = inVisitWindow(visitWindow({ to: '2026-03-11T00:00:00Z' }, NOW));

  it('keeps a visit still on at from and started before to', () => {
    expect(within({ start: '2026-03-10T11:30:00Z', end: '2026-03-10T12:20:00Z' })).toBe(true);
    expect(within({ start: '2026-03-10T23:00:00Z', end: '2026-03-10T23:50:00Z' })).toBe(true);
  });

  it('drops a visit over by from, or starting at to', () => {
    expect(within({ start: '2026-03-10T11:00:00Z', end: '2026-03-10T12:00:00Z' })).toBe(false);
    expect(within({ start: '2026-03-11T00:00:00Z', end: '2026-03-11T00:50:00Z' })).toBe(false);
  });

  it('has no end when to is left out', () => {
    expect(
      inVisitWindow(visitWindow({}, NOW))({
        start: '2099-01-01T00:00:00Z',
        end: '2099-01-01T01:00:00Z',
      }),
    ).toBe(true);
  });
});

describe('byStart', () => {
  it('orders instants of any offset by time', () => {
    const visits = [{ start: '2026-03-10T12:00:00Z' }, { start: '2026-03-10T06:30:00-05:00' }];
    expect(visits.sort(byStart).map((v) => v.start)).toEqual([
      '2026-03-10T06:30:00-05:00',
      '2026-03-10T12:00:00Z',
    ]);
  });
});
