#!/usr/bin/env node
// `pnpm bench` (after `pnpm build`): bundle sizes, slot computation, components in headless
// Chromium, and the server on PGlite and PostgreSQL against a raw insert rate. Every figure is a
// median of several runs. Writes bench/report.md and prints it.
//
// PostgreSQL: WELLVISIT_BENCH_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
// Each part creates and drops a throwaway database.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const POSTGRES =
  process.env.WELLVISIT_BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BOOKING = { count: 300, concurrency: 16 }; // as in packages/server/bench/run.mjs
const PEERS = [
  ['Timekit', 240],
  ['Cronofy Elements', 301],
  ['Nylas `<nylas-scheduling>`', 315],
];

/** Runs a command from the repository root; resolves with its stdout, rejects with its output. */
function run(command, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.once('exit', (code) =>
      code === 0
        ? resolve(stdout)
        : reject(new Error(`${command} ${args.join(' ')}:\n${stderr}${stdout}`)),
    );
  });
}

const lastJson = (stdout) => JSON.parse(stdout.trim().split('\n').at(-1));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (bytes) => (bytes / 1000).toFixed(1);
const ms = (value) => value.toFixed(1);
const ratio = (value, target) => `${(value / target).toFixed(2)}×`;
const verdict = (ok) => (ok ? 'within' : '**over**');

async function sizes() {
  const results = JSON.parse(await run('pnpm', ['exec', 'size-limit', '--json']));
  const config = (await import(join(root, '.size-limit.mjs'))).default;
  const rows = results.map((result, i) => {
    const peers = PEERS.map(([, size]) => `${Math.round((size * 1000) / result.size)}×`).join(
      ' / ',
    );
    return `| ${result.name} | ${kb(result.size)} KB | ${config[i].limit} | ${verdict(result.passed)} | ${peers} |`;
  });
  return [
    '## Bundle sizes (min+gzip, size-limit)',
    '',
    `| bundle | size | limit | | peers ÷ ours: ${PEERS.map(([name]) => name).join(' / ')} |`,
    '| --- | ---: | ---: | --- | ---: |',
    ...rows,
    '',
    `Peer figures as stated, not measured here: ${PEERS.map(([n, s]) => `${n} ${s} KB`).join(', ')}.`,
    '',
    ...(await breakdown()),
  ];
}

/** Where the bytes of all elements together go: each part's marginal min+gzip cost. */
async function breakdown() {
  const result = lastJson(await run(process.execPath, ['bench/size/breakdown.mjs']));
  const libraries = result.parts
    .filter(({ part }) => ['lit', 'ky', 'zod/mini'].includes(part))
    .reduce((sum, { gzip }) => sum + gzip, 0);
  return [
    '### Where the bytes of all elements together go',
    '',
    `Marginal min+gzip cost of each part: how much the ${kb(result.gzip)} KB bundle shrinks without ` +
      `it (gzip shares one dictionary, so the parts add up to about the whole). lit, ky and zod/mini ` +
      `alone: ${kb(libraries)} KB.`,
    '',
    '| part | minified | min+gzip |',
    '| --- | ---: | ---: |',
    ...result.parts.map(
      ({ part, minified, gzip }) => `| ${part} | ${kb(minified)} KB | ${kb(gzip)} KB |`,
    ),
  ];
}

const SLOT_PROCESSES = 5;

