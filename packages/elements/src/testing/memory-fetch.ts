// Test support: a `fetch` that answers the Wellvisit HTTP API from a memory backend in the page,
// through the SDK's fetch handler (route table, embed tokens, problem documents), as the
// reference server does. The HTTP backend under test is the real one; only the network is
// replaced.
import type { MemoryBackend } from '@wellvisit/sdk';
import { createFetchHandler } from '@wellvisit/sdk/server';

export interface MemoryFetch {
  readonly fetch: typeof globalThis.fetch;
  /** Every request received, in order. */
  readonly requests: Request[];
}

export function memoryFetch(memory: MemoryBackend, baseUrl: string): MemoryFetch {
  const requests: Request[] = [];
  const handle = createFetchHandler({
    basePath: new URL(baseUrl).pathname,
    resolve: (token) => ({ backend: memory.connect(token) }),
  });
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    requests.push(request.clone());
    return handle(request);
  };
  return { fetch, requests };
}
