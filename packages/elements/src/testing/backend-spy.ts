// Test support: wraps a real backend (the memory backend) to watch or break its calls. Not a fake:
// every call that is not made to fail goes to the real backend.
import type { WellvisitBackend } from '@wellvisit/sdk';

/** A call as `role.method`, e.g. `department.roster`, or `session`. */
export type CallName = string;

export interface BackendSpy {
  readonly backend: WellvisitBackend;
  /** Every call made, in order. */
  readonly calls: CallName[];
  /** Every value a call resolved with, in order. */
  readonly results: unknown[];
  /** Makes matching calls reject with `error` (until `heal()`). */
  fail(match: (call: CallName) => boolean, error: () => unknown): void;
  /** Makes the first matching call reject with `error`; later calls go through (Retry works). */
  failOnce(match: (call: CallName) => boolean, error: () => unknown): void;
  heal(): void;
}

const ROLES = ['officer', 'clinician', 'department'] as const;

export function spyOn(real: WellvisitBackend): BackendSpy {
  const calls: CallName[] = [];
  const results: unknown[] = [];
  let failure: { match: (call: CallName) => boolean; error: () => unknown } | undefined;

  const wrap =
    <A extends unknown[], R>(name: CallName, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      calls.push(name);
      if (failure?.match(name)) throw failure.error();
      const result = await call(...args);
      results.push(result);
      return result;
    };

  const api = <T extends object>(role: string, target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value: unknown = Reflect.get(object, key, receiver);
        if (typeof value !== 'function' || typeof key !== 'string') return value;
        return wrap(
          `${role}.${key}`,
          (value as (...a: unknown[]) => Promise<unknown>).bind(object),
        );
      },
    });

  const backend = {
    session: wrap('session', real.session.bind(real)),
    ...Object.fromEntries(ROLES.map((role) => [role, api(role, real[role])])),
  } as unknown as WellvisitBackend;

  return {
    backend,
    calls,
    results,
    fail(match, error) {
      failure = { match, error };
    },
    failOnce(match, error) {
      failure = {
        match: (call) => {
          if (!match(call)) return false;
          failure = undefined;
          return true;
        },
        error,
      };
    },
    heal() {
      failure = undefined;
    },
  };
}
