// Tiny assertions, so the suite runs under any test runner without importing one.
import { isWellvisitError } from '../errors/index.js';
import type { WellvisitError } from '../errors/index.js';

export class ConformanceFailure extends Error {
  override name = 'ConformanceFailure';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceFailure(message);
}

/** JSON with sorted keys: equal values give equal text whatever their key order. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_, v: unknown) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function checkEqual(actual: unknown, expected: unknown, message: string): void {
  const a = canonical(actual);
  const e = canonical(expected);
  if (a !== e) throw new ConformanceFailure(`${message}\n  expected: ${e}\n  actual:   ${a}`);
}

export type ErrorName =
  'ConflictError' | 'NotFoundError' | 'ForbiddenError' | 'UnauthorizedError' | 'ValidationError';

export interface ExpectedError {
  /** One name, or several when the contract allows either. */
  name: ErrorName | readonly ErrorName[];
  code?: string;
  /** For a `ValidationError`: a field that one of its issues must name. */
  field?: string;
}

function describeError(error: unknown): string {
  if (!isWellvisitError(error)) return String(error);
  return `${error.name} (${error.code}): ${error.message}`;
}

/** Awaits `promise`, which must reject with the expected typed error; returns that error. */
export async function checkRejects(
  promise: Promise<unknown>,
  expected: ExpectedError,
  what: string,
): Promise<WellvisitError> {
  let error: unknown;
  try {
    await promise;
  } catch (caught) {
    error = caught;
  }
  const names: readonly string[] =
    typeof expected.name === 'string' ? [expected.name] : expected.name;
  const wanted = `${names.join(' or ')}${expected.code ? ` (${expected.code})` : ''}`;
  check(error !== undefined, `${what}: expected ${wanted}, but it succeeded`);
  check(
    isWellvisitError(error) && names.includes(error.name),
    `${what}: expected ${wanted}, got ${describeError(error)}`,
  );
  if (expected.code !== undefined) {
    check(error.code === expected.code, `${what}: expected ${wanted}, got ${describeError(error)}`);
  }
  if (expected.field !== undefined) {
    const issues = (error as { issues?: readonly { path: readonly unknown[] }[] }).issues ?? [];
    check(
      issues.some((issue) => issue.path.includes(expected.field)),
      `${what}: expected an issue naming "${expected.field}", got ${canonical(issues)}`,
    );
  }
  return error;
}
