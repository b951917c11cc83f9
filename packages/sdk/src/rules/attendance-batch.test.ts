import { describe, expect, it } from 'vitest';
import { lastAttendanceBatch, nextAttendanceBatch } from './attendance-batch.js';

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
