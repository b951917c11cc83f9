// The JavaScript each example page makes Chromium download, as `pnpm start` serves it: every
// script response of the page, gzipped (level 9, as a server would send it), summed. The page
// loads the autoloader, which fetches only the elements the page renders.
// `node bench/pages.mjs` (after `pnpm build`) prints one JSON line.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { chromeArgs, chromePath } from '../scripts/chrome-args.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const { chromium } = createRequire(import.meta.url)('playwright-core');

/** Each page, the element that shows last once it has rendered, and its budget in KB. */
const PAGES = [
  {
    name: 'intranet, officer',
    path: '/department-intranet/?user=ana.ruiz',
    ready: 'wv-reminders',
    budget: 35,
  },
  {
    name: 'intranet, coordinator',
    path: '/department-intranet/?user=wellness.coordinator',
    ready: 'wv-attendance-roster',
    budget: 25,
  },
  { name: 'practice website', path: '/clinician-practice/', ready: 'wv-booking' },
  {
    name: 'clinician console',
    path: '/clinician-practice/console.html',
    ready: 'wv-clinician-schedule',
  },
];

/** Starts the demo server on a free port; resolves with its URL and a stop function. */
async function startDemo() {
  const dataDir = await mkdtemp(join(tmpdir(), 'wellvisit-bench-pages-'));
  const child = spawn(
    process.execPath,
    [
      join(root, 'packages/server/dist/cli.js'),
      '--demo',
      '--port',
      '0',
      '--data-dir',
      join(dataDir, 'data'),
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const match = /Pages\s+(http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`demo server exited (${code}):\n${output}`)));
  });
  return {
    url,
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The scripts one page loads: their URLs and gzipped bytes. */
async function transferred(browser, url, ready) {
  const page = await browser.newPage();
  const scripts = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(
      response
        .body()
        .then((body) => ({ url: response.url(), gzip: gzipSync(body, { level: 9 }).length })),
    );
  });
  await page.goto(url);
  // Rendered: the last element's shadow root has content other than a loading message.
  await page.waitForFunction(
    (tag) =>
      document.querySelector(tag)?.shadowRoot?.querySelector('[part]:not([part~="loading"])'),
    ready,
  );
  await page.waitForLoadState('networkidle');
  const loaded = await Promise.all(scripts);
  await page.close();
  return loaded;
}

const demo = await startDemo();
const browser = await chromium.launch({
  executablePath: chromePath,
  headless: true,
  args: chromeArgs,
});
try {
  const pages = [];
  for (const { name, path, ready, budget } of PAGES) {
    const scripts = await transferred(browser, demo.url + path, ready);
    const elements = scripts.filter((script) => script.url.includes('/elements/'));
    const sum = (list) => list.reduce((total, script) => total + script.gzip, 0);
    pages.push({
      name,
      path,
      budget,
      files: scripts.length,
      elements: sum(elements),
      total: sum(scripts),
    });
  }
  console.log(JSON.stringify({ pages }));
} finally {
  await browser.close();
  await demo.stop();
}
