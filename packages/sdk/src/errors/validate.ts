import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** A `ValidationError` for an argument that is not what the caller had to pass. */
function notA(expected: string, path: (string | number)[]): ValidationError {
  return new ValidationError(`Invalid ${describePath(path)}: expected a ${expected}`, [
    { path, message: `Expected a ${expected}`, code: 'invalid_type' },
  ]);
}

/** Turns zod issues into ours: plain data that crosses JSON and realms intact. */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  if (!Array.isArray(issues)) throw notA('list of zod issues', ['issues']);
  return issues.map((issue: z.core.$ZodIssue | null, index) => {
    if (typeof issue !== 'object' || issue === null || !Array.isArray(issue.path)) {
      throw notA('zod issue', ['issues', index]);
    }
    return {
      path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
      message: issue.message,
      code: issue.code,
    };
  });
}

/**
 * Parses `value` against `schema` or throws a `ValidationError` whose message names the field:
 * `what` says what was being checked, e.g. "booking request".
 */
export function parseOrThrow<S extends z.ZodMiniType>(
  schema: S,
  value: unknown,
  what: string,
): z.output<S> {
  const candidate: unknown = schema;
  if (typeof candidate !== 'object' || candidate === null || !('_zod' in candidate)) {
    throw notA('zod schema', ['schema']);
  }
  const result = z.safeParse(schema, value);
  if (result.success) return result.data;
  const issues = toValidationIssues(result.error.issues);
  const first = issues[0];
  const where = first && first.path.length > 0 ? ` at ${describePath(first.path)}` : '';
  const extra = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  throw new ValidationError(
    `Invalid ${what}${where}: ${first?.message ?? 'invalid input'}${extra}`,
    issues,
  );
}
