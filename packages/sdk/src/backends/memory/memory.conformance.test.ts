import { describe, it } from 'vitest';
import { defineConformanceSuite } from '../../conformance/index.js';
import { createMemoryBackend } from './index.js';

defineConformanceSuite(
  {
    name: 'memory backend',
    create: () => {
      const memory = createMemoryBackend();
      return Promise.resolve({
        admin: memory.admin,
        connect: (token: string) => memory.connect(token),
        advanceTime: (ms: number) => {
          memory.advanceTime(ms);
          return Promise.resolve();
        },
        close: () => Promise.resolve(),
      });
    },
  },
  { describe, it },
);
