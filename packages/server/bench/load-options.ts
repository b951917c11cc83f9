// What the database-only bench scripts (bench/raw-insert.mjs, floor.ts) share: the booking
// load's options and a throwaway database on a local PostgreSQL.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';

export interface LoadOptions {
  serverUrl: URL;
  count: number;
  concurrency: number;
  runs: number;
  /** Runs before the measured ones, not counted. */
  warmup: number;
}

/** `--url --count --concurrency --runs --warmup`, bounded; only 127.0.0.1 is a target. */
export function readLoadOptions(args = process.argv.slice(2)): LoadOptions {
  const { values } = parseArgs({
    args,
    options: {
      url: { type: 'string' },
      count: { type: 'string', default: '300' },
      concurrency: { type: 'string', default: '16' },
      runs: { type: 'string', default: '3' },
      warmup: { type: 'string', default: '2' },
    },
  });
  const serverUrl = new URL(values.url ?? '');
  if (serverUrl.hostname !== '127.0.0.1') throw new Error('bench scripts only target 127.0.0.1');
  return {
    serverUrl,
    count: Math.min(Number(values.count), 5000),
    concurrency: Math.min(Number(values.concurrency), 64),
    runs: Math.min(Number(values.runs), 9),
    warmup: Math.min(Number(values.warmup), 9),
  };
}

export const median = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/** Runs `work` with the URL of a fresh database `<prefix>_<random>`, dropped afterwards. */
export async function withThrowawayDatabase<T>(
  serverUrl: URL,
  prefix: string,
  work: (url: string) => Promise<T>,
): Promise<T> {
  const name = `${prefix}_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  try {
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}
