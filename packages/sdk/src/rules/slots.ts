// Free slots of one clinician, from their availability and their busy time.
import { AVAILABILITY_LIMITS, type Availability, type Slot } from '../model/availability.js';
import { MODALITIES, type Modality } from '../model/enums.js';
import { DAY_MS, MINUTE_MS, formatInstantMs } from './civil.js';
import {
  requireArray,
  requireDateMs,
  requireInstantMs,
  requireInteger,
  requireModality,
  requireObject,
} from './inputs.js';
import { createOverlapSweep, mergeRanges, type TimeRange } from './overlap.js';
import { forEachSlotStart } from './grid.js';
import type { BookingRefusal } from './refusals.js';
import type { Window } from './windows.js';

export interface SlotsInput {
  availability: Availability;
  /** The clinician's booked time, any modality; need not be sorted. */
  busy: readonly TimeRange[];
  now: Date;
  /** Slots starting at or after `from` and before `to` are returned. */
  from: Date;
  to: Date;
  /** Only this modality; every modality when left out. */
  modality?: Modality;
}

export type BookableCheck = { ok: true; slot: Slot } | { ok: false; code: BookingRefusal };

export interface BookableInput {
  availability: Availability;
  busy: readonly TimeRange[];
  now: Date;
  start: string;
  modality: Modality;
}

// Listed once: the check below runs on every slot query.
const LIMITED_FIELDS = Object.entries(AVAILABILITY_LIMITS) as [
  keyof typeof AVAILABILITY_LIMITS,
  { min: number; max: number },
][];

/**
 * The input's shape and the numbers that size the slot grid, checked on every call (cheaply: the
 * whole document is validated where a backend stores it, and slot generation is on the hot path).
 */
function checkSlotInput(input: { availability: Availability; busy: unknown }): void {
  requireObject(input, 'input');
  const { availability } = input;
  requireObject(availability, 'availability');
  requireArray(input.busy, 'busy');
  for (const [field, { min, max }] of LIMITED_FIELDS) {
    requireInteger(availability[field], `availability.${field}`, min, max);
  }
}

// Slot grids repeat from query to query and across clinicians in one zone: remember the wire
// form of their instants, by UTC day and minute, instead of formatting them afresh. Slots come
// day by day, so the day last used usually serves the next one too.
const MINUTES_PER_DAY = 24 * 60;
const instantsByDay = new Map<number, (string | undefined)[]>();
const MAX_DAYS = 400;
let lastDay = Number.NaN;
let lastDayInstants: (string | undefined)[] = [];

function slotInstant(ms: number): string {
  const minute = ms / MINUTE_MS;
  if (!Number.isInteger(minute)) return formatInstantMs(ms);
  const day = Math.floor(minute / MINUTES_PER_DAY);
  if (day !== lastDay) {
    let instants = instantsByDay.get(day);
    if (!instants) {
      if (instantsByDay.size >= MAX_DAYS) instantsByDay.clear();
      instants = new Array<string | undefined>(MINUTES_PER_DAY);
      instantsByDay.set(day, instants);
    }
    lastDay = day;
    lastDayInstants = instants;
  }
  const index = minute - day * MINUTES_PER_DAY;
  return (lastDayInstants[index] ??= formatInstantMs(ms));
}

function toSlot(clinicianId: string, start: number, slotMs: number, window: Window): Slot {
  const { modality, place } = window;
  const startText = slotInstant(start);
  const end = slotInstant(start + slotMs);
  // One literal per shape, so that every slot gets its final shape at once.
  return place === undefined
    ? { clinicianId, start: startText, end, modality }
    : { clinicianId, start: startText, end, modality, place };
}

const byStartThenModality = (a: Slot, b: Slot): number =>
  Date.parse(a.start) - Date.parse(b.start) ||
  MODALITIES.indexOf(a.modality) - MODALITIES.indexOf(b.modality);

/**
 * The free slots of a clinician starting in `[from, to)`: laid out from the availability in its
 * time zone (DST days included), dropping those that start before `now` plus the minimum notice
 * or after `now` plus the horizon, and those that overlap busy time widened by the buffer on both
 * sides. Sorted by start, then modality. Slots of one modality never overlap each other.
 */
export function computeSlots(input: SlotsInput): Slot[] {
  checkSlotInput(input);
  const { availability } = input;
  const now = requireDateMs(input.now, 'now');
  const from = requireDateMs(input.from, 'from');
  const to = requireDateMs(input.to, 'to');
  if (input.modality !== undefined) requireModality(input.modality, 'modality');
  const earliest = Math.max(from, now + availability.minNoticeMinutes * MINUTE_MS);
  // `to` is exclusive; the horizon's end is itself bookable.
  const end = Math.min(to, now + availability.horizonDays * DAY_MS + 1);
  const slotMs = availability.slotMinutes * MINUTE_MS;
  const bufferMs = availability.bufferMinutes * MINUTE_MS;
  const busy = mergeRanges(input.busy, bufferMs, 'busy', earliest, end + slotMs);
  const overlapsBusy = createOverlapSweep(busy);
  const slots: Slot[] = [];
  // Days come out in time order; only a DST oddity could break it, and then we sort.
  const order = { previous: -Infinity, broken: false };
  forEachSlotStart(availability, earliest, end, input.modality, (start, window) => {
    if (overlapsBusy(start, start + slotMs)) return;
    if (start < order.previous) order.broken = true;
    order.previous = start;
    slots.push(toSlot(availability.clinicianId, start, slotMs, window));
  });
  return order.broken ? slots.sort(byStartThenModality) : slots;
}

/**
 * Whether `start` can be booked in `modality` right now, and if not, why: it is not a slot the
 * availability gives, it is inside the minimum notice, beyond the horizon, or overlaps busy time.
 */
export function checkBookable(input: BookableInput): BookableCheck {
  checkSlotInput(input);
  const { availability } = input;
  const now = requireDateMs(input.now, 'now');
  const start = requireInstantMs(input.start, 'start');
  requireModality(input.modality, 'modality');
  let window: Window | undefined;
  forEachSlotStart(availability, start, start + 1, input.modality, (candidate, w) => {
    if (candidate === start && w.modality === input.modality) window = w;
  });
  if (!window) return { ok: false, code: 'not-a-slot' };
  if (start < now + availability.minNoticeMinutes * MINUTE_MS) {
    return { ok: false, code: 'too-soon' };
  }
  if (start > now + availability.horizonDays * DAY_MS) return { ok: false, code: 'beyond-horizon' };
  const slotMs = availability.slotMinutes * MINUTE_MS;
  const bufferMs = availability.bufferMinutes * MINUTE_MS;
  const busy = mergeRanges(input.busy, bufferMs);
  if (busy.some((range) => range.start < start + slotMs && range.end > start)) {
    return { ok: false, code: 'slot-taken' };
  }
  return { ok: true, slot: toSlot(availability.clinicianId, start, slotMs, window) };
}
