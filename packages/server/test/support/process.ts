import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestPostgres, type TestPostgres } from './databases.js';
import { TEST_ADMIN_KEY, TEST_TOKEN_SECRET_TEXT } from './server.js';

const CLI = fileURLToPath(new URL('../../src/cli.ts', import.meta.url));

export interface ServerProcess {
  url: string;
  adminKey: string;
  now(): Date;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown of any kind, as in a crash. */
  crash(): Promise<void>;
}

export interface ProcessOptions {
  /** PostgreSQL; PGlite in `dataDir` when left out. */
  databaseUrl?: string;
  /** Kept after the process ends when given (restart tests); a temporary one otherwise. */
  dataDir?: string;
  port?: number;
  /** More environment for the process (e.g. `WELLVISIT_BOOKING_LIMIT`). */
  env?: Record<string, string>;
}

/**
 * Runs `wellvisit-server` as a separate process (through tsx, from source), with the same API
 * key and token secret as every other instance of the test.
 */
export async function startServerProcess(target: string | ProcessOptions): Promise<ServerProcess> {
  const options = typeof target === 'string' ? { databaseUrl: target } : target;
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? (await mkdtemp(join(tmpdir(), 'wellvisit-process-')));
  const args = ['--import', 'tsx', CLI, '--port', String(options.port ?? 0), '--data-dir', dataDir];
  if (options.databaseUrl !== undefined) args.push('--database-url', options.databaseUrl);
  const child: ChildProcess = spawn(process.execPath, args, {
    env: {
      ...process.env,
      WELLVISIT_ADMIN_KEY: TEST_ADMIN_KEY,
      WELLVISIT_TOKEN_SECRET: TEST_TOKEN_SECRET_TEXT,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const started = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`the server process did not start:\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /API\s+(http:\/\/127\.0\.0\.1:\d+)\/v1\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server process exited (${code}):\n${output}`));
    });
  });
  let url: string;
  try {
    url = await started;
  } catch (error) {
    child.kill('SIGKILL');
    if (temporary) await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill(signal);
      await exited;
    }
    if (temporary) await rm(dataDir, { recursive: true, force: true });
  };
  return {
    url,
    adminKey: TEST_ADMIN_KEY,
    now: () => new Date(),
    stop: () => end('SIGTERM'),
    crash: () => end('SIGKILL'),
  };
}

/**
 * Two server processes on one fresh PostgreSQL database, started together (as instances of one
 * deployment), for a describe block: `started` fills in `beforeAll`, all stop in `afterAll`.
 */
export function twoProcessesOnPostgres(
  options: Omit<ProcessOptions, 'databaseUrl' | 'dataDir'>,
  hooks: {
    beforeAll: (fn: () => Promise<void>) => void;
    afterAll: (fn: () => Promise<void>) => void;
  },
): { started: ServerProcess[]; url: () => string } {
  const started: ServerProcess[] = [];
  let pg: TestPostgres | undefined;
  hooks.beforeAll(async () => {
    const database = await createTestPostgres();
    pg = database;
    const start = async () => {
      started.push(await startServerProcess({ ...options, databaseUrl: database.url }));
    };
    await Promise.all([start(), start()]);
  });
  hooks.afterAll(async () => {
    await Promise.all(started.map((process) => process.stop()));
    await pg?.drop();
  });
  return {
    started,
    url: () => {
      if (!pg) throw new Error('the database is made in beforeAll');
      return pg.url;
    },
  };
}
