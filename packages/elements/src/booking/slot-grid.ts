import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { Slot } from '@wellvisit/sdk';
import { formatDate, formatTime, localDateOf } from '../shared/format.js';

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
    const day = days.get(date) ?? [];
    day.push(slot);
    days.set(date, day);
  }
  return [...days].map(([date, daySlots]) => ({ date, slots: daySlots }));
}

/**
 * Where a key press moves the focus in the grid (the ARIA grid pattern): arrows within a day and
 * to the same position on the next or previous day, Home/End to the day's first or last time,
 * Ctrl+Home/End to the grid's first or last time. `undefined` for keys the grid does not handle.
 */
export function moveFocus(
  days: readonly SlotDay[],
  current: string,
  key: string,
  ctrlKey = false,
): string | undefined {
  const row = Math.max(
    0,
    days.findIndex((day) => day.slots.some((slot) => slot.start === current)),
  );
  const cells = days[row]?.slots ?? [];
  const column = Math.max(
    0,
    cells.findIndex((slot) => slot.start === current),
  );
  const at = (r: number, c: number): string | undefined => {
    const target = days[Math.min(Math.max(r, 0), days.length - 1)]?.slots;
    return target?.[Math.min(Math.max(c, 0), target.length - 1)]?.start;
  };
  switch (key) {
    case 'ArrowRight':
      return at(row, column + 1);
    case 'ArrowLeft':
      return at(row, column - 1);
    case 'ArrowDown':
      return at(row + 1, column);
    case 'ArrowUp':
      return at(row - 1, column);
    case 'Home':
      return ctrlKey ? at(0, 0) : at(row, 0);
    case 'End':
      return ctrlKey ? at(days.length - 1, Infinity) : at(row, Infinity);
    default:
      return undefined;
  }
}

export interface SlotGridView {
  days: readonly SlotDay[];
  timeZone: string;
  /** The cell that takes the tab stop (roving tabindex). */
  activeStart: string | undefined;
  selectedStart: string | undefined;
  onChoose: (slot: Slot) => void;
  onMove: (start: string) => void;
}

/**
 * A keyboard-operable grid of free times: one row per day, one cell per time. A single cell is in
 * the tab order; arrow keys, Home and End move between cells; Enter or Space chooses one.
 */
export function renderSlotGrid(view: SlotGridView): TemplateResult {
  const first = view.days[0]?.slots[0]?.start;
  const all = view.days.flatMap((day) => day.slots);
  const active = all.some((slot) => slot.start === view.activeStart) ? view.activeStart : first;
  const slotOf = (event: Event): Slot | undefined => {
    const cell = (event.target as Element).closest<HTMLElement>('[role="gridcell"]');
    return all.find((slot) => slot.start === cell?.dataset.start);
  };
  const onKeydown = (event: KeyboardEvent) => {
    if (active === undefined) return;
    if (event.key === 'Enter' || event.key === ' ') {
      const slot = slotOf(event);
      if (slot) {
        event.preventDefault();
        view.onChoose(slot);
      }
      return;
    }
    const next = moveFocus(view.days, active, event.key, event.ctrlKey || event.metaKey);
    if (next === undefined) return;
    event.preventDefault();
    view.onMove(next);
  };
  const onClick = (event: Event) => {
    const slot = slotOf(event);
    if (slot) view.onChoose(slot);
  };
  return html`<div
    part="slot-grid"
    role="grid"
    aria-label=${msg('Free times', { id: 'booking.grid.label' })}
    @keydown=${onKeydown}
    @click=${onClick}
  >
    ${repeat(
      view.days,
      (day) => day.date,
      (day) =>
        html`<div part="slot-row" role="row">
          <div part="slot-day" role="rowheader">${formatDate(`${day.date}T12:00:00Z`, 'UTC')}</div>
          ${repeat(
            day.slots,
            (slot) => slot.start,
            (slot) => {
              const time = formatTime(slot.start, view.timeZone);
              const selected = slot.start === view.selectedStart;
              return html`<div
                part=${selected ? 'slot slot-selected' : 'slot'}
                role="gridcell"
                data-start=${slot.start}
                tabindex=${slot.start === active ? 0 : -1}
                aria-selected=${selected ? 'true' : 'false'}
                aria-label=${msg(str`${time}, ${formatDate(slot.start, view.timeZone)}`, {
                  id: 'booking.grid.cell',
                })}
              >
                ${time}
              </div>`;
            },
          )}
        </div>`,
    )}
  </div>`;
}
