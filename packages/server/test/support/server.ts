import { createServer, type ServerOptions, type WellvisitServer } from '../../src/server.js';
import type { Database } from '../../src/db/database.js';

export const TEST_ADMIN_KEY = 'wvk_test_admin_key_0123456789abcdefghij';
export const TEST_TOKEN_SECRET_TEXT = 'wellvisit-test-token-secret-0123456789abcdef';
export const TEST_TOKEN_SECRET = new TextEncoder().encode(TEST_TOKEN_SECRET_TEXT);

/** A clock that runs with real time and can be moved forward, never back. */
export function testClock(): { now: () => Date; advance: (ms: number) => void } {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    advance: (ms) => {
      offset += ms;
    },
  };
}

export interface TestServer {
  server: WellvisitServer;
  url: string;
  adminKey: string;
  advanceTime(ms: number): void;
  now(): Date;
  close(): Promise<void>;
}

/**
 * A server listening on 127.0.0.1 and a free port (or `port`: a restart comes back where it
 * was), on `db`, with a movable clock.
 */
export async function startTestServer(
  db: Database,
  options: Partial<ServerOptions> = {},
  port = 0,
): Promise<TestServer> {
  const clock = testClock();
  const server = createServer({
    db,
    adminKey: TEST_ADMIN_KEY,
    tokenSecret: TEST_TOKEN_SECRET,
    now: clock.now,
    worker: false,
    ...options,
  });
  const { url } = await server.listen({ port });
  return {
    server,
    url,
    adminKey: TEST_ADMIN_KEY,
    advanceTime: clock.advance,
    now: clock.now,
    close: async () => {
      await server.close();
      // Let clients see their pooled keep-alive sockets closed before anything reuses the port.
      await new Promise((resolve) => setTimeout(resolve, 100));
    },
  };
}