async function slots() {
  // Each process reports medians of its own runs; a burst of load on a shared machine can slow a
  // whole process, so the report takes the median process, as the server part does.
  const results = [];
  for (let i = 0; i < SLOT_PROCESSES; i++) {
    results.push(lastJson(await run(process.execPath, ['bench/slots.mjs'])));
  }
  const middle = (key) => median(results.map((r) => r[key]));
  const result = {
    ...results[0],
    twoWeeksMs: middle('twoWeeksMs'),
    horizonMs: middle('horizonMs'),
  };
  const spread = (key) =>
    `${ms(Math.min(...results.map((r) => r[key])))}–${ms(Math.max(...results.map((r) => r[key])))} ms`;
  return [
    '## Slot computation',
    '',
    `${result.clinicians} clinicians, 90-day horizon, ${result.busyPerClinician} existing bookings each; ` +
      `each process takes the median of ${result.runs} runs over all clinicians, and the table the median of ` +
      `${SLOT_PROCESSES} processes (two weeks ${spread('twoWeeksMs')}, whole horizon ${spread('horizonMs')}).`,
    '',
    '| query | median | target | ratio to target | slots |',
    '| --- | ---: | ---: | ---: | ---: |',
    `| two weeks | ${ms(result.twoWeeksMs)} ms | 5 ms | ${ratio(result.twoWeeksMs, 5)} | ${result.twoWeeksSlots} |`,
    `| whole horizon | ${ms(result.horizonMs)} ms | 50 ms | ${ratio(result.horizonMs, 50)} | ${result.horizonSlots} |`,
  ];
}

/** The JavaScript each example page makes Chromium download (bench/pages.mjs). */
async function pages() {
  const result = lastJson(await run(process.execPath, ['bench/pages.mjs']));
  return [
    '## JavaScript each example page transfers (Chromium, gzip level 9)',
    '',
    'Every script response of the page as `pnpm start` serves it, gzipped and summed; the autoloader',
    'fetches only the code of the elements the page renders.',
    '',
    '| page | Wellvisit elements | all scripts | files | target | |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    ...result.pages.map(
      (page) =>
        `| ${page.name} (\`${page.path}\`) | ${kb(page.elements)} KB | ${kb(page.total)} KB | ${page.files} | ${page.budget ? `${page.budget} KB` : '—'} | ${page.budget ? verdict(page.total <= page.budget * 1000) : ''} |`,
    ),
  ];
}

async function components() {
  const result = lastJson(await run(process.execPath, ['bench/components.mjs']));
  const signed = (value) => `${value >= 0 ? '+' : ''}${value}`;
  const heapRow = (name, heap) =>
    `| ${name} | ${kb(heap.before)} KB | ${kb(heap.after)} KB | ${signed(kb(heap.growth))} KB (${((100 * heap.growth) / heap.before).toFixed(1)}%) | ${signed(heap.values.net)} | ${heap.values.top.map(({ kind, added }) => `${kind} ${signed(added)}`).join(', ') || '—'} |`;
  return [
    '## Components (headless Chromium)',
    '',
    `Data ready (backend answers already resolved) to rendered rows; median of ${result.runs} mounts.`,
    '',
    '| element | median | target | ratio to target |',
    '| --- | ---: | ---: | ---: |',
    `| \`<wv-booking>\` (week of free times) | ${ms(result.renderMs.booking)} ms | 100 ms | ${ratio(result.renderMs.booking, 100)} |`,
    `| \`<wv-attendance-roster>\`, 10,000 officers | ${ms(result.renderMs.roster)} ms | 100 ms | ${ratio(result.renderMs.roster, 100)} |`,
    '',
    `JS heap after garbage collection, before and after ${result.cycles} mount/unmount cycles (after 10 warm-up cycles). ` +
      'Heap bytes also move with the code V8 compiles as the JIT settles; the values column counts what the page ' +
      'itself retains (objects, closures, arrays, strings, from heap snapshots), which is what a leak would grow.',
    '',
    '| element | before | after | growth | values retained | largest changes |',
    '| --- | ---: | ---: | ---: | ---: | --- |',
    heapRow('`<wv-booking>`', result.heap.booking),
    heapRow('`<wv-attendance-roster>` (10,000 officers)', result.heap.roster),
  ];
}

