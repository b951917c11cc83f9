import { describe, it } from 'vitest';
import { defineConformanceSuite } from '../../conformance/index.js';
import { createHttpBackend } from './index.js';
import { startTestServer } from './testing/node-server.js';

// The same suite over a real HTTP round trip: client, route table, problem documents and
// invokeRoute together must keep every guarantee the memory backend keeps in process.
defineConformanceSuite(
  {
    name: 'HTTP backend against a memory backend behind node:http',
    create: async () => {
      const server = await startTestServer();
      const connect = (token: string) =>
        createHttpBackend({ baseUrl: server.baseUrl, token, retry: { delay: () => 0 } });
      return {
        admin: connect(server.apiKey).admin,
        connect,
        advanceTime: (ms: number) => {
          server.memory.advanceTime(ms);
          return Promise.resolve();
        },
        close: () => server.close(),
      };
    },
  },
  { describe, it },
);
