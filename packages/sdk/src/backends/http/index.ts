import type { AdminBackend, WellvisitBackend } from '../../contract/index.js';
import { httpAdminApi } from './admin.js';
import { httpClinicianApi } from './clinician.js';
import { httpDepartmentApi } from './department.js';
import { httpOfficerApi } from './officer.js';
import { parseHttpBackendOptions, type HttpBackendOptions } from './options.js';
import { WIRE_ROUTES } from './routes.js';
import { createTransport } from './transport.js';

export type { HttpBackendOptions, HttpRetryOptions, TokenSource } from './options.js';
export { API_ROUTES, type ApiRoute, type ApiRoutes, type RoutePolicy } from './api-routes.js';
export {
  WIRE_ROUTES,
  type HttpMethod,
  type RouteName,
  type WireRoute,
  type WireRoutes,
} from './routes.js';
export { invokeRoute, type RouteTarget, type RawRequest } from './invoke.js';

/**
 * A backend that talks to a Wellvisit server. With an embed token it acts as that token's
 * principal; with the API key (on a host's server only) `admin` sets up the program.
 *
 * Every response is checked against the model's schemas; errors arrive as the typed errors of
 * `@wellvisit/sdk`; reads, writes with an idempotency key, and PUT/DELETE are retried with
 * backoff, other writes never.
 */
export function createHttpBackend(options: HttpBackendOptions): WellvisitBackend & AdminBackend {
  const send = createTransport(parseHttpBackendOptions(options));
  return {
    session: (callOptions) => send(WIRE_ROUTES.session, {}, callOptions),
    officer: httpOfficerApi(send),
    clinician: httpClinicianApi(send),
    department: httpDepartmentApi(send),
    admin: httpAdminApi(send),
  };
}
