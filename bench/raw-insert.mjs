// The floor for the server's booking numbers: plain `pg` inserts into a throwaway table in a
// throwaway database, with the same request count and concurrency as the booking scenario.
// Prints one JSON line: medians of several runs.
//
//   node bench/raw-insert.mjs --url postgres://postgres@127.0.0.1:5432/postgres [--count 300] [--concurrency 16] [--runs 3]
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';

const pg = createRequire(new URL('../packages/server/package.json', import.meta.url))('pg');
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    count: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '16' },
    runs: { type: 'string', default: '3' },
  },
});
const serverUrl = new URL(values.url ?? '');
if (serverUrl.hostname !== '127.0.0.1') throw new Error('raw-insert only targets 127.0.0.1');
const count = Math.min(Number(values.count), 5000);
const concurrency = Math.min(Number(values.concurrency), 64);
const runs = Math.min(Number(values.runs), 9);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const name = `wv_bench_raw_${randomBytes(5).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
try {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const pool = new pg.Pool({ connectionString: url.toString(), max: concurrency });
  // Idle clients may still be closing when the database is dropped: not an error here.
  pool.on('error', () => {});
  await pool.query(
    'CREATE TABLE raw_visit (id text PRIMARY KEY, officer_id text NOT NULL, start_at timestamptz NOT NULL, end_at timestamptz NOT NULL)',
  );
  const results = [];
  for (let run = 0; run < runs; run++) {
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
    results.push(count / ((performance.now() - started) / 1000));
  }
  await pool.end();
  console.log(JSON.stringify({ runs, count, concurrency, rps: Math.round(median(results)) }));
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
