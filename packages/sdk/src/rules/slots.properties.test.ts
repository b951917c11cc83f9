// Properties of slot generation over random availability, busy time and queries around the
// 2026 DST transitions of New York and Berlin, in zones with and without DST.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Availability, DateException, Slot, WeeklyRule } from '../model/availability.js';
import { MODALITIES, type Modality } from '../model/enums.js';
import { checkBookable, computeSlots } from './slots.js';
import { instantToZoned, zonedToInstant } from './time.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Kolkata', 'UTC', 'Australia/Lord_Howe'];
const DST_DAYS = ['2026-03-08', '2026-03-29', '2026-10-25', '2026-11-01'];

const time = (minutes: number): string =>
  minutes === 1440
    ? '24:00'
    : `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** A window as quarter hours: start 0–94, length 1 to the end of the day. */
const windowArb = fc
  .integer({ min: 0, max: 94 })
  .chain((start) => fc.tuple(fc.constant(start), fc.integer({ min: start + 1, max: 96 })))
  .map(([start, end]) => ({ start: time(start * 15), end: time(end * 15) }));

const modalitiesArb = fc.subarray([...MODALITIES], { minLength: 1 });
const placeArb = fc.constantFrom(undefined, 'Room A', 'Room B');

const ruleArb: fc.Arbitrary<WeeklyRule> = fc
  .record({
    weekday: fc.constantFrom<WeeklyRule['weekday'][]>(1, 2, 3, 4, 5, 6, 7),
    window: windowArb,
    modalities: modalitiesArb,
    place: placeArb,
  })
  .map(({ weekday, window, modalities, place }) => ({
    weekday,
    ...window,
    modalities,
    ...(place ? { place } : {}),
  }));

const exceptionArb: fc.Arbitrary<DateException> = fc.oneof(
  fc
    .record({
      date: fc.constantFrom(...DST_DAYS),
      kind: fc.constant('unavailable' as const),
      partial: fc.option(windowArb, { nil: undefined }),
      modalities: fc.option(modalitiesArb, { nil: undefined }),
    })
    .map(({ partial, modalities, ...rest }) => ({
      ...rest,
      ...(partial ?? {}),
      ...(modalities ? { modalities } : {}),
    })),
  fc
    .record({
      date: fc.constantFrom(...DST_DAYS),
      kind: fc.constant('available' as const),
      window: windowArb,
      modalities: modalitiesArb,
      place: placeArb,
    })
    .map(({ window, place, ...rest }) => ({ ...rest, ...window, ...(place ? { place } : {}) })),
);

const caseArb = fc
  .record({
    timeZone: fc.constantFrom(...ZONES),
    slotMinutes: fc.integer({ min: 15, max: 120 }),
    bufferMinutes: fc.integer({ min: 0, max: 30 }),
    minNoticeMinutes: fc.integer({ min: 0, max: 600 }),
    horizonDays: fc.integer({ min: 1, max: 60 }),
    rules: fc.array(ruleArb, { maxLength: 6 }),
    exceptions: fc.array(exceptionArb, { maxLength: 4 }),
    nowDay: fc.constantFrom(...DST_DAYS),
    nowShiftMinutes: fc.integer({ min: -10 * 24 * 60, max: 24 * 60 }),
    fromShiftMinutes: fc.integer({ min: -2 * 24 * 60, max: 10 * 24 * 60 }),
    lengthMinutes: fc.integer({ min: 0, max: 14 * 24 * 60 }),
    busy: fc.array(
      fc.record({
        shiftMinutes: fc.integer({ min: -24 * 60, max: 20 * 24 * 60 }),
        minutes: fc.integer({ min: 1, max: 180 }),
      }),
      { maxLength: 12 },
    ),
    modality: fc.option(fc.constantFrom(...MODALITIES), { nil: undefined }),
  })
  .map((c) => {
    const now = Date.parse(`${c.nowDay}T00:00:00Z`) + c.nowShiftMinutes * MINUTE;
    const from = now + c.fromShiftMinutes * MINUTE;
    const availability: Availability = {
      clinicianId: 'clin-1',
      timeZone: c.timeZone,
      slotMinutes: c.slotMinutes,
      bufferMinutes: c.bufferMinutes,
      minNoticeMinutes: c.minNoticeMinutes,
      horizonDays: c.horizonDays,
      rules: c.rules,
      exceptions: c.exceptions,
    };
    const busy = c.busy.map((b) => ({
      start: new Date(now + b.shiftMinutes * MINUTE).toISOString(),
      end: new Date(now + (b.shiftMinutes + b.minutes) * MINUTE).toISOString(),
    }));
    return {
      availability,
      busy,
      now: new Date(now),
      from: new Date(from),
      to: new Date(from + c.lengthMinutes * MINUTE),
      modality: c.modality,
    };
  });

type Case = ReturnType<(typeof caseArb)['generate']>['value'];

function slotsFor(c: Case): Slot[] {
  return computeSlots({
    availability: c.availability,
    busy: c.busy,
    now: c.now,
    from: c.from,
    to: c.to,
    ...(c.modality ? { modality: c.modality } : {}),
  });
}

const ms = (instant: string): number => Date.parse(instant);
const order = (modality: Modality): number => MODALITIES.indexOf(modality);

/** The windows (as instants) that could hold a slot of `modality` on the local date `date`. */
interface Range {
  start: number;
  end: number;
}

function windowsFor(c: Case, date: string, modality: Modality): (Range & { removals: Range[] })[] {
  const { availability } = c;
  const zone = availability.timeZone;
  const range = (start: string, end: string): Range => ({
    start: zonedToInstant(date, start, zone).getTime(),
    end: zonedToInstant(date, end, zone).getTime(),
  });
  const weekday = instantToZoned(zonedToInstant(date, '12:00', zone), zone).weekday;
  const removals = availability.exceptions
    .filter((e) => e.date === date && e.kind === 'unavailable')
    .filter((e) => !e.modalities || e.modalities.includes(modality))
    .map((e) => range(e.start ?? '00:00', e.end ?? '24:00'));
  const weekly = availability.rules
    .filter((r) => r.weekday === weekday && r.modalities.includes(modality))
    .map((r) => range(r.start, r.end));
  const extra = availability.exceptions
    .filter((e) => e.date === date && e.kind === 'available' && e.modalities?.includes(modality))
    .map((e) => range(e.start ?? '00:00', e.end ?? '24:00'));
  return [
    ...weekly.map((w) => ({ ...w, removals })),
    ...extra.map((w) => ({ ...w, removals: [] })),
  ];
}

/** Windows minus their removals, merged where they touch (touching windows form one). */
function openTime(windows: (Range & { removals: Range[] })[]): Range[] {
  const pieces = windows.flatMap((w) =>
    w.removals.reduce<Range[]>(
      (kept, r) =>
        kept.flatMap((k) =>
          r.end <= k.start || k.end <= r.start
            ? [k]
            : [
                { start: k.start, end: r.start },
                { start: r.end, end: k.end },
              ].filter((piece) => piece.start < piece.end),
        ),
      [{ start: w.start, end: w.end }],
    ),
  );
  pieces.sort((a, b) => a.start - b.start);
  const merged: Range[] = [];
  for (const piece of pieces) {
    const last = merged[merged.length - 1];
    if (last && piece.start <= last.end) last.end = Math.max(last.end, piece.end);
    else merged.push({ ...piece });
  }
  return merged;
}

// Hundreds of random cases per property: allow for a busy machine.
describe('computeSlots properties', { timeout: 30_000 }, () => {
  it('slots are sorted, in range, of the right length, and never overlap busy time or each other', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const slots = slotsFor(c);
        const { slotMinutes, bufferMinutes, minNoticeMinutes, horizonDays } = c.availability;
        const now = c.now.getTime();
        const lastEnd = new Map<Modality, number>();
        // Problems are collected and compared once: thousands of `expect` calls per case are slow.
        const problems: string[] = [];
        const check = (ok: boolean, problem: string): void => {
          if (!ok) problems.push(problem);
        };
        slots.forEach((slot, i) => {
          const start = ms(slot.start);
          const end = ms(slot.end);
          const at = `${slot.start} ${slot.modality}`;
          check(end - start === slotMinutes * MINUTE, `${at}: wrong length`);
          check(start >= c.from.getTime() && start < c.to.getTime(), `${at}: outside [from, to)`);
          check(start >= now + minNoticeMinutes * MINUTE, `${at}: inside the minimum notice`);
          check(start <= now + horizonDays * DAY, `${at}: beyond the horizon`);
          check(!c.modality || slot.modality === c.modality, `${at}: other modality`);
          check(
            slot.modality !== 'virtual' || slot.place === undefined,
            `${at}: virtual with place`,
          );
          for (const busy of c.busy) {
            const overlaps =
              start < ms(busy.end) + bufferMinutes * MINUTE &&
              ms(busy.start) - bufferMinutes * MINUTE < end;
            check(!overlaps, `${at}: overlaps busy ${busy.start}–${busy.end} plus buffer`);
          }
          const previous = slots[i - 1];
          if (previous) {
            const before =
              ms(previous.start) < start ||
              (ms(previous.start) === start && order(previous.modality) < order(slot.modality));
            check(before, `${at}: out of order`);
          }
          // Sorted by start, so no overlap with the previous one of the modality means none at all.
          check((lastEnd.get(slot.modality) ?? -Infinity) <= start, `${at}: overlaps a slot`);
          lastEnd.set(slot.modality, end);
        });
        expect(problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('every slot lies inside the open time of its modality on its local date', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const slot of slotsFor(c)) {
          const start = ms(slot.start);
          const end = ms(slot.end);
          const { date } = instantToZoned(new Date(start), c.availability.timeZone);
          const open = openTime(windowsFor(c, date, slot.modality));
          expect(open.some((w) => w.start <= start && end <= w.end)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('checkBookable accepts every computed slot', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        for (const slot of slotsFor(c)) {
          expect(
            checkBookable({
              availability: c.availability,
              busy: c.busy,
              now: c.now,
              start: slot.start,
              modality: slot.modality,
            }),
          ).toEqual({ ok: true, slot });
        }
      }),
      { numRuns: 150 },
    );
  });

  it('computeSlots and checkBookable agree on every start of the grid', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        // The bare grid of the query's range: no notice, no horizon, no busy time.
        const grid = computeSlots({
          availability: { ...c.availability, minNoticeMinutes: 0, horizonDays: 366 },
          busy: [],
          now: new Date(c.from.getTime() - 1),
          from: c.from,
          to: c.to,
        });
        const free = new Set(
          slotsFor({ ...c, modality: undefined }).map((s) => `${s.start} ${s.modality}`),
        );
        for (const slot of grid) {
          const check = checkBookable({
            availability: c.availability,
            busy: c.busy,
            now: c.now,
            start: slot.start,
            modality: slot.modality,
          });
          expect(check.ok).toBe(free.has(`${slot.start} ${slot.modality}`));
          if (!check.ok) expect(check.code).not.toBe('not-a-slot');
        }
      }),
      { numRuns: 150 },
    );
  });
});