async function server() {
  const dir = await mkdtemp(join(tmpdir(), 'wellvisit-bench-'));
  try {
    const out = join(dir, 'server.json');
    await run(
      process.execPath,
      ['--import', 'tsx', 'packages/server/bench/run.mjs', '--runs', '3', '--json', out],
      {
        WELLVISIT_BENCH_DATABASE_URL: POSTGRES,
      },
    );
    const rows = JSON.parse(await readFile(out, 'utf8'));
    // The booking load without the server: as plain pg rows, and as the server's own booking
    // statements on a plain pool (packages/server/bench/floor.ts), right after it.
    const load = ['--url', POSTGRES, '--count', String(BOOKING.count)];
    load.push('--concurrency', String(BOOKING.concurrency), '--runs', '3');
    const floor = lastJson(
      await run(process.execPath, ['--import', 'tsx', 'packages/server/bench/floor.ts', ...load]),
    );
    const raw = lastJson(
      await run(process.execPath, ['--import', 'tsx', 'bench/raw-insert.mjs', ...load]),
    );
    const slotPage = lastJson(
      await run(process.execPath, ['--import', 'tsx', 'packages/server/bench/slots-page.ts'], {
        NODE_ENV: 'production',
      }),
    );
    return [
      '## Server',
      '',
      `Load generator in a separate process on 127.0.0.1; ${rows[0]?.warmup ?? 0} warm-up runs, then medians of 3 runs per scenario. ` +
        'The machine may be shared: compare the ratios, measured in the same run, more than the absolute figures.',
      `Raw PostgreSQL floor: \`pg\` inserting one row per statement into a throwaway table, ${raw.count} rows at concurrency ${raw.concurrency}: **${raw.rps} rows/s**.`,
      `Same-statement floor: the server's own booking statements (officer with key, clinician schedule, one-statement write) on a plain \`pg\` pool, without HTTP, tokens, rules or schema checks (\`packages/server/bench/floor.ts\`): **${floor.rps} bookings/s**.`,
      `Slots at the server (PGlite, in process, NODE_ENV=production), ${slotPage.allSlots} free slots of 200 clinicians over two weeks: a first page of ${slotPage.pageSlots} in **${ms(slotPage.pageMs)} ms** (${kb(slotPage.pageBytes)} KB; target 30 ms, ${ratio(slotPage.pageMs, 30)}), the whole list in ${ms(slotPage.allMs)} ms (${kb(slotPage.allBytes)} KB): the page is ${slotPage.ratio.toFixed(1)}× faster.`,
      '',
      '| store | scenario | req/s | p50 ms | p99 ms | requests × runs | concurrency | failures | booking ÷ raw insert | booking ÷ same statements |',
      '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...rows.map(
        (r) =>
          `| ${r.store} | ${r.scenario === 'roster' ? 'roster read (1,000 officers)' : 'booking'} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.requests} × ${r.runs} | ${r.concurrency} | ${r.failures} | ${r.scenario === 'booking' ? ratio(r.rps, raw.rps) : ''} | ${r.scenario === 'booking' ? ratio(r.rps, floor.rps) : ''} |`,
      ),
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const started = Date.now();
const sections = [];
// `pnpm bench server` (or `sizes`, `slots`, `components`) runs only those parts.
const only = process.argv.slice(2);
for (const [name, part] of [
  ['sizes', sizes],
  ['slots', slots],
  ['pages', pages],
  ['components', components],
  ['server', server],
].filter(([name]) => only.length === 0 || only.includes(name))) {
  console.error(`bench: ${name}…`);
  try {
    sections.push(...(await part()), '');
  } catch (error) {
    process.exitCode = 1;
    sections.push(`## ${name}: failed`, '', '```', String(error).slice(0, 2000), '```', '');
  }
}
const report = [
  '# Wellvisit benchmark report',
  '',
  `${new Date().toISOString()} · Node ${process.versions.node} · ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'} · ${Math.round((Date.now() - started) / 1000)} s`,
  '',
  ...sections,
].join('\n');
await writeFile(join(root, 'bench/report.md'), report);
console.log(report);
