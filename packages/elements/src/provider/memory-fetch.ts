// Test support: a `fetch` that answers the Wellvisit HTTP API from a memory backend in the page,
// the way the reference server does (route table, embed tokens, problem documents). The HTTP
// backend under test is the real one; only the network is replaced.
import {
  API_ROUTES,
  PROBLEM_CONTENT_TYPE,
  UnauthorizedError,
  errorToProblem,
  invokeRoute,
  type ApiRoute,
  type MemoryBackend,
  type RouteName,
} from '@wellvisit/sdk';

const ROUTES = (Object.keys(API_ROUTES) as RouteName[]).map((name) => {
  const route: ApiRoute = API_ROUTES[name];
  return { name, route, regex: new RegExp(`^${route.path.replace(/:(\w+)/g, '(?<$1>[^/]+)')}$`) };
});

export interface MemoryFetch {
  readonly fetch: typeof globalThis.fetch;
  /** Every request received, in order. */
  readonly requests: Request[];
}

export function memoryFetch(memory: MemoryBackend, baseUrl: string): MemoryFetch {
  const requests: Request[] = [];
  const basePath = new URL(baseUrl).pathname.replace(/\/$/, '');
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request.clone());
    const url = new URL(request.url);
    const path = url.pathname.slice(basePath.length);
    const match = ROUTES.find((r) => r.route.method === request.method && r.regex.test(path));
    if (!match) return new Response(null, { status: 404 });
    try {
      const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1];
      if (token === undefined) throw new UnauthorizedError('No token', { code: 'no-token' });
      const text = await request.text();
      const result = await invokeRoute(
        match.name,
        { backend: memory.connect(token) },
        {
          params: match.regex.exec(path)?.groups ?? {},
          query: Object.fromEntries(url.searchParams),
          body: text === '' ? undefined : (JSON.parse(text) as unknown),
          idempotencyKey: request.headers.get('idempotency-key') ?? undefined,
        },
      );
      return Response.json(result, { status: match.route.status });
    } catch (error) {
      const problem = errorToProblem(error);
      return new Response(JSON.stringify(problem), {
        status: problem.status,
        headers: { 'content-type': PROBLEM_CONTENT_TYPE },
      });
    }
  };
  return { fetch, requests };
}
