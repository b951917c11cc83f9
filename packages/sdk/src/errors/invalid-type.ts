// One small constructor for "not what this argument must be", shared by the checks that ship to
// browsers (calendar file names, problem documents, parsing), so each costs a few bytes.
import { ValidationError } from './errors.js';

/** A `ValidationError` whose single issue at `path` says what was expected, e.g. "a string". */
export function invalidType(path: (string | number)[], expected: string): ValidationError {
  const message = `Expected ${expected}`;
  return new ValidationError(`Invalid ${path.join('.')}: ${message}`, [
    { path, message, code: 'invalid_type' },
  ]);
}
