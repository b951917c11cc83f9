// Pages of free slots: one total order, and a cursor that names a slot's place in it.
import { ValidationError } from '../errors/index.js';
import type { Slot } from '../model/index.js';
import { DAY_MS } from './civil.js';
import { requireInstantMs, requireModality, requireObject, requireString } from './inputs.js';

/** The most slots one page may ask for. */
export const MAX_SLOT_PAGE = 1000;

/** Soonest first; at one instant by clinician, modality and place, so pages never overlap. */
export function bySlot(a: Slot, b: Slot): number {
  return (
    Date.parse(a.start) - Date.parse(b.start) ||
    compare(a.clinicianId, b.clinicianId) ||
    compare(a.modality, b.modality) ||
    compare(a.place ?? '', b.place ?? '')
  );
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The cursor for the page after `slot` (pass it as `after`). */
export function slotCursor(slot: Slot): string {
  requireObject(slot, 'slot');
  requireInstantMs(slot.start, 'slot.start');
  const place = slot.place === undefined ? '' : requireString(slot.place, 'slot.place');
  return [
    slot.start,
    requireString(slot.clinicianId, 'slot.clinicianId'),
    requireModality(slot.modality, 'slot.modality'),
    place,
  ].join('|');
}

function parseCursor(cursor: string): Slot {
  const [start = '', clinicianId = '', modality = '', ...place] = cursor.split('|');
  if (Number.isNaN(Date.parse(start)) || clinicianId === '' || modality === '') {
    throw new ValidationError('Invalid slot query at after: use slotCursor of a slot', [
      { path: ['after'], message: 'Use slotCursor of the last slot of a page', code: 'custom' },
    ]);
  }
  const label = place.join('|');
  return {
    start,
    end: start,
    clinicianId,
    modality: modality as Slot['modality'],
    ...(label ? { place: label } : {}),
  };
}

/**
 * A page of slots from `slotsIn` (every slot starting in a window), after the cursor, at most
 * `limit`: computed a day at a time, so a first page costs one day of slots, not the whole range.
 */
export function slotPage(
  window: { from: Date; to: Date },
  page: { limit?: number | undefined; after?: string | undefined },
  slotsIn: (from: Date, to: Date) => Slot[],
): Slot[] {
  const after = page.after === undefined ? undefined : parseCursor(page.after);
  const limit = page.limit ?? Number.POSITIVE_INFINITY;
  if (
    page.limit !== undefined &&
    !(Number.isInteger(limit) && limit >= 1 && limit <= MAX_SLOT_PAGE)
  ) {
    throw new ValidationError(`Invalid slot query at limit: from 1 to ${MAX_SLOT_PAGE}`, [
      {
        path: ['limit'],
        message: `Expected a whole number from 1 to ${MAX_SLOT_PAGE}`,
        code: 'custom',
      },
    ]);
  }
  const start = Math.max(window.from.getTime(), after ? Date.parse(after.start) : 0);
  const slots: Slot[] = [];
  for (let from = start; from < window.to.getTime() && slots.length < limit; from += DAY_MS) {
    const to = Math.min(from + DAY_MS, window.to.getTime());
    const day = slotsIn(new Date(from), new Date(to)).sort(bySlot);
    slots.push(...(after ? day.filter((slot) => bySlot(slot, after) > 0) : day));
  }
  return slots.slice(0, limit);
}
