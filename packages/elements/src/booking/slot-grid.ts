import { str } from '@lit/localize';
import { msg } from '../shared/localization.js';
import { html, type TemplateResult } from 'lit';
import type { Slot } from '@wellvisit/sdk';
import { formatDate, formatTime, localDateOf } from '../shared/format.js';
import type { BookingFlow } from './booking-flow.js';

/** One row of the grid: a day, and its free slots in order. */
export interface SlotDay {
  date: string;
  slots: Slot[];
}

/** Free slots grouped by the day they start on in `timeZone`, in order. */
export function groupByDay(slots: readonly Slot[], timeZone: string): SlotDay[] {
  const days = new Map<string, Slot[]>();
  for (const slot of [...slots].sort((a, b) => a.start.localeCompare(b.start))) {
    const date = localDateOf(slot.start, timeZone);
    days.set(date, [...(days.get(date) ?? []), slot]);
  }
  return [...days].map(([date, daySlots]) => ({ date, slots: daySlots }));
}

const clamp = (value: number, max: number): number => Math.min(Math.max(value, 0), max);

/**
 * Where a key press moves the focus in the grid (the ARIA grid pattern): arrows within a day and
 * to the same position on the next or previous day, Home/End to the day's first or last time,
 * Ctrl+Home/End to the grid's first or last time. `undefined` for keys the grid does not handle.
 */
export function moveFocus(
  days: readonly SlotDay[],
  current: string | undefined,
  key: string,
  ctrlKey = false,
): string | undefined {
  const isCurrent = (slot: Slot) => slot.start === current;
  const row = Math.max(
    0,
    days.findIndex((day) => day.slots.some(isCurrent)),
  );
  const column = Math.max(0, days[row]?.slots.findIndex(isCurrent) ?? 0);
  const last = days.length - 1;
  const moves: Partial<Record<string, [number, number]>> = {
    ArrowRight: [row, column + 1],
    ArrowLeft: [row, column - 1],
    ArrowDown: [row + 1, column],
    ArrowUp: [row - 1, column],
    Home: [ctrlKey ? 0 : row, 0],
    End: [ctrlKey ? last : row, Infinity],
  };
  const move = moves[key];
  if (!move) return undefined;
  const cells = days[clamp(move[0], last)]?.slots ?? [];
  return cells[clamp(move[1], cells.length - 1)]?.start;
}

/**
 * A keyboard-operable grid of free times: one row per day, one cell per time. A single cell is in
 * the tab order; arrow keys, Home and End move between cells; Enter or Space chooses one.
 */
export function renderSlotGrid(flow: BookingFlow, slots: readonly Slot[]): TemplateResult {
  const { timeZone, activeStart, slot: chosen } = flow.state;
  const days = groupByDay(slots, timeZone);
  const active = slots.some((slot) => slot.start === activeStart)
    ? activeStart
    : days[0]?.slots[0]?.start;
  const onKeydown = async (event: KeyboardEvent, slot: Slot) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      flow.chooseSlot(slot);
      return;
    }
    const next = moveFocus(days, slot.start, event.key, event.ctrlKey || event.metaKey);
    if (next === undefined) return;
    event.preventDefault();
    const grid = (event.currentTarget as Element).closest('[role="grid"]');
    // The tab stop moves first; the focus follows once the grid shows it.
    await flow.moveTo(next);
    grid?.querySelector<HTMLElement>(`[data-start="${CSS.escape(next)}"]`)?.focus();
  };
  return html`<div
    part="slot-grid"
    role="grid"
    aria-label=${msg('Free times', { id: 'booking.grid.label' })}
  >
    ${days.map(
      (day) =>
        html`<div part="slot-row" role="row">
          <div part="slot-day" role="rowheader">${formatDate(`${day.date}T12:00:00Z`, 'UTC')}</div>
          ${day.slots.map((slot) => {
            const time = formatTime(slot.start, timeZone);
            const selected = slot.start === chosen?.start;
            return html`<div
              part=${selected ? 'slot slot-selected' : 'slot'}
              role="gridcell"
              data-start=${slot.start}
              tabindex=${slot.start === active ? 0 : -1}
              aria-selected=${selected}
              @click=${() => {
                flow.chooseSlot(slot);
              }}
              @keydown=${(event: KeyboardEvent) => void onKeydown(event, slot)}
              aria-label=${msg(str`${time}, ${formatDate(slot.start, timeZone)}`, {
                id: 'booking.grid.cell',
              })}
            >
              ${time}
            </div>`;
          })}
        </div>`,
    )}
  </div>`;
}
