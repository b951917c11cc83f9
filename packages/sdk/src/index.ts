/**
 * @wellvisit/sdk — the typed client for Wellvisit.
 *
 * The domain model (zod schemas and their types), the role-bound backend contract, the shared
 * scheduling rules, calendar files, the error hierarchy, and two backends: in memory and HTTP.
 */
export * from './model/index.js';
export type * from './contract/index.js';
export * from './errors/index.js';
