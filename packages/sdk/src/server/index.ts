/**
 * @wellvisit/sdk/server — what a backend for the Wellvisit contract is built from: the engine
 * (the contract's policy, written once) over a storage port, the route table with its `invoke`,
 * a fetch handler, problem documents, and the scheduling rules.
 */
export { createEngine, type Engine, type EngineContext } from '../engine/engine.js';
export { newId } from '../engine/context.js';
export type * from '../engine/port.js';
export {
  API_ROUTES,
  ROUTE_SUMMARIES,
  type ApiRoute,
  type ApiRoutes,
  type HttpMethod,
  type RouteArg,
  type RouteName,
} from '../routes/routes.js';
export {
  invokeRoute,
  routeAuth,
  type InvokeOptions,
  type RawRequest,
  type RouteTarget,
} from '../routes/invoke.js';
export { createFetchHandler, type FetchHandlerOptions } from './fetch-handler.js';
export { errorToProblem } from '../errors/problem.js';
export { toValidationIssues } from '../errors/validate.js';
export { principalGoneError, wrongRoleError } from '../errors/principal.js';
export * from '../rules/index.js';
export * from '../model/primitives.js';
export { ACTIVE_VISIT_STATUSES, REMINDER_KINDS } from '../model/enums.js';
export { AUDIT_ACTIONS, AuditEvent } from '../model/audit.js';
export { DEFAULT_LEAD_TIMES_MINUTES } from '../model/reminder.js';
export {
  DEFAULT_ICS_PRODUCT_ID,
  DISCREET_TITLE,
  messageLanguage,
  TitleOptions,
  visitTitle,
} from '../calendar/index.js';
