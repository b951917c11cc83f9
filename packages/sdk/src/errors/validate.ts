import * as z from 'zod/mini';
import { ValidationError, type ValidationIssue } from './errors.js';
import { invalidType } from './invalid-type.js';

function describePath(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === 'number' ? `[${part}]` : String(part)))
    .join('.')
    .replace(/\.\[/g, '[');
}

/** Turns zod issues into ours: plain data that crosses JSON and realms intact. */
export function toValidationIssues(issues: readonly z.core.$ZodIssue[]): ValidationIssue[] {
  const all: unknown = issues;
  if (
    !Array.isArray(all) ||
    !all.every((issue: { path?: unknown } | null) => Array.isArray(issue?.path))
  ) {
    throw invalidType(['issues'], 'zod issues');
  }
  return issues.map((issue) => ({
    path: issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part)),
    message: issue.message,
    code: issue.code,
  }));
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
  if (!(schema as { _zod?: unknown } | null)?._zod) throw invalidType(['schema'], 'a zod schema');
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
