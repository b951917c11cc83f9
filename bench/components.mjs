// Components in headless Chromium: time from data ready to rendered for <wv-booking> and for
// <wv-attendance-roster> with 10,000 officers, and the JS heap after 100 mount/unmount cycles:
// its size, and a census of the values it retains (see components/heap-census.mjs).
// Prints one JSON line of medians.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromeArgs, chromePath } from '../scripts/chrome-args.js';
import { censusGrowth, heapCensus } from './components/heap-census.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const requireFromElements = createRequire(join(root, 'packages/elements/package.json'));
const esbuild = requireFromElements('esbuild');
const { chromium } = createRequire(import.meta.url)('playwright-core');

const RUNS = 15;
const CYCLES = 100;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = await mkdtemp(join(tmpdir(), 'wellvisit-bench-components-'));
const server = createServer();
const browser = await chromium.launch({
  executablePath: chromePath,
  headless: true,
  args: chromeArgs,
});
try {
  await esbuild.build({
    entryPoints: [join(root, 'bench/components/harness.js')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    outfile: join(dir, 'harness.js'),
    tsconfig: join(root, 'packages/elements/tsconfig.json'),
    conditions: ['wellvisit-source', 'production', 'browser'],
    logLevel: 'error',
  });
  await writeFile(
    join(dir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>bench</title><script type="module" src="harness.js"></script>',
  );
  server.on('request', (request, response) => {
    const name = request.url === '/' ? 'index.html' : (request.url ?? '').slice(1);
    if (!['index.html', 'harness.js'].includes(name)) return void response.writeHead(404).end();
    readFile(join(dir, name)).then(
      (body) => {
        response.writeHead(200, {
          'content-type': name.endsWith('.js') ? 'text/javascript' : 'text/html',
        });
        response.end(body);
      },
      () => response.writeHead(500).end(),
    );
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => 'benchRender' in window, null, { timeout: 60_000 });

  const render = {};
  for (const which of ['booking', 'roster'])
    render[which] = median(
      await page.evaluate(([w, n]) => window.benchRender(w, n), [which, RUNS]),
    );

  const cdp = await page.context().newCDPSession(page);
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const memory = {};
  for (const which of ['booking', 'roster']) {
    await page.evaluate(([w]) => window.cycle(w, 10), [which]);
    const before = await heap();
    const valuesBefore = await heapCensus(cdp);
    await page.evaluate(([w, n]) => window.cycle(w, n), [which, CYCLES]);
    const after = await heap();
    const values = censusGrowth(valuesBefore, await heapCensus(cdp));
    memory[which] = { before, after, growth: after - before, values };
  }
  if (errors.length > 0) throw errors[0];
  console.log(JSON.stringify({ runs: RUNS, cycles: CYCLES, renderMs: render, heap: memory }));
} finally {
  await browser.close();
  server.close();
  await rm(dir, { recursive: true, force: true });
}
