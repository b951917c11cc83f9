import { expect } from '@open-wc/testing';
import type { Slot } from '@wellvisit/sdk';
import { groupByDay, moveFocus, type SlotDay } from './slot-grid.js';

const slot = (start: string): Slot => ({
  clinicianId: 'clin_1',
  start,
  end: start,
  modality: 'virtual',
});

describe('slot grid', () => {
  const days: SlotDay[] = groupByDay(
    [
      '2026-06-02T13:00:00Z',
      '2026-06-01T14:00:00Z',
      '2026-06-01T13:00:00Z',
      '2026-06-01T15:00:00Z',
      '2026-06-02T14:00:00Z',
      '2026-06-04T13:00:00Z',
    ].map(slot),
    'America/New_York',
  );

  it('groups free slots by their local day, in order', () => {
    expect(days.map((day) => day.date)).to.deep.equal(['2026-06-01', '2026-06-02', '2026-06-04']);
    expect(days[0]!.slots.map((s) => s.start)).to.deep.equal([
      '2026-06-01T13:00:00Z',
      '2026-06-01T14:00:00Z',
      '2026-06-01T15:00:00Z',
    ]);
  });

  it('moves within a day with the left and right arrows, stopping at the ends', () => {
    expect(moveFocus(days, '2026-06-01T13:00:00Z', 'ArrowRight')).to.equal('2026-06-01T14:00:00Z');
    expect(moveFocus(days, '2026-06-01T15:00:00Z', 'ArrowRight')).to.equal('2026-06-01T15:00:00Z');
    expect(moveFocus(days, '2026-06-01T13:00:00Z', 'ArrowLeft')).to.equal('2026-06-01T13:00:00Z');
  });

  it('moves between days with the up and down arrows, to the nearest position', () => {
    expect(moveFocus(days, '2026-06-01T15:00:00Z', 'ArrowDown')).to.equal('2026-06-02T14:00:00Z');
    expect(moveFocus(days, '2026-06-02T14:00:00Z', 'ArrowDown')).to.equal('2026-06-04T13:00:00Z');
    expect(moveFocus(days, '2026-06-04T13:00:00Z', 'ArrowDown')).to.equal('2026-06-04T13:00:00Z');
    expect(moveFocus(days, '2026-06-02T13:00:00Z', 'ArrowUp')).to.equal('2026-06-01T13:00:00Z');
  });

  it('goes to the first or last time of the day with Home and End, of the grid with Ctrl', () => {
    expect(moveFocus(days, '2026-06-01T14:00:00Z', 'Home')).to.equal('2026-06-01T13:00:00Z');
    expect(moveFocus(days, '2026-06-01T14:00:00Z', 'End')).to.equal('2026-06-01T15:00:00Z');
    expect(moveFocus(days, '2026-06-02T14:00:00Z', 'Home', true)).to.equal('2026-06-01T13:00:00Z');
    expect(moveFocus(days, '2026-06-01T14:00:00Z', 'End', true)).to.equal('2026-06-04T13:00:00Z');
  });

  it('ignores keys that are not grid navigation', () => {
    expect(moveFocus(days, '2026-06-01T14:00:00Z', 'a')).to.equal(undefined);
    expect(moveFocus(days, '2026-06-01T14:00:00Z', 'Tab')).to.equal(undefined);
  });
});
