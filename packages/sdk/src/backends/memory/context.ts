import type { CallOptions } from '../../contract/index.js';
import { ValidationError } from '../../errors/index.js';
import { toInstant } from '../../rules/index.js';
import type { AuditEvent, Instant } from '../../model/index.js';
import type { MemoryState } from './state.js';

/** The state, the clock and the change hook that every role's API shares. */
export interface MemoryContext {
  readonly state: MemoryState;
  now(): Date;
  /** Call after every change, so persistence knows to save. */
  touch(): void;
  /** Saves when something changed since the last save. */
  flush(): void;
}

export function nowInstant(ctx: MemoryContext): Instant {
  return toInstant(ctx.now());
}

/** An opaque random id such as `visit_3f9c0a7d1b2e4c5f6a7b`. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `${prefix}_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

export function audit(ctx: MemoryContext, event: Omit<AuditEvent, 'id' | 'at'>): void {
  ctx.state.audit.push({ id: newId('audit'), at: nowInstant(ctx), ...event });
  ctx.touch();
}

function checkSignal(options: CallOptions | undefined): AbortSignal | undefined {
  // Typed callers pass an object or nothing; JavaScript callers may pass anything.
  const given: unknown = options;
  if (typeof given !== 'object' || given === null) return undefined;
  const signal = (given as { signal?: unknown }).signal;
  if (signal === undefined) return undefined;
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new ValidationError('Invalid call options at signal: expected an AbortSignal', [
      { path: ['signal'], message: 'Expected an AbortSignal', code: 'invalid_type' },
    ]);
  }
  return signal as AbortSignal;
}

/**
 * Runs one call: honours the abort signal, does the work in one synchronous step (so a check and
 * the write it guards cannot interleave with another call), saves, and hands back a copy so the
 * caller can never reach into the backend's state.
 */
export async function run<T>(
  ctx: MemoryContext,
  options: CallOptions | undefined,
  work: () => T,
): Promise<T> {
  const signal = checkSignal(options);
  signal?.throwIfAborted();
  // A real backend answers asynchronously; yield once so callers cannot rely on otherwise.
  await Promise.resolve();
  signal?.throwIfAborted();
  try {
    return structuredClone(work());
  } finally {
    ctx.flush();
  }
}
