// A clinician's open windows on one local date, as instants: weekly rules, minus `unavailable`
// exceptions, plus `available` exceptions. Explicit extra availability is kept even where an
// `unavailable` exception covers the same time: the removal is meant for the weekly rules.
import type { Availability } from '../model/availability.js';
import { MODALITIES, type Modality } from '../model/enums.js';
import { DAY_MS, MINUTE_MS, formatDayNumber, isoWeekday } from './civil.js';
import { requireDayNumber, requireMinuteOfDay } from './inputs.js';
import type { ZoneClock } from './zone.js';

export interface Window {
  start: number;
  end: number;
  modality: Modality;
  /** Index of the modality in `MODALITIES`, the tie-breaker when slots start together. */
  order: number;
  place: string | undefined;
}

interface WallWindow {
  startMinute: number;
  endMinute: number;
  modality: Modality;
  place: string | undefined;
}

interface WallRemoval {
  startMinute: number;
  endMinute: number;
  /** Only these modalities lose time; all of them when undefined. */
  modalities: readonly Modality[] | undefined;
}

interface DateChanges {
  removals: WallRemoval[];
  additions: WallWindow[];
}

/** Place applies to in-person modalities only: a virtual slot has no place. */
function placeFor(modality: Modality, place: string | undefined): string | undefined {
  return modality === 'virtual' ? undefined : place;
}

/** Weekly rules by ISO weekday, and the exceptions of the days `firstDay`…`lastDay`. */
export function compileAvailability(
  availability: Availability,
  firstDay: number,
  lastDay: number,
  modality: Modality | undefined,
): (clock: ZoneClock, day: number) => Window[] {
  const wanted = (m: Modality): boolean => modality === undefined || m === modality;

  const weekly: WallWindow[][] = [[], [], [], [], [], [], [], []];
  availability.rules.forEach((rule, index) => {
    const field = `availability.rules[${index}]`;
    const startMinute = requireMinuteOfDay(rule.start, `${field}.start`);
    const endMinute = requireMinuteOfDay(rule.end, `${field}.end`);
    for (const m of rule.modalities) {
      if (wanted(m)) {
        weekly[rule.weekday]?.push({
          startMinute,
          endMinute,
          modality: m,
          place: placeFor(m, rule.place),
        });
      }
    }
  });

  // ISO dates sort as strings: skip exceptions outside the range without parsing them.
  const firstDate = formatDayNumber(firstDay);
  const lastDate = formatDayNumber(lastDay);
  const changes = new Map<number, DateChanges>();
  availability.exceptions.forEach((exception, index) => {
    if (exception.date < firstDate || exception.date > lastDate) return;
    const field = `availability.exceptions[${index}]`;
    const day = requireDayNumber(exception.date, `${field}.date`);
    const startMinute =
      exception.start === undefined ? 0 : requireMinuteOfDay(exception.start, `${field}.start`);
    const endMinute =
      exception.end === undefined ? 24 * 60 : requireMinuteOfDay(exception.end, `${field}.end`);
    let entry = changes.get(day);
    if (!entry) {
      entry = { removals: [], additions: [] };
      changes.set(day, entry);
    }
    if (exception.kind === 'unavailable') {
      entry.removals.push({ startMinute, endMinute, modalities: exception.modalities });
    } else {
      for (const m of exception.modalities ?? []) {
        if (wanted(m)) {
          entry.additions.push({
            startMinute,
            endMinute,
            modality: m,
            place: placeFor(m, exception.place),
          });
        }
      }
    }
  });

  return (clock, day) => {
    const midnight = day * DAY_MS;
    const toWindow = (wall: WallWindow): Window => ({
      start: clock.wallToInstant(midnight + wall.startMinute * MINUTE_MS),
      end: clock.wallToInstant(midnight + wall.endMinute * MINUTE_MS),
      modality: wall.modality,
      order: MODALITIES.indexOf(wall.modality),
      place: wall.place,
    });
    const rules = weekly[isoWeekday(day)] ?? [];
    const change = changes.get(day);
    if (!change) return disjoint(rules.map(toWindow));

    let windows = rules.map(toWindow);
    for (const removal of change.removals) {
      const start = clock.wallToInstant(midnight + removal.startMinute * MINUTE_MS);
      const end = clock.wallToInstant(midnight + removal.endMinute * MINUTE_MS);
      windows = windows.flatMap((w) =>
        removal.modalities && !removal.modalities.includes(w.modality)
          ? [w]
          : subtract(w, start, end),
      );
    }
    return disjoint([...windows, ...change.additions.map(toWindow)]);
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
 * Makes the windows of each modality disjoint, so that slots of one modality never overlap:
 * touching or overlapping windows at the same place merge; where places differ, the window that
 * starts first keeps the shared time.
 */
function disjoint(windows: Window[]): Window[] {
  if (windows.length <= 1) return windows.filter((w) => w.end > w.start);
  windows.sort((a, b) => a.order - b.order || a.start - b.start || b.end - a.end);
  const result: Window[] = [];
  let last: Window | undefined;
  for (const window of windows) {
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
