import type { ConformanceHarness, TestRunner } from './harness.js';
import { createWorld, type World } from './world.js';

export type WorldTest = (name: string, body: (world: World) => Promise<void>) => void;

/** Registers a test that gets a fresh backend and world, and always closes the backend. */
export function worldTest(harness: ConformanceHarness, runner: TestRunner): WorldTest {
  return (name, body) =>
    runner.it(name, async () => {
      const backend = await harness.create();
      try {
        await body(await createWorld(backend));
      } finally {
        await backend.close();
      }
    });
}
