import { describe, expect, it } from 'vitest';
import { fulfilledAsOf, lastAttendanceBatch, nextAttendanceBatch } from './attendance-batch.js';

const ZONE = 'America/New_York';

describe('the daily attendance batch', () => {
  it('is at 03:00 in the department’s zone', () => {
    // 10:14 New York (EST, UTC−5): the last batch was 03:00 that morning, the next is tomorrow's.
    const now = new Date('2026-12-08T15:14:00Z');
    expect(lastAttendanceBatch(now, ZONE).toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(nextAttendanceBatch(now, ZONE).toISOString()).toBe('2026-12-09T08:00:00.000Z');
  });

  it('before 03:00 the last batch is yesterday’s, and at 03:00 it is today’s', () => {
    const early = new Date('2026-12-08T07:59:59Z');
    expect(lastAttendanceBatch(early, ZONE).toISOString()).toBe('2026-12-07T08:00:00.000Z');
    const exactly = new Date('2026-12-08T08:00:00Z');
    expect(lastAttendanceBatch(exactly, ZONE).toISOString()).toBe('2026-12-08T08:00:00.000Z');
    expect(nextAttendanceBatch(exactly, ZONE).toISOString()).toBe('2026-12-09T08:00:00.000Z');
  });

  it('follows daylight saving time', () => {
    // Summer (EDT, UTC−4).
    expect(lastAttendanceBatch(new Date('2026-07-01T12:00:00Z'), ZONE).toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
  });
});

describe('fulfilledAsOf', () => {
  const batch = new Date('2026-12-08T08:00:00Z');
  const before = '2026-12-07T20:00:00Z';
  const after = '2026-12-08T10:00:00Z';

  it('counts a mark made by the batch, and not one made after it', () => {
    expect(fulfilledAsOf({ status: 'fulfilled', updatedAt: before }, undefined, batch)).toBe(true);
    expect(fulfilledAsOf({ status: 'fulfilled', updatedAt: after }, undefined, batch)).toBe(false);
  });

  it('keeps a fulfilled mark corrected after the batch until the next one', () => {
    expect(fulfilledAsOf({ status: 'noshow', updatedAt: after }, 'fulfilled', batch)).toBe(true);
    expect(fulfilledAsOf({ status: 'noshow', updatedAt: before }, 'fulfilled', batch)).toBe(false);
    expect(fulfilledAsOf({ status: 'fulfilled', updatedAt: after }, 'noshow', batch)).toBe(false);
  });
});
