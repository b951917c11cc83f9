// Free slots of one clinician, from their availability and their busy time.
import type { Availability, Slot } from '../model/availability.js';
import type { Modality } from '../model/enums.js';
import { DAY_MS, MINUTE_MS, formatInstantMs } from './civil.js';
import { requireDateMs, requireInstantMs, requireInteger, requireModality } from './inputs.js';
import { createOverlapSweep, mergeRanges, type TimeRange } from './overlap.js';
import { compileAvailability } from './windows.js';
import { zoneClock } from './zone.js';

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

export type BookableCheck =
  | { ok: true; slot: Slot }
  | { ok: false; code: 'not-a-slot' | 'too-soon' | 'beyond-horizon' | 'slot-taken' };

export interface BookableInput {
  availability: Availability;
  busy: readonly TimeRange[];
  now: Date;
  start: string;
  modality: Modality;
}

interface Candidate {
  start: number;
  order: number;
  modality: Modality;
  place: string | undefined;
}

/**
 * Every slot start in `[from, to)` that the weekly rules and exceptions give, before notice,
 * horizon and busy time are applied. Slots are `slotMinutes` long, laid from each window's start
 * and stepping by slot plus buffer; sorted by start, then modality.
 */
function candidateSlots(
  availability: Availability,
  from: number,
  to: number,
  modality: Modality | undefined,
): Candidate[] {
  if (!(from < to)) return [];
  const clock = zoneClock(availability.timeZone, 'availability.timeZone');
  const slotMs = availability.slotMinutes * MINUTE_MS;
  const stepMs = slotMs + availability.bufferMinutes * MINUTE_MS;
  // Windows lie within their local day; a day of margin on each side covers every offset.
  const firstDay = Math.floor(clock.instantToWall(from) / DAY_MS) - 1;
  const lastDay = Math.floor(clock.instantToWall(to) / DAY_MS) + 1;
  const windowsOn = compileAvailability(availability, firstDay, lastDay, modality);

  const candidates: Candidate[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    for (const window of windowsOn(clock, day)) {
      const lastStart = Math.min(window.end - slotMs, to - 1);
      let start = window.start;
      // Jump to the first step at or after `from` instead of walking there.
      if (start < from) start += Math.ceil((from - start) / stepMs) * stepMs;
      for (; start <= lastStart; start += stepMs) {
        candidates.push({
          start,
          order: window.order,
          modality: window.modality,
          place: window.place,
        });
      }
    }
  }
  return sortByStartThenModality(candidates);
}

/**
 * The numbers that size the slot grid, checked on every call (cheaply: the whole document is
 * validated where a backend stores it, and slot generation is on the hot path).
 */
function checkAvailabilityNumbers(availability: Availability): void {
  requireInteger(availability.slotMinutes, 'availability.slotMinutes', 15, 240);
  requireInteger(availability.bufferMinutes, 'availability.bufferMinutes', 0, 120);
  requireInteger(availability.minNoticeMinutes, 'availability.minNoticeMinutes', 0, 60 * 24 * 30);
  requireInteger(availability.horizonDays, 'availability.horizonDays', 1, 366);
}

function sortByStartThenModality(candidates: Candidate[]): Candidate[] {
  for (let i = 1; i < candidates.length; i += 1) {
    const a = candidates[i - 1];
    const b = candidates[i];
    if (a && b && (a.start > b.start || (a.start === b.start && a.order > b.order))) {
      return candidates.sort((x, y) => x.start - y.start || x.order - y.order);
    }
  }
  return candidates;
}

function toSlot(clinicianId: string, candidate: Candidate, slotMs: number): Slot {
  const slot: Slot = {
    clinicianId,
    start: formatInstantMs(candidate.start),
    end: formatInstantMs(candidate.start + slotMs),
    modality: candidate.modality,
  };
  if (candidate.place !== undefined) slot.place = candidate.place;
  return slot;
}

/**
 * The free slots of a clinician starting in `[from, to)`: laid out from the availability in its
 * time zone (DST days included), dropping those that start before `now` plus the minimum notice
 * or after `now` plus the horizon, and those that overlap busy time widened by the buffer on both
 * sides. Sorted by start, then modality. Slots of one modality never overlap each other.
 */
export function computeSlots(input: SlotsInput): Slot[] {
  const { availability } = input;
  checkAvailabilityNumbers(availability);
  const now = requireDateMs(input.now, 'now');
  const from = requireDateMs(input.from, 'from');
  const to = requireDateMs(input.to, 'to');
  if (input.modality !== undefined) requireModality(input.modality, 'modality');
  const earliest = Math.max(from, now + availability.minNoticeMinutes * MINUTE_MS);
  // `to` is exclusive; the horizon's end is itself bookable.
  const end = Math.min(to, now + availability.horizonDays * DAY_MS + 1);
  const candidates = candidateSlots(availability, earliest, end, input.modality);
  if (candidates.length === 0) return [];

  const slotMs = availability.slotMinutes * MINUTE_MS;
  const bufferMs = availability.bufferMinutes * MINUTE_MS;
  const overlapsBusy = createOverlapSweep(mergeRanges(input.busy, bufferMs));
  const slots: Slot[] = [];
  for (const candidate of candidates) {
    if (!overlapsBusy(candidate.start, candidate.start + slotMs)) {
      slots.push(toSlot(availability.clinicianId, candidate, slotMs));
    }
  }
  return slots;
}

/**
 * Whether `start` can be booked in `modality` right now, and if not, why: it is not a slot the
 * availability gives, it is inside the minimum notice, beyond the horizon, or overlaps busy time.
 */
export function checkBookable(input: BookableInput): BookableCheck {
  const { availability } = input;
  checkAvailabilityNumbers(availability);
  const now = requireDateMs(input.now, 'now');
  const start = requireInstantMs(input.start, 'start');
  requireModality(input.modality, 'modality');
  const candidate = candidateSlots(availability, start, start + 1, input.modality).find(
    (c) => c.start === start && c.modality === input.modality,
  );
  if (!candidate) return { ok: false, code: 'not-a-slot' };
  if (start < now + availability.minNoticeMinutes * MINUTE_MS)
    return { ok: false, code: 'too-soon' };
  if (start > now + availability.horizonDays * DAY_MS) return { ok: false, code: 'beyond-horizon' };
  const slotMs = availability.slotMinutes * MINUTE_MS;
  const bufferMs = availability.bufferMinutes * MINUTE_MS;
  const busy = mergeRanges(input.busy, bufferMs);
  if (busy.some((range) => range.start < start + slotMs && range.end > start)) {
    return { ok: false, code: 'slot-taken' };
  }
  return { ok: true, slot: toSlot(availability.clinicianId, candidate, slotMs) };
}
