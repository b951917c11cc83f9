// A backend in the same process, behind the same checks as a server's: each call becomes the
// request its route declares and goes through `invokeRoute` (arguments decoded by the route's
// schemas, the result checked against the response schema, which also hands back a copy, so a
// caller never holds the backend's state).
import type { AdminApi, CallOptions, WellvisitBackend } from '../contract/index.js';
import { ValidationError } from '../errors/index.js';
import { apiFromRoutes, methodOf, optionsOf, requestOf } from './call.js';
import { invokeRoute, type RouteTarget } from './invoke.js';

function checkSignal(options: unknown): AbortSignal | undefined {
  // Typed callers pass an object or nothing; JavaScript callers may pass anything.
  if (typeof options !== 'object' || options === null) return undefined;
  const { signal } = options as { signal?: unknown };
  if (signal === undefined) return undefined;
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw new ValidationError('Invalid call options at signal: expected an AbortSignal', [
      { path: ['signal'], message: 'Expected an AbortSignal', code: 'invalid_type' },
    ]);
  }
  return signal as AbortSignal;
}

/** The routes of `admin` or of sessions, as methods over the target `resolve()` gives then. */
function inProcess(admin: boolean, resolve: () => RouteTarget): Record<string, unknown> {
  return apiFromRoutes((name, route) => {
    if ((methodOf(name)[0] === 'admin') !== admin) return undefined;
    return async (...args) => {
      const signal = checkSignal(optionsOf(route, args));
      signal?.throwIfAborted();
      const target = resolve(); // who is calling comes first, as on a server
      const options: CallOptions = signal ? { signal } : {};
      const result = await invokeRoute(name, route, target, requestOf(route, args), options);
      signal?.throwIfAborted();
      return result;
    };
  });
}

/** A checked backend acting as whoever `backend()` resolves to at each call. */
export function inProcessBackend(backend: () => WellvisitBackend): WellvisitBackend {
  return inProcess(false, () => ({ backend: backend() })) as unknown as WellvisitBackend;
}

/** A checked admin API. */
export function inProcessAdmin(admin: AdminApi): AdminApi {
  return inProcess(true, () => ({ admin })).admin as AdminApi;
}
