import type { AdminApi, WellvisitBackend } from '../contract/index.js';

/** One backend under test, fresh from `ConformanceHarness.create()`. */
export interface ConformanceBackend {
  /** Program set-up: the suite creates its own departments, practices, people and tokens. */
  readonly admin: AdminApi;
  /** The backend as the principal of a token from `admin.issueToken`. */
  connect(token: string): WellvisitBackend;
  /**
   * Moves the backend's clock forward by `ms` (never back): the suite needs it to mark
   * attendance after a visit starts, to test notice rules and to expire tokens.
   */
  advanceTime(ms: number): Promise<void>;
  /** Releases whatever `create()` started (servers, databases). */
  close(): Promise<void>;
}

/**
 * How the suite reaches a backend. `create()` is called once per test and `close()` after it.
 * Every test creates tenants with ids of its own, so a harness may also hand out one shared
 * backend, as long as its clock only moves forward.
 */
export interface ConformanceHarness {
  readonly name: string;
  create(): Promise<ConformanceBackend>;
}

/**
 * The caller's test runner: vitest's, mocha's or node:test's `describe` and `it` all fit. Give
 * each test a generous timeout (30 s) when the backend sits behind HTTP and a database.
 */
export interface TestRunner {
  describe(name: string, body: () => void): unknown;
  it(name: string, body: () => Promise<void>): unknown;
}
