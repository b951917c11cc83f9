// The hand-written calendar arithmetic agrees with `Date` everywhere it is used.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  formatDayNumber,
  formatInstantMs,
  isoWeekday,
  parseCanonicalInstant,
  parseDayNumber,
  parseMinuteOfDay,
  yearMonthOf,
} from './civil.js';

const dayArb = fc.integer({ min: -719_162, max: 2_932_896 }); // 0001-01-01 … 9999-12-31

describe('day numbers', () => {
  it('format and parse like Date for every day from year 1 to 9999', () => {
    fc.assert(
      fc.property(dayArb, (day) => {
        const viaDate = new Date(day * DAY_MS);
        const iso = viaDate.toISOString().slice(0, 10);
        expect(formatDayNumber(day)).toBe(iso);
        expect(parseDayNumber(iso)).toBe(day);
        expect(yearMonthOf(day)).toEqual({
          year: viaDate.getUTCFullYear(),
          month: viaDate.getUTCMonth() + 1,
        });
        expect(isoWeekday(day)).toBe(((viaDate.getUTCDay() + 6) % 7) + 1);
      }),
    );
  });

  it.each([
    ['2028-02-29', true],
    ['2000-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-1-01', false],
    ['2026-01-01x', false],
    ['２０２６-01-01', false],
  ])('%s is a real date: %s', (text, real) => {
    expect(parseDayNumber(text) !== undefined).toBe(real);
  });
});

describe('times of day', () => {
  it.each([
    ['00:00', 0],
    ['09:30', 570],
    ['23:59', 1439],
    ['24:00', 1440],
    ['24:01', undefined],
    ['12:60', undefined],
    ['9:30', undefined],
    ['09:3a', undefined],
  ])('%s is minute %s', (text, minutes) => {
    expect(parseMinuteOfDay(text)).toBe(minutes);
  });
});

describe('instants', () => {
  it('format and parse like Date (whole seconds, UTC)', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) }), (ms) => {
        const iso = new Date(ms).toISOString();
        expect(parseCanonicalInstant(iso)).toBe(ms);
        const whole = Math.floor(ms / 1000) * 1000;
        expect(formatInstantMs(ms)).toBe(`${new Date(whole).toISOString().slice(0, 19)}Z`);
        expect(parseCanonicalInstant(formatInstantMs(ms))).toBe(whole);
      }),
    );
  });

  it.each([
    '2026-02-29T10:00:00Z',
    '2026-03-08T24:00:00Z',
    '2026-03-08T10:60:00Z',
    '2026-03-08T10:00:00',
    '2026-03-08T10:00:00+01:00',
    '2026-03-08 10:00:00Z',
    '2026-03-08T10:00:00,000Z',
  ])('leaves %s to the general parser (NaN)', (text) => {
    expect(parseCanonicalInstant(text)).toBeNaN();
  });
});
