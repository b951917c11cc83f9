// Test helper (not shipped in dist): a real HTTP server on 127.0.0.1 that mounts API_ROUTES over
// a memory backend with `invokeRoute`, as the reference server does over its database.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallOptions } from '../../../contract/index.js';
import {
  ForbiddenError,
  PROBLEM_CONTENT_TYPE,
  UnauthorizedError,
  ValidationError,
  errorToProblem,
} from '../../../errors/index.js';
import { createMemoryBackend, type MemoryBackend } from '../../memory/index.js';
import { invokeRoute, type RouteTarget } from '../invoke.js';
import { API_ROUTES, type ApiRoute } from '../api-routes.js';
import type { RouteName } from '../routes.js';

export interface Reply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
}

/** Lets a test bend the server: answer instead of it, delay it, or change what it answered. */
export type Intercept = (request: RecordedRequest, next: () => Promise<Reply>) => Promise<Reply>;

export interface TestServer {
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly memory: MemoryBackend;
  /** Every request received, in order. */
  readonly requests: RecordedRequest[];
  intercept: Intercept | undefined;
  close(): Promise<void>;
}

const ROUTES = (Object.keys(API_ROUTES) as RouteName[]).map((name) => {
  const route: ApiRoute = API_ROUTES[name];
  const pattern = route.path.replace(/:(\w+)/g, '(?<$1>[^/]+)');
  return { name, route, regex: new RegExp(`^${pattern}$`) };
});

function json(status: number, value: unknown, contentType = 'application/json'): Reply {
  return { status, headers: { 'content-type': contentType }, body: JSON.stringify(value) };
}

function problem(error: unknown): Reply {
  const document = errorToProblem(error);
  const reply = json(document.status, document, PROBLEM_CONTENT_TYPE);
  if (document.retryAfter !== undefined) reply.headers['retry-after'] = String(document.retryAfter);
  return reply;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new ValidationError('The body is not JSON', [
      { path: [], message: 'Not JSON', code: 'invalid_json' },
    ]);
  }
}

export async function startTestServer(memory = createMemoryBackend()): Promise<TestServer> {
  const apiKey = 'test-api-key-0123456789';

  const targetFor = async (
    route: ApiRoute,
    authorization: string | undefined,
  ): Promise<RouteTarget> => {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    if (token === undefined)
      throw new UnauthorizedError('Missing token', { code: 'missing-token' });
    if (token === apiKey) return { admin: memory.admin };
    const backend = memory.connect(token);
    // An admin route with an embed token: refuse it as unknown (401) or as the wrong kind (403).
    if (route.auth === 'admin') {
      await backend.session();
      throw new ForbiddenError('This needs the API key', { code: 'admin-only' });
    }
    return { backend };
  };

  const handle = async (request: IncomingMessage, signal: AbortSignal): Promise<Reply> => {
    try {
      const url = new URL(request.url ?? '/', 'http://127.0.0.1');
      const match = ROUTES.map((r) => ({ ...r, found: r.regex.exec(url.pathname) })).find(
        (r) => r.found && r.route.method === request.method,
      );
      if (!match?.found) return json(404, { status: 404, title: 'Not found', code: 'no-route' });
      const target = await targetFor(match.route, request.headers.authorization);
      const params = Object.fromEntries(
        Object.entries(match.found.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]),
      );
      const key = request.headers['idempotency-key'];
      const options: CallOptions = { signal };
      const result = await invokeRoute(
        match.name,
        target,
        {
          params,
          query: Object.fromEntries(url.searchParams),
          body: await readBody(request),
          idempotencyKey: typeof key === 'string' ? key : undefined,
        },
        options,
      );
      return json(match.route.status, result);
    } catch (error) {
      return problem(error);
    }
  };

  const requests: RecordedRequest[] = [];
  const server = createServer((request, response) => {
    const recorded = {
      method: request.method ?? 'GET',
      url: request.url ?? '/',
      headers: request.headers,
    };
    requests.push(recorded);
    const aborted = new AbortController();
    response.on('close', () => {
      aborted.abort();
    });
    const next = (): Promise<Reply> => handle(request, aborted.signal);
    const reply = state.intercept ? state.intercept(recorded, next) : next();
    reply
      .then(({ status, headers, body }) => {
        if (response.destroyed) return;
        response.writeHead(status, headers).end(body);
      })
      .catch((error: unknown) => {
        response.writeHead(500).end(String(error));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const state: TestServer = {
    baseUrl: `http://127.0.0.1:${port}`,
    apiKey,
    memory,
    requests,
    intercept: undefined,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
  return state;
}
