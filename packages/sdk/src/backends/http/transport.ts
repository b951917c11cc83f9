import ky, { isHTTPError, isTimeoutError, type HTTPError, type KyInstance } from 'ky';
import * as z from 'zod/mini';
import type { CallOptions } from '../../contract/index.js';
import {
  NetworkError,
  Problem,
  TimeoutError,
  ValidationError,
  WellvisitError,
  isUnauthorizedError,
  isWellvisitError,
  parseOrThrow,
  problemToError,
  toValidationIssues,
} from '../../errors/index.js';
import type { HttpBackendOptions } from './options.js';
import type { RouteInput } from '../../routes/call.js';
import type { ApiRoute } from '../../routes/routes.js';
import { holdToken } from './token.js';

/** What one call sends besides the route: path parameters, query, body. */
export interface RouteRequest extends RouteInput {
  /** Makes a POST safe to retry; sent as the `Idempotency-Key` header. */
  idempotencyKey?: string | undefined;
}

export type Send = <R extends ApiRoute>(
  route: R,
  request?: RouteRequest,
  options?: CallOptions,
) => Promise<z.output<R['response']>>;

const DEFAULT_TIMEOUT_MS = 10_000;
const RETRY_STATUS_CODES = [408, 429, 500, 502, 503, 504];

/**
 * The one place every request goes through: token, abort signal, retry policy, problem
 * documents turned into typed errors, and every response checked against its schema.
 */
export function createTransport(options: HttpBackendOptions): Send {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const client = ky.create({
    prefix: String(options.baseUrl),
    timeout: timeoutMs,
    headers: { accept: 'application/json' },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  const token = holdToken(options.token);
  const retryLimit = options.retry?.limit ?? 2;
  const retryDelay = options.retry?.delay;

  const attempt = async (
    route: ApiRoute,
    request: RouteRequest,
    bearer: string,
    signal: AbortSignal | undefined,
  ): Promise<unknown> => {
    // A POST is retried only when the server can recognise the repeat by its key.
    const retryable = route.method !== 'POST' || request.idempotencyKey !== undefined;
    const headers: Record<string, string> = { authorization: `Bearer ${bearer}` };
    if (request.idempotencyKey !== undefined) headers['idempotency-key'] = request.idempotencyKey;
    const response = await send(client, {
      method: route.method,
      url: fillPath(route, request.params),
      headers,
      query: request.query,
      body: request.body,
      hasBody: route.body !== undefined,
      signal,
      retry: retryable
        ? {
            limit: retryLimit,
            methods: [route.method.toLowerCase() as Lowercase<ApiRoute['method']>],
            statusCodes: RETRY_STATUS_CODES,
            ...(retryDelay ? { delay: retryDelay } : {}),
          }
        : { limit: 0 },
    });
    return readBody(response, route);
  };

  const call = async (
    route: ApiRoute,
    request: RouteRequest = {},
    callOptions: CallOptions = {},
  ): Promise<unknown> => {
    const { signal } = callOptions;
    signal?.throwIfAborted();
    try {
      const bearer = await token.current();
      try {
        return await attempt(route, request, bearer, signal);
      } catch (error) {
        const refused = toWellvisitError(error, timeoutMs);
        const renewal = isUnauthorizedError(refused) ? token.renew(bearer) : undefined;
        if (!renewal) throw refused;
        return await attempt(route, request, await renewal, signal);
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw toWellvisitError(error, timeoutMs);
    }
  };
  // The response schema of `route` checked the value, so it has the route's output type.
  return call as Send;
}

function fillPath(route: ApiRoute, params: Record<string, unknown> | undefined): string {
  if (!route.params) return route.path;
  const valid = parseOrThrow(route.params, params ?? {}, 'path parameters') as Record<
    string,
    string
  >;
  return route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(valid[name] ?? ''));
}

interface Outgoing {
  method: string;
  url: string;
  headers: Record<string, string>;
  query: object | undefined;
  body: unknown;
  hasBody: boolean;
  signal: AbortSignal | undefined;
  retry: { limit: number; methods?: Lowercase<ApiRoute['method']>[]; statusCodes?: number[] };
}

function send(client: KyInstance, outgoing: Outgoing): Promise<Response> {
  const searchParams = outgoing.query
    ? Object.fromEntries(
        Object.entries(outgoing.query)
          .filter(([, value]) => value !== undefined)
          .map(([key, value]) => [key, String(value)]),
      )
    : undefined;
  return client(outgoing.url, {
    method: outgoing.method,
    headers: outgoing.headers,
    retry: outgoing.retry,
    ...(searchParams ? { searchParams } : {}),
    ...(outgoing.hasBody ? { json: outgoing.body ?? {} } : {}),
    ...(outgoing.signal ? { signal: outgoing.signal } : {}),
  });
}

async function readBody(response: Response, route: ApiRoute): Promise<unknown> {
  const text = await response.text();
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw malformed(route, 'is not JSON', error);
  }
  const result = z.safeParse(route.response, data);
  if (!result.success) {
    const issues = toValidationIssues(result.error.issues);
    throw malformed(
      route,
      'does not match the schema',
      new ValidationError('Bad response', issues),
    );
  }
  return result.data;
}

function malformed(route: ApiRoute, what: string, cause: unknown): WellvisitError {
  return new WellvisitError(`The response to ${route.method} ${route.path} ${what}`, {
    code: 'invalid-response',
    cause,
  });
}

function toWellvisitError(error: unknown, timeoutMs: number): WellvisitError {
  if (isWellvisitError(error)) return error;
  if (isHTTPError(error)) return fromHttpError(error);
  if (isTimeoutError(error)) {
    return new TimeoutError(`No answer from the backend within ${timeoutMs} ms`, {
      code: 'timeout',
      cause: error,
    });
  }
  return new NetworkError('Could not reach the backend', { code: 'network', cause: error });
}

function fromHttpError(error: HTTPError): WellvisitError {
  const { status, statusText, headers } = error.response;
  const parsed = z.safeParse(Problem, error.data);
  const problem: Problem = parsed.success
    ? { ...parsed.data, status }
    : { status, ...(statusText ? { title: statusText } : {}) };
  const retryAfter = headers.get('retry-after');
  if (problem.retryAfter === undefined && retryAfter !== null && /^\d+$/.test(retryAfter)) {
    problem.retryAfter = Number(retryAfter);
  }
  return problemToError(problem);
}
