/**
 * @wellvisit/sdk/conformance — one call that proves a backend keeps the Wellvisit contract:
 * booking, conflicts under concurrency, idempotency, notice rules, attendance, the role matrix,
 * the department's attendance-only view, the audit trail and validation.
 *
 * ```ts
 * import { describe, it } from 'vitest';
 * import { defineConformanceSuite } from '@wellvisit/sdk/conformance';
 * defineConformanceSuite(myHarness, { describe, it });
 * ```
 */
export type { ConformanceBackend, ConformanceHarness, TestRunner } from './harness.js';
export { defineConformanceSuite } from './suite.js';
export {
  FORBIDDEN_KEYS,
  FORBIDDEN_KEY_PREFIXES,
  FORBIDDEN_WORDS,
  findForbiddenKeys,
  isForbiddenKey,
  type ForbiddenKey,
} from './forbidden-keys.js';
