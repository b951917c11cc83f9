/**
 * @wellvisit/sdk — the typed client for Wellvisit.
 *
 * The domain model (zod schemas and their types), the role-bound backend contract, the shared
 * scheduling rules, calendar files, the error hierarchy, and two backends: in memory and HTTP.
 */
export * from './model/index.js';
export type * from './contract/index.js';
export * from './errors/index.js';
export * from './rules/index.js';
export * from './calendar/index.js';
export {
  createMemoryBackend,
  DEMO_SESSIONS,
  type MemoryBackend,
  type MemoryBackendOptions,
  type SeedData,
  type SeedVisit,
  type StorageLike,
} from './backends/memory/index.js';
export { demoSeedWithRoster } from './backends/memory/demo-roster.js';
export type { DemoSeed, DemoVisit } from './backends/memory/demo.js';
export {
  createHttpBackend,
  API_ROUTES,
  invokeRoute,
  type ApiRoute,
  type ApiRoutes,
  type HttpBackendOptions,
  type HttpMethod,
  type HttpRetryOptions,
  type RawRequest,
  type RouteName,
  type RoutePolicy,
  type RouteTarget,
  type TokenSource,
  WIRE_ROUTES,
  type WireRoute,
  type WireRoutes,
} from './backends/http/index.js';
