import { afterAll, describe, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import { defineConformanceSuite } from '@wellvisit/sdk/conformance';
import type { TestServer } from './server.js';

/**
 * Runs the SDK's conformance suite through `createHttpBackend` against one server per file:
 * every test makes tenants of its own, and the clock only moves forward, which the harness
 * contract allows. `open` starts the server (on first use) and returns how to shut it all down.
 */
export function defineServerConformance(
  name: string,
  open: () => Promise<{ server: TestServer; close: () => Promise<void> }>,
): void {
  let shared: ReturnType<typeof open> | undefined;
  const start = () => (shared ??= open());

  afterAll(async () => {
    if (shared) await (await shared).close();
  });

  defineConformanceSuite(
    {
      name,
      async create() {
        const { server } = await start();
        const connect = (token: string) =>
          createHttpBackend({ baseUrl: server.url, token, retry: { delay: () => 0 } });
        return {
          admin: connect(server.adminKey).admin,
          connect,
          advanceTime: (ms: number) => {
            server.advanceTime(ms);
            return Promise.resolve();
          },
          close: () => Promise.resolve(),
        };
      },
    },
    { describe, it },
  );
}
