// A clinician's open windows on one local date, as instants: weekly rules, minus `unavailable`
// exceptions, plus `available` exceptions. Explicit extra availability is kept even where an
// `unavailable` exception covers the same time: the removal is meant for the weekly rules.
import type { Availability } from '../model/availability.js';
import { MODALITIES, type Modality } from '../model/enums.js';
import { MINUTE_MS, formatDayNumber, isoWeekday, parseMinuteOfDay } from './civil.js';
import { requireDayNumber, requireMinuteOfDay } from './inputs.js';
import type { ZoneClock } from './zone.js';

interface Span {
  start: number;
  end: number;
  /** Index of the modality in `MODALITIES`: windows sort by it, and so do slots starting together. */
  order: number;
}

/** A window as instants (epoch ms). */
export interface Window extends Span {
  modality: Modality;
  place: string | undefined;
}

/** A window in minutes since its day's midnight. */
type WallWindow = Window;

interface WallRemoval {
  start: number;
  end: number;
  /** Only these modalities lose time; all of them when undefined. */
  modalities: readonly Modality[] | undefined;
}

interface DateChanges {
  removals: WallRemoval[];
  additions: WallWindow[];
}

const MINUTES_PER_DAY = 24 * 60;
const MAX_WALL_MINUTES = 20_000;
// Every query converts the same few wall times of each day to instants again: remember them per
// zone, keyed by minutes since the epoch (wall clock), one look-up instead of the clock's two.
const instantsByZone = new Map<ZoneClock, Map<number, number>>();

function wallMinuteInstants(clock: ZoneClock): Map<number, number> {
  let instants = instantsByZone.get(clock);
  if (!instants) {
    instants = new Map();
    instantsByZone.set(clock, instants);
  }
  return instants;
}

/** Minutes since midnight of a rule's time; the field's name is built only for an error. */
function minuteOfDay(time: unknown, field: () => string): number {
  const minutes = typeof time === 'string' ? parseMinuteOfDay(time) : undefined;
  return minutes ?? requireMinuteOfDay(time, field());
}

/** By modality, then start, the longer window first. */
function byOrderStartLongest(a: Span, b: Span): number {
  return a.order - b.order || a.start - b.start || b.end - a.end;
}

function wallWindow(
  start: number,
  end: number,
  modality: Modality,
  place: string | undefined,
): WallWindow {
  // A place applies to in-person modalities only: a virtual slot has no place.
  return {
    start,
    end,
    modality,
    order: MODALITIES.indexOf(modality),
    place: modality === 'virtual' ? undefined : place,
  };
}

/**
 * Compiles weekly rules by ISO weekday, and the exceptions of the days `firstDay`…`lastDay`
 * (day numbers), into a function giving one day's windows: disjoint per modality, sorted by
 * modality, then start.
 */
export function compileAvailability(
  availability: Availability,
  firstDay: number,
  lastDay: number,
  modality: Modality | undefined,
): (clock: ZoneClock, day: number) => Window[] {
  const wanted = (m: Modality): boolean => modality === undefined || m === modality;

  const weekly: WallWindow[][] = [[], [], [], [], [], [], [], []];
  availability.rules.forEach((rule, index) => {
    const start = minuteOfDay(rule.start, () => `availability.rules[${index}].start`);
    const end = minuteOfDay(rule.end, () => `availability.rules[${index}].end`);
    for (const m of rule.modalities) {
      if (wanted(m)) weekly[rule.weekday]?.push(wallWindow(start, end, m, rule.place));
    }
  });
  // Sorted once here, they stay sorted as instants: wall time → instant never reverses.
  for (const windows of weekly) windows.sort(byOrderStartLongest);

  // ISO dates sort as strings: skip exceptions outside the range without parsing them.
  const firstDate = formatDayNumber(firstDay);
  const lastDate = formatDayNumber(lastDay);
  const changes = new Map<number, DateChanges>();
  availability.exceptions.forEach((exception, index) => {
    if (exception.date < firstDate || exception.date > lastDate) return;
    const field = `availability.exceptions[${index}]`;
    const day = requireDayNumber(exception.date, `${field}.date`);
    const start =
      exception.start === undefined ? 0 : requireMinuteOfDay(exception.start, `${field}.start`);
    const end =
      exception.end === undefined ? 24 * 60 : requireMinuteOfDay(exception.end, `${field}.end`);
    let entry = changes.get(day);
    if (!entry) {
      entry = { removals: [], additions: [] };
      changes.set(day, entry);
    }
    if (exception.kind === 'unavailable') {
      entry.removals.push({ start, end, modalities: exception.modalities });
      return;
    }
    for (const m of exception.modalities ?? []) {
      if (wanted(m)) entry.additions.push(wallWindow(start, end, m, exception.place));
    }
  });

  return (clock, day) => {
    const instants = wallMinuteInstants(clock);
    const firstMinute = day * MINUTES_PER_DAY;
    const instant = (minutes: number): number => {
      const minute = firstMinute + minutes;
      let ms = instants.get(minute);
      if (ms === undefined) {
        if (instants.size >= MAX_WALL_MINUTES) instants.clear();
        ms = clock.wallToInstant(minute * MINUTE_MS);
        instants.set(minute, ms);
      }
      return ms;
    };
    const toInstants = (wall: WallWindow): Window => ({
      start: instant(wall.start),
      end: instant(wall.end),
      modality: wall.modality,
      order: wall.order,
      place: wall.place,
    });
    const rules = (weekly[isoWeekday(day)] ?? []).map(toInstants);
    const change = changes.get(day);
    if (!change) return disjoint(rules);

    let windows = rules;
    for (const removal of change.removals) {
      const start = instant(removal.start);
      const end = instant(removal.end);
      windows = windows.flatMap((w) =>
        removal.modalities && !removal.modalities.includes(w.modality)
          ? [w]
          : subtract(w, start, end),
      );
    }
    return disjoint([...windows, ...change.additions.map(toInstants)].sort(byOrderStartLongest));
  };
}

function subtract(window: Window, start: number, end: number): Window[] {
  if (end <= window.start || start >= window.end) return [window];
  const pieces: Window[] = [];
  if (start > window.start) pieces.push({ ...window, end: start });
  if (end < window.end) pieces.push({ ...window, start: end });
  return pieces;
}

/**
 * Makes sorted windows disjoint per modality, so that slots of one modality never overlap:
 * touching or overlapping windows at the same place merge; where places differ, the window that
 * starts first keeps the shared time. Mutates and returns fresh window objects.
 */
function disjoint(sorted: Window[]): Window[] {
  const result: Window[] = [];
  let last: Window | undefined;
  for (const window of sorted) {
    if (window.end <= window.start) continue;
    if (last?.modality === window.modality && window.start <= last.end) {
      if (window.place === last.place) {
        last.end = Math.max(last.end, window.end);
        continue;
      }
      if (window.end <= last.end) continue;
      window.start = last.end;
    }
    last = window;
    result.push(window);
  }
  return result;
}
