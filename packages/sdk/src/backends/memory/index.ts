import * as z from 'zod/mini';
import type { AdminBackend, WellvisitBackend } from '../../contract/index.js';
import { parseOrThrow } from '../../errors/index.js';
import { Session } from '../../model/index.js';
import { createEngine } from '../../engine/engine.js';
import { inProcessAdmin, inProcessBackend } from '../../routes/in-process.js';
import { demoSeed } from './demo.js';
import { loadState, saveState, type StorageLike } from './persist.js';
import { applySeed, type SeedData } from './seed.js';
import { emptyState } from './state.js';
import { memoryStore } from './store.js';
import { memoryTokens } from './tokens.js';

export type { SeedData, SeedVisit } from './seed.js';
export type { StorageLike } from './persist.js';

export interface MemoryBackendOptions {
  /** The clock; the real one by default. `advanceTime` moves it further. */
  now?: () => Date;
  /** `'demo'` for the demo world, or data of your own. Ignored when saved state is found. */
  seed?: 'demo' | SeedData;
  /** Keep the state in `localStorage` (or any Storage-like object) under `key`. */
  persist?: { storage: StorageLike; key: string };
}

/** An in-process backend with the server's guarantees, for tests, Storybook and demos. */
export interface MemoryBackend extends AdminBackend {
  /** The backend as the principal of a token from `admin.issueToken`. */
  connect(token: string): WellvisitBackend;
  /** The backend as this principal, without a token: for Storybook, examples and tests. */
  as(session: Session): WellvisitBackend;
  /** Moves this backend's clock forward by `ms` milliseconds. */
  advanceTime(ms: number): void;
  /** This backend's current time. */
  now(): Date;
}

const isFunction = (value: unknown): boolean => typeof value === 'function';
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;
const isStorage = (value: unknown): boolean =>
  isObject(value) && isFunction(value.getItem) && isFunction(value.setItem);

const Options = z.object({
  now: z.optional(z.custom<() => Date>(isFunction, 'now must be a function returning a Date')),
  seed: z.optional(
    z.union([
      z.literal('demo'),
      z.custom<SeedData>((value: unknown) => isObject(value), 'Use "demo" or seed data'),
    ]),
  ),
  persist: z.optional(
    z.object({
      storage: z.custom<StorageLike>(
        isStorage,
        'Use localStorage or an object with getItem and setItem',
      ),
      key: z.string().check(z.minLength(1)),
    }),
  ),
});

const Milliseconds = z.number().check(z.gte(0), z.refine(Number.isFinite, 'Must be finite'));

export function createMemoryBackend(options: MemoryBackendOptions = {}): MemoryBackend {
  const { now: clock, seed, persist } = parseOrThrow(Options, options, 'memory backend options');
  let offsetMs = 0;
  const now = (): Date => new Date((clock ? clock().getTime() : Date.now()) + offsetMs);

  const saved = persist && loadState(persist.storage, persist.key);
  const state = saved ?? emptyState();
  const save = (): void => {
    if (persist) saveState(persist.storage, persist.key, state);
  };
  if (!saved && seed !== undefined) {
    applySeed(state, seed === 'demo' ? demoSeed(now()) : seed);
    save();
  }

  const tokens = memoryTokens(state, now);
  const engine = createEngine({
    store: memoryStore(state, save),
    now,
    issueToken: (request) => tokens.issue(request),
  });
  return {
    admin: inProcessAdmin(engine.admin),
    connect: (token) => inProcessBackend(() => engine.forSession(tokens.verify(token))),
    as: (session) => {
      const parsed = parseOrThrow(Session, session, 'session');
      return inProcessBackend(() => engine.forSession(parsed));
    },
    advanceTime: (ms) => {
      offsetMs += parseOrThrow(Milliseconds, ms, 'milliseconds');
    },
    now,
  };
}
