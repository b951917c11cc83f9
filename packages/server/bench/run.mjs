#!/usr/bin/env node
// Measures the server: for each store (PGlite; PostgreSQL when WELLVISIT_BENCH_DATABASE_URL or
// WELLVISIT_TEST_DATABASE_URL is set) it starts `wellvisit-server --demo` from dist/, runs the
// load generator (a separate process) several times per scenario, and prints medians.
//
// Warm-up runs go first and are not counted: a cold server (JIT, pools, caches) understates
// steady state by half.
//
//   node --import tsx bench/run.mjs [--runs 3] [--warmup 2] [--json out.json]
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { median, withThrowawayDatabase } from './load-options.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
const CLI = join(here, '..', 'dist', 'cli.js');
const LOAD = join(here, 'load.mjs');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
    json: { type: 'string' },
  },
});
const runs = Math.max(1, Math.min(Number(values.runs), 9));
const warmup = Math.max(0, Math.min(Number(values.warmup), 9));
const SCENARIOS = [
  { name: 'booking', count: 300, concurrency: 16 },
  { name: 'roster', count: 100, concurrency: 8 },
];

function collect(child) {
  let out = '';
  child.stdout.on('data', (chunk) => (out += chunk));
  child.stderr.on('data', (chunk) => (out += chunk));
  return () => out;
}

async function startServer(store, dataDir, adminKey) {
  const args = [CLI, '--demo', '--port', '0', '--data-dir', dataDir];
  if (store.url) args.push('--database-url', store.url);
  const child = spawn(process.execPath, args, {
    // As deployed: responses are checked by the clients, not re-parsed on the way out.
    env: { ...process.env, NODE_ENV: 'production', WELLVISIT_ADMIN_KEY: adminKey },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = collect(child);
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start:\n${output()}`)),
      120_000,
    );
    const poll = setInterval(() => {
      const match = /API\s+(http:\/\/127\.0\.0\.1:\d+)\/v1\//.exec(output());
      if (match) {
        clearTimeout(timer);
        clearInterval(poll);
        resolve(match[1]);
      }
    }, 50);
    child.once('exit', (code) => {
      clearTimeout(timer);
      clearInterval(poll);
      reject(new Error(`server exited (${code}):\n${output()}`));
    });
  });
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

function runLoad(url, adminKey, scenario, run) {
  const child = spawn(
    process.execPath,
    [
      LOAD,
      '--url',
      url,
      '--admin-key',
      adminKey,
      '--scenario',
      scenario.name,
      '--count',
      String(scenario.count),
      '--concurrency',
      String(scenario.concurrency),
      '--run',
      String(run),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = collect(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const line = output().trim().split('\n').at(-1) ?? '';
      if (code === 0) resolve(JSON.parse(line));
      else reject(new Error(`load generator failed (${code}):\n${output()}`));
    });
  });
}

async function benchStore(label, databaseUrl) {
  const dataDir = await mkdtemp(join(tmpdir(), 'wellvisit-bench-'));
  const adminKey = `wvk_bench_${randomBytes(16).toString('hex')}`;
  const server = await startServer({ url: databaseUrl }, dataDir, adminKey);
  const rows = [];
  try {
    for (const scenario of SCENARIOS) {
      const results = [];
      for (let run = 0; run < warmup + runs; run++) {
        const result = await runLoad(server.url, adminKey, scenario, run);
        if (run >= warmup) results.push(result);
      }
      const failures = results.reduce((sum, r) => sum + r.failures, 0);
      rows.push({
        store: label,
        scenario: scenario.name,
        runs,
        warmup,
        requests: scenario.count,
        concurrency: scenario.concurrency,
        rps: median(results.map((r) => r.rps)),
        p50: median(results.map((r) => r.p50)),
        p99: median(results.map((r) => r.p99)),
        failures,
      });
      console.error(`${label} ${scenario.name}: ${JSON.stringify(results)}`);
    }
  } finally {
    await server.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
  return rows;
}

const rows = [...(await benchStore('PGlite', undefined))];
const postgres =
  process.env.WELLVISIT_BENCH_DATABASE_URL ?? process.env.WELLVISIT_TEST_DATABASE_URL;
if (postgres)
  rows.push(
    ...(await withThrowawayDatabase(new URL(postgres), 'wv_bench', (url) =>
      benchStore('PostgreSQL', url),
    )),
  );
else console.error('No WELLVISIT_TEST_DATABASE_URL: PostgreSQL not measured');

const table = [
  '| store | scenario | req/s | p50 ms | p99 ms | requests × runs | concurrency | failures |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map(
    (r) =>
      `| ${r.store} | ${r.scenario === 'roster' ? 'roster (1,000 officers)' : 'booking'} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.requests} × ${r.runs} | ${r.concurrency} | ${r.failures} |`,
  ),
].join('\n');
console.log(table);
if (values.json) await writeFile(values.json, JSON.stringify(rows, null, 2));
