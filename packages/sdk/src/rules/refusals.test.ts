import { describe, expect, it } from 'vitest';
import { isConflictError } from '../errors/guards.js';
import { bookingRefused, changeRefused, markRefused } from './refusals.js';

describe('refusals', () => {
  it('are conflicts carrying the rule code and a message saying why', () => {
    const taken = bookingRefused('slot-taken');
    expect(isConflictError(taken)).toBe(true);
    expect(taken).toMatchObject({ code: 'slot-taken', message: 'That slot has just been taken' });
    expect(changeRefused('notice-period')).toMatchObject({
      code: 'notice-period',
      message: 'The visit starts too soon to change it here; contact the clinician',
    });
    expect(markRefused('not-started')).toMatchObject({
      code: 'not-started',
      message: 'Attendance can be recorded once the visit has started',
    });
  });

  it('give each reason its own message', () => {
    const messages = [
      bookingRefused('not-a-slot'),
      bookingRefused('too-soon'),
      bookingRefused('beyond-horizon'),
      bookingRefused('slot-taken'),
      changeRefused('not-active'),
      changeRefused('notice-period'),
      markRefused('not-started'),
      markRefused('already-marked'),
      markRefused('cancelled'),
    ].map((error) => error.message);
    expect(new Set(messages).size).toBe(messages.length);
  });
});
