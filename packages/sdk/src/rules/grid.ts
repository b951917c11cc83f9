// The slot grid: every slot start that a clinician's windows give, in time order, before notice,
// horizon and busy time are applied.
import type { Availability } from '../model/availability.js';
import type { Modality } from '../model/enums.js';
import { DAY_MS, MINUTE_MS } from './civil.js';
import { compileAvailability, type Window } from './windows.js';
import { zoneClock } from './zone.js';

/**
 * Calls `visit` for every slot start in `[from, to)`, sorted by start, then modality. Slots are
 * `slotMinutes` long, laid from each window's start and stepping by slot plus buffer.
 */
export function forEachSlotStart(
  availability: Availability,
  from: number,
  to: number,
  modality: Modality | undefined,
  visit: (start: number, window: Window) => void,
): void {
  if (!(from < to)) return;
  const clock = zoneClock(availability.timeZone, 'availability.timeZone');
  const slotMs = availability.slotMinutes * MINUTE_MS;
  const stepMs = slotMs + availability.bufferMinutes * MINUTE_MS;
  // Windows lie within their local day; a day of margin on each side covers every offset.
  const firstDay = Math.floor(clock.instantToWall(from) / DAY_MS) - 1;
  const lastDay = Math.floor(clock.instantToWall(to) / DAY_MS) + 1;
  const windowsOn = compileAvailability(availability, firstDay, lastDay, modality);

  const next: number[] = [];
  const last: number[] = [];
  for (let day = firstDay; day <= lastDay; day += 1) {
    const windows = windowsOn(clock, day);
    const count = windows.length;
    for (let i = 0; i < count; i += 1) {
      const window = windows[i] as Window;
      let start = window.start;
      // Jump to the first step at or after `from` instead of walking there.
      if (start < from) start += Math.ceil((from - start) / stepMs) * stepMs;
      next[i] = start;
      last[i] = Math.min(window.end - slotMs, to - 1);
    }
    // Each window's starts are an arithmetic progression: merge the few of a day in order
    // instead of sorting.
    for (;;) {
      let pick = -1;
      let pickStart = Infinity;
      for (let i = 0; i < count; i += 1) {
        const start = next[i] as number;
        // Windows are sorted by modality, so on a tie the first one wins.
        if (start < pickStart && start <= (last[i] as number)) {
          pick = i;
          pickStart = start;
        }
      }
      if (pick < 0) break;
      visit(pickStart, windows[pick] as Window);
      next[pick] = pickStart + stepMs;
    }
  }
}
