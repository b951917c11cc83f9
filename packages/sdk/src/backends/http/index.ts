import type { AdminBackend, WellvisitBackend } from '../../contract/index.js';
import { httpApi } from './client.js';
import { parseHttpBackendOptions, type HttpBackendOptions } from './options.js';
import { createTransport } from './transport.js';

export type { HttpBackendOptions, HttpRetryOptions, TokenSource } from './options.js';

/**
 * A backend that talks to a Wellvisit server. With an embed token it acts as that token's
 * principal; with the API key (on a host's server only) `admin` sets up the program.
 *
 * Every response is checked against the model's schemas; errors arrive as the typed errors of
 * `@wellvisit/sdk`; reads, writes with an idempotency key, and PUT/DELETE are retried with
 * backoff, other writes never.
 */
export function createHttpBackend(options: HttpBackendOptions): WellvisitBackend & AdminBackend {
  return httpApi(createTransport(parseHttpBackendOptions(options)));
}
