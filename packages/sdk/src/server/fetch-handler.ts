// A fetch-style handler (`Request` in, `Response` out) that serves the route table over any
// backend, as the reference server does: for tests, workers and in-page demos. The node test
// server and the elements' in-page `fetch` are thin adapters of it.
import {
  PROBLEM_CONTENT_TYPE,
  UnauthorizedError,
  ValidationError,
  errorToProblem,
  type Problem,
} from '../errors/index.js';
import { API_ROUTES, type ApiRoute } from '../routes/routes.js';
import { invokeRoute, routeAuth, type RouteTarget } from '../routes/invoke.js';

export interface FetchHandlerOptions {
  /**
   * The target for a bearer credential (an embed token or an API key) on a route that needs
   * `auth`; throw an `UnauthorizedError` or `ForbiddenError` to refuse it.
   */
  resolve(
    credential: string,
    auth: ReturnType<typeof routeAuth>,
  ): RouteTarget | Promise<RouteTarget>;
  /** The path the API is mounted under, e.g. `/api`; none by default. */
  basePath?: string;
}

const ROUTES = Object.entries(API_ROUTES).map(([name, route]: [string, ApiRoute]) => ({
  name,
  route,
  pattern: new RegExp(`^${route.path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`),
}));

export function createFetchHandler(options: FetchHandlerOptions) {
  const basePath = (options.basePath ?? '').replace(/\/$/, '');
  return async (request: Request, signal?: AbortSignal): Promise<Response> => {
    const url = new URL(request.url);
    const path = url.pathname.slice(basePath.length);
    const match = ROUTES.find((r) => r.route.method === request.method && r.pattern.test(path));
    if (!match) return problemResponse({ status: 404, title: 'Not found', code: 'no-such-route' });
    try {
      const credential = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      if (credential === undefined) {
        throw new UnauthorizedError('Send a Bearer token', { code: 'missing-credentials' });
      }
      const target = await options.resolve(credential, routeAuth(match.name));
      const groups = match.pattern.exec(path)?.groups ?? {};
      const result = await invokeRoute(
        match.name,
        match.route,
        target,
        {
          params: Object.fromEntries(
            Object.entries(groups).map(([key, value]) => [key, decodeURIComponent(value)]),
          ),
          query: Object.fromEntries(url.searchParams),
          body: await jsonBody(request),
          idempotencyKey: request.headers.get('idempotency-key') ?? undefined,
        },
        signal ? { signal } : {},
      );
      return Response.json(result, { status: match.route.created ? 201 : 200 });
    } catch (error) {
      return problemResponse(errorToProblem(error));
    }
  };
}

async function jsonBody(request: Request): Promise<unknown> {
  const text = await request.text();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('The body is not JSON', [
      { path: [], message: 'Not JSON', code: 'invalid_json' },
    ]);
  }
}

function problemResponse(problem: Problem): Response {
  const headers: Record<string, string> = { 'content-type': PROBLEM_CONTENT_TYPE };
  if (problem.retryAfter !== undefined) headers['retry-after'] = String(problem.retryAfter);
  return new Response(JSON.stringify(problem), { status: problem.status, headers });
}
