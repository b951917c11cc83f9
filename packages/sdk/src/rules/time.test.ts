import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidationError } from '../errors/guards.js';
import { addDays, compareDates, instantToZoned, toInstant, zonedToInstant } from './time.js';

describe('zonedToInstant', () => {
  it.each([
    // America/New_York, spring forward 2026-03-08 at 02:00 EST → 03:00 EDT
    ['America/New_York', '2026-03-08', '00:00', '2026-03-08T05:00:00Z'],
    ['America/New_York', '2026-03-08', '01:59', '2026-03-08T06:59:00Z'],
    ['America/New_York', '2026-03-08', '02:00', '2026-03-08T07:00:00Z'], // gap → 03:00 EDT
    ['America/New_York', '2026-03-08', '02:30', '2026-03-08T07:30:00Z'], // gap → 03:30 EDT
    ['America/New_York', '2026-03-08', '03:00', '2026-03-08T07:00:00Z'],
    ['America/New_York', '2026-03-08', '24:00', '2026-03-09T04:00:00Z'],
    // America/New_York, fall back 2026-11-01 at 02:00 EDT → 01:00 EST
    ['America/New_York', '2026-11-01', '00:30', '2026-11-01T04:30:00Z'],
    ['America/New_York', '2026-11-01', '01:00', '2026-11-01T05:00:00Z'], // overlap → earlier
    ['America/New_York', '2026-11-01', '01:30', '2026-11-01T05:30:00Z'], // overlap → earlier
    ['America/New_York', '2026-11-01', '01:59', '2026-11-01T05:59:00Z'],
    ['America/New_York', '2026-11-01', '02:00', '2026-11-01T07:00:00Z'],
    ['America/New_York', '2026-11-01', '24:00', '2026-11-02T05:00:00Z'],
    // Europe/Berlin, spring forward 2026-03-29 at 02:00 CET → 03:00 CEST
    ['Europe/Berlin', '2026-03-29', '01:59', '2026-03-29T00:59:00Z'],
    ['Europe/Berlin', '2026-03-29', '02:30', '2026-03-29T01:30:00Z'], // gap → 03:30 CEST
    ['Europe/Berlin', '2026-03-29', '03:00', '2026-03-29T01:00:00Z'],
    // Europe/Berlin, fall back 2026-10-25 at 03:00 CEST → 02:00 CET
    ['Europe/Berlin', '2026-10-25', '01:59', '2026-10-24T23:59:00Z'],
    ['Europe/Berlin', '2026-10-25', '02:30', '2026-10-25T00:30:00Z'], // overlap → earlier (CEST)
    ['Europe/Berlin', '2026-10-25', '03:00', '2026-10-25T02:00:00Z'],
    // No DST
    ['Asia/Kolkata', '2026-03-08', '09:00', '2026-03-08T03:30:00Z'],
    ['Asia/Kolkata', '2026-11-01', '00:00', '2026-10-31T18:30:00Z'],
    ['UTC', '2028-02-29', '12:00', '2028-02-29T12:00:00Z'],
    // Leap day in a DST zone, and a half-hour DST shift (Lord Howe: 02:00 → 02:30)
    ['America/New_York', '2028-02-29', '09:00', '2028-02-29T14:00:00Z'],
    ['Australia/Lord_Howe', '2026-10-04', '02:15', '2026-10-03T15:45:00Z'], // gap → 02:45
  ])('%s %s %s is %s', (zone, date, time, expected) => {
    expect(toInstant(zonedToInstant(date, time, zone))).toBe(expected);
  });

  it('names the field of a bad time zone, date or time', () => {
    const cases: [() => unknown, string][] = [
      [() => zonedToInstant('2026-03-08', '09:00', 'Mars/Olympus'), 'timeZone'],
      // Intl would silently use the host's zone for undefined.
      [() => zonedToInstant('2026-03-08', '09:00', undefined as unknown as string), 'timeZone'],
      [() => zonedToInstant('2026-03-08', '09:00', ''), 'timeZone'],
      [() => zonedToInstant('2026-02-29', '09:00', 'UTC'), 'date'],
      [() => zonedToInstant('2026-03-08', '9:00', 'UTC'), 'time'],
      [() => zonedToInstant('2026-03-08', '24:30', 'UTC'), 'time'],
    ];
    for (const [call, field] of cases) {
      let caught: unknown;
      try {
        call();
      } catch (error) {
        caught = error;
      }
      expect(isValidationError(caught)).toBe(true);
      expect((caught as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual([field]);
    }
  });
});

describe('instantToZoned', () => {
  it.each([
    ['2026-03-08T06:59:00Z', 'America/New_York', '2026-03-08', '01:59', 7],
    ['2026-03-08T07:00:00Z', 'America/New_York', '2026-03-08', '03:00', 7],
    ['2026-11-01T05:30:00Z', 'America/New_York', '2026-11-01', '01:30', 7],
    ['2026-11-01T06:30:00Z', 'America/New_York', '2026-11-01', '01:30', 7],
    ['2026-03-29T01:00:00Z', 'Europe/Berlin', '2026-03-29', '03:00', 7],
    ['2026-10-25T00:30:00Z', 'Europe/Berlin', '2026-10-25', '02:30', 7],
    ['2026-10-25T01:30:00Z', 'Europe/Berlin', '2026-10-25', '02:30', 7],
    ['2026-01-01T03:00:00Z', 'America/New_York', '2025-12-31', '22:00', 3],
    ['2026-01-01T03:00:00Z', 'Asia/Kolkata', '2026-01-01', '08:30', 4],
    ['2028-02-29T23:59:59Z', 'UTC', '2028-02-29', '23:59', 2],
    ['2028-03-01T04:59:00Z', 'America/New_York', '2028-02-29', '23:59', 2],
  ] as const)('%s in %s is %s %s (weekday %i)', (instant, zone, date, time, weekday) => {
    expect(instantToZoned(new Date(instant), zone)).toEqual({ date, time, weekday });
  });

  it('rejects an invalid Date', () => {
    expect(() => instantToZoned(new Date('nope'), 'UTC')).toThrow(/instant/);
  });

  it('round-trips: a wall time read back gives the same wall time, at the earliest instant', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'Australia/Lord_Howe'];
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2040, 0, 1) }),
        (zone, ms) => {
          const instant = new Date(Math.floor(ms / 60_000) * 60_000);
          const wall = instantToZoned(instant, zone);
          const back = zonedToInstant(wall.date, wall.time, zone);
          expect(instantToZoned(back, zone)).toEqual(wall);
          // Only a repeated (fall-back) wall time may map to an earlier instant.
          expect(back.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(instant.getTime() - back.getTime()).toBeLessThanOrEqual(60 * 60_000);
        },
      ),
    );
  });
});

describe('date arithmetic', () => {
  it.each([
    ['2028-02-28', 1, '2028-02-29'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2028-03-01', -1, '2028-02-29'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2026-03-08', 0, '2026-03-08'],
    ['2027-12-31', 60, '2028-02-29'],
  ])('addDays(%s, %i) is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected);
  });

  it('rejects a fractional number of days', () => {
    expect(() => addDays('2026-03-08', 1.5)).toThrow(/days/);
  });

  it('compares dates', () => {
    expect(compareDates('2028-02-29', '2028-03-01')).toBeLessThan(0);
    expect(compareDates('2028-03-01', '2028-02-29')).toBeGreaterThan(0);
    expect(compareDates('2028-02-29', '2028-02-29')).toBe(0);
  });

  it('formats instants to whole seconds in UTC', () => {
    expect(toInstant(new Date('2026-03-08T14:00:00.999Z'))).toBe('2026-03-08T14:00:00Z');
  });
});
