// The floor for the server's booking numbers: plain `pg` inserts into a throwaway table in a
// throwaway database, with the same request count and concurrency as the booking scenario.
// Prints one JSON line: medians of several runs.
//
//   node --import tsx bench/raw-insert.mjs --url postgres://postgres@127.0.0.1:5432/postgres
//        [--count 300] [--concurrency 16] [--runs 3] [--warmup 2]
import { createRequire } from 'node:module';
import {
  median,
  readLoadOptions,
  withThrowawayDatabase,
} from '../packages/server/bench/load-options.ts';

const pg = createRequire(new URL('../packages/server/package.json', import.meta.url))('pg');
const { serverUrl, count, concurrency, runs, warmup } = readLoadOptions();

await withThrowawayDatabase(serverUrl, 'wv_bench_raw', async (url) => {
  const pool = new pg.Pool({ connectionString: url, max: concurrency });
  // Idle clients may still be closing when the database is dropped: not an error here.
  pool.on('error', () => {});
  await pool.query(
    'CREATE TABLE raw_visit (id text PRIMARY KEY, officer_id text NOT NULL, start_at timestamptz NOT NULL, end_at timestamptz NOT NULL)',
  );
  const results = [];
  for (let run = 0; run < warmup + runs; run++) {
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < count) {
        const i = next++;
        const start = new Date(Date.UTC(2027, 0, 1) + (run * count + i) * 3_600_000);
        await pool.query('INSERT INTO raw_visit VALUES ($1, $2, $3, $4)', [
          `v${run}-${i}`,
          `o${i % 100}`,
          start,
          new Date(start.getTime() + 3_000_000),
        ]);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (run >= warmup) results.push(count / ((performance.now() - started) / 1000));
  }
  await pool.end();
  console.log(JSON.stringify({ runs, count, concurrency, rps: Math.round(median(results)) }));
});
