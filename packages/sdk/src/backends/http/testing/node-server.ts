// Test helper (not shipped in dist): a real HTTP server on 127.0.0.1 over a memory backend, a
// thin node adapter of the SDK's fetch handler, which serves the route table as the reference
// server does over its database.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ForbiddenError } from '../../../errors/index.js';
import { createFetchHandler } from '../../../server/fetch-handler.js';
import { createMemoryBackend, type MemoryBackend } from '../../memory/index.js';

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

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export async function startTestServer(memory = createMemoryBackend()): Promise<TestServer> {
  const apiKey = 'test-api-key-0123456789';
  const handle = createFetchHandler({
    resolve: async (credential, auth) => {
      if (credential === apiKey) return { admin: memory.admin };
      const backend = memory.connect(credential);
      // An admin route with an embed token: refuse it as unknown (401) or as the wrong kind (403).
      if (auth === 'admin') {
        await backend.session();
        throw new ForbiddenError('This needs the API key', { code: 'admin-only' });
      }
      return { backend };
    },
  });

  const answer = async (request: IncomingMessage, signal: AbortSignal): Promise<Reply> => {
    const body = await readBody(request);
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const response = await handle(
      new Request(new URL(request.url ?? '/', 'http://127.0.0.1'), {
        method: request.method ?? 'GET',
        headers,
        ...(body === '' ? {} : { body }),
      }),
      signal,
    );
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers),
      body: await response.text(),
    };
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
    const next = (): Promise<Reply> => answer(request, aborted.signal);
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
