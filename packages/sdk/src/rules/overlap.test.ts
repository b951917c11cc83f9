import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/errors.js';
import { createOverlapSweep, mergeRanges, overlapsAny, rangesOverlap } from './overlap.js';

const at = (hhmm: string): string => `2026-03-11T${hhmm}:00Z`;
const range = (start: string, end: string) => ({ start: at(start), end: at(end) });

describe('rangesOverlap', () => {
  it.each([
    ['identical', range('09:00', '10:00'), range('09:00', '10:00'), true],
    ['contained', range('09:00', '12:00'), range('10:00', '11:00'), true],
    ['partly overlapping', range('09:00', '10:30'), range('10:00', '11:00'), true],
    [
      'touching: one ends as the other starts',
      range('09:00', '10:00'),
      range('10:00', '11:00'),
      false,
    ],
    ['apart', range('09:00', '10:00'), range('11:00', '12:00'), false],
    ['an empty range', range('10:00', '10:00'), range('09:00', '11:00'), false],
  ])('%s → %s', (_, a, b, expected) => {
    expect(rangesOverlap(a, b)).toBe(expected);
    expect(rangesOverlap(b, a)).toBe(expected);
  });

  it('compares instants, not strings: offsets and Dates mix', () => {
    const a = { start: '2026-03-11T09:00:00-04:00', end: '2026-03-11T10:00:00-04:00' };
    expect(rangesOverlap(a, range('13:30', '14:30'))).toBe(true);
    expect(rangesOverlap(a, { start: new Date(at('14:00')), end: new Date(at('15:00')) })).toBe(
      false,
    );
  });

  it('names a bad instant', () => {
    expect(() =>
      rangesOverlap({ start: 'noon', end: at('10:00') }, range('09:00', '10:00')),
    ).toThrow(/a\.start/);
  });

  it('agrees with max(start) < min(end)', () => {
    const rangeArb = fc
      .tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 1000 }))
      .map(([x, y]) => ({
        start: new Date(Math.min(x, y) * 60_000),
        end: new Date(Math.max(x, y) * 60_000),
      }));
    fc.assert(
      fc.property(rangeArb, rangeArb, (a, b) => {
        const expected =
          Math.max(a.start.getTime(), b.start.getTime()) <
          Math.min(a.end.getTime(), b.end.getTime());
        expect(rangesOverlap(a, b)).toBe(expected);
      }),
    );
  });
});

describe('overlapsAny', () => {
  it('finds a clash among many', () => {
    const booked = [range('09:00', '10:00'), range('11:00', '12:00')];
    expect(overlapsAny(range('10:00', '11:00'), booked)).toBe(false);
    expect(overlapsAny(range('10:30', '11:30'), booked)).toBe(true);
  });
});

describe('sweeping merged ranges', () => {
  it('reads a range afresh when a start it has seen comes with another end', () => {
    const ms = (hhmm: string): number => Date.parse(at(hhmm));
    expect(mergeRanges([range('09:00', '10:00')])).toEqual([
      { start: ms('09:00'), end: ms('10:00') },
    ]);
    expect(mergeRanges([range('09:00', '11:00')])).toEqual([
      { start: ms('09:00'), end: ms('11:00') },
    ]);
    expect(mergeRanges([{ start: at('09:00'), end: new Date(ms('09:30')) }])).toEqual([
      { start: ms('09:00'), end: ms('09:30') },
    ]);
    expect(() => mergeRanges([{ start: at('09:00'), end: 'soon' }])).toThrow(/busy\[0\]\.end/);
    const noEnd = { start: at('07:00') } as unknown as { start: string; end: string };
    expect(() => mergeRanges([noEnd])).toThrow(ValidationError);
  });

  it('merges widened ranges and answers like a brute-force scan', () => {
    const arb = fc.record({
      busy: fc.array(
        fc.tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 120 })),
        { maxLength: 20 },
      ),
      margin: fc.integer({ min: 0, max: 30 }),
      probes: fc.array(
        fc.tuple(fc.integer({ min: -100, max: 2200 }), fc.integer({ min: 1, max: 120 })),
        { maxLength: 40 },
      ),
    });
    fc.assert(
      fc.property(arb, ({ busy, margin, probes }) => {
        const ranges = busy.map(([start, length]) => ({
          start: new Date(start * 60_000),
          end: new Date((start + length) * 60_000),
        }));
        const merged = mergeRanges(ranges, margin * 60_000);
        merged.forEach((m, i) => {
          const next = merged[i + 1];
          if (next) expect(m.end).toBeLessThan(next.start);
        });
        const overlaps = createOverlapSweep(merged);
        const sorted = [...probes].sort((a, b) => a[0] - b[0]);
        for (const [start, length] of sorted) {
          const s = start * 60_000;
          const e = (start + length) * 60_000;
          const expected = ranges.some(
            (r) => s < r.end.getTime() + margin * 60_000 && r.start.getTime() - margin * 60_000 < e,
          );
          expect(overlaps(s, e)).toBe(expected);
        }
      }),
    );
  });
});
