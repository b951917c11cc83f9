import { describe, expect, it } from 'vitest';
import { DEMO_SESSIONS, demoSeed } from '../backends/memory/demo.js';
import { applySeed } from '../backends/memory/seed.js';
import { emptyState } from '../backends/memory/state.js';
import { memoryStore } from '../backends/memory/store.js';
import { createEngine } from './engine.js';
import type { Store } from './port.js';

// The interleaving a database allows and the memory store's timing rarely shows: a retry with
// the same idempotency key reads the key before the first request has written, and the schedule
// after, so it finds the slot taken by the very visit it should return.
describe('booking with a key, racing its own first request', () => {
  it('answers with the first visit, not slot-taken', async () => {
    const now = new Date();
    const state = emptyState();
    applySeed(state, demoSeed(now));
    const store = memoryStore(state, () => undefined);
    const gate: { first?: Promise<unknown> } = {};
    const racing: Store = {
      ...store,
      // The retry's schedule is read only once the first request has booked.
      schedules: async (...args) => {
        if (gate.first) await gate.first;
        return store.schedules(...args);
      },
    };
    const issueToken = () => Promise.reject(new Error('not used'));
    const plain = createEngine({ store, now: () => now, issueToken });
    const raced = createEngine({ store: racing, now: () => now, issueToken });
    const officer = DEMO_SESSIONS.officer;
    const from = new Date(now.getTime() + 2 * 86_400_000).toISOString();
    const to = new Date(now.getTime() + 9 * 86_400_000).toISOString();
    const [slot] = await plain
      .forSession(officer)
      .officer.listSlots({ from, to, modality: 'virtual' });
    if (!slot) throw new Error('a free slot');
    const request = { ...slot, idempotencyKey: 'race-1' };
    const retry = raced.forSession(officer).officer.book(request);
    const first = plain.forSession(officer).officer.book(request);
    gate.first = first;
    const [a, b] = await Promise.all([first, retry]);
    expect(b).toEqual(a);
  });
});
