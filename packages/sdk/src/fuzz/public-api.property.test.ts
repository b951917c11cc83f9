// The SDK's trust boundaries, fed random and hostile arguments: every function its root exports
// (no list of exceptions: a new export that crashes on bad input fails here) and every method of
// the memory backend's role APIs. The answer is a value or a WellvisitError (a ValidationError
// for bad input), never a TypeError, a RangeError or a hang. Server-side pieces
// (`@wellvisit/sdk/server`) take values a backend's entry has already checked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as sdk from '../index.js';
import { DEMO_SESSIONS } from '../demo.js';
import { createMemoryBackend, isWellvisitError } from '../index.js';

const RUNS = 60;

/** What a careless or hostile caller passes. */
const hostile = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.constantFrom(
      '<script>alert(1)</script>',
      "'; DROP TABLE visits; --",
      '__proto__',
      '2026-02-30T10:00:00Z',
      '9999-12-31T23:59:59Z',
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -1,
      2 ** 53,
      new Date(Number.NaN),
      { toString: () => 'x' },
      Object.create(null) as unknown,
      JSON.parse('{"__proto__":{"polluted":true}}') as unknown,
    ),
  );

/** Field names the SDK's inputs use, so that validation looks at each of them. */
const FIELDS = [
  'availability',
  'busy',
  'now',
  'from',
  'to',
  'start',
  'end',
  'modality',
  'visit',
  'policy',
  'periodId',
  'timeZone',
  'slotMinutes',
  'bufferMinutes',
  'minNoticeMinutes',
  'horizonDays',
  'rules',
  'exceptions',
  'status',
  'version',
  'id',
  'clinicianId',
  'officerId',
  'visits',
  'preferences',
  'detail',
  'code',
  'title',
  'baseUrl',
  'token',
];

/** An argument of the right kind (an object) whose fields are hostile. */
const shaped = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.dictionary(fc.constantFrom(...FIELDS), hostile(), { maxKeys: 6 }),
    fc.array(fc.dictionary(fc.constantFrom(...FIELDS), hostile(), { maxKeys: 4 }), {
      maxLength: 3,
    }),
    hostile(),
  );

/** Calls `fn` and reports how it ended: a value, or what it threw or rejected with. */
async function outcome(fn: () => unknown): Promise<{ error?: unknown }> {
  try {
    const result = fn();
    if (result instanceof Promise) await result;
    return {};
  } catch (error) {
    return { error };
  }
}

function expectWellvisitError(name: string, args: unknown[], error: unknown): void {
  if (error === undefined) return;
  const shown = error instanceof Error ? `${error.name}: ${error.message}` : fc.stringify(error);
  expect(isWellvisitError(error), `${name}(${fc.stringify(args)}) threw ${shown}`).toBe(true);
}

const isClass = (value: unknown): boolean =>
  typeof value === 'function' && /^class\b/.test(Function.prototype.toString.call(value));

type AnyFunction = (...args: unknown[]) => unknown;

const EXPORTED = Object.entries(sdk as Record<string, unknown>).filter(
  (entry): entry is [string, AnyFunction] => typeof entry[1] === 'function' && !isClass(entry[1]),
);

describe('every exported SDK function, fed random and hostile arguments', () => {
  it('finds the exported functions', () => {
    expect(EXPORTED.map(([name]) => name)).toEqual(
      expect.arrayContaining([
        'createHttpBackend',
        'visitToIcs',
        'zonedToInstant',
        'problemToError',
      ]),
    );
  });

  for (const [name, fn] of EXPORTED) {
    it(`${name}: a value or a WellvisitError`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(shaped(), { minLength: 1, maxLength: 3 }), async (args) => {
          const { error } = await outcome(() => fn(...args));
          expectWellvisitError(name, args, error);
        }),
        { numRuns: RUNS },
      );
      expect(Object.prototype).not.toHaveProperty('polluted');
    });
  }
});

describe('every method of the memory backend, fed random and hostile arguments', () => {
  const now = new Date('2026-03-02T15:00:00Z');
  const memory = createMemoryBackend({ seed: 'demo', now: () => now });
  const apis = {
    officer: memory.as(DEMO_SESSIONS.officer).officer,
    clinician: memory.as(DEMO_SESSIONS.clinician).clinician,
    department: memory.as(DEMO_SESSIONS.departmentAdmin).department,
    admin: memory.admin,
  };
  const methods = Object.entries(apis).flatMap(([role, api]) =>
    Object.entries(api as unknown as Record<string, unknown>)
      .filter(
        (entry): entry is [string, (...args: unknown[]) => unknown] =>
          typeof entry[1] === 'function',
      )
      .map(([name, method]) => [`${role}.${name}`, method] as const),
  );

  it('finds the role APIs', () => {
    expect(methods.length).toBeGreaterThan(20);
  });

  for (const [name, method] of methods) {
    it(`${name}: a value or a WellvisitError`, async () => {
      await fc.assert(
        fc.asyncProperty(fc.array(hostile(), { maxLength: 3 }), async (args) => {
          const { error } = await outcome(() => method(...args));
          expectWellvisitError(name, args, error);
        }),
        { numRuns: RUNS },
      );
    });
  }
});
