import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchChromium, screenshot } from './browser.js';
import { repoRoot } from './demo-server.js';

// The published shape: each package packed with `pnpm pack`, the tarballs installed with npm
// into a project that has never seen this monorepo, then imported, type-checked and rendered.

const run = promisify(execFile);
const PACKAGES = ['sdk', 'elements', 'server'] as const;
let project: string;

async function node(script: string): Promise<string> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], {
    cwd: project,
  });
  return stdout.trim();
}

/** Serves the project folder, so a page can load the installed bundle. */
function serve(root: string): Promise<{ server: Server; url: string }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    readFile(join(root, path)).then(
      (body) => {
        response.writeHead(200, { 'content-type': types[extname(path)] ?? 'text/plain' });
        response.end(body);
      },
      () => {
        response.writeHead(404).end();
      },
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}

const ALL_TAGS = [
  'wv-attendance-access-log',
  'wv-attendance-badge',
  'wv-attendance-roster',
  'wv-booking',
  'wv-clinician-schedule',
  'wv-department-policy',
  'wv-provider',
  'wv-reminders',
];

const REACT_TYPES = '19.3.0';

const elementsDir = () => join(project, 'node_modules/@wellvisit/elements');

/** Type-checks one file of the project, strictly; resolves with tsc's complaints. */
async function typeCheck(file: string, options: Record<string, string> = {}): Promise<string> {
  const tsconfig = join(project, `tsconfig.${file}.json`);
  await writeFile(
    tsconfig,
    JSON.stringify({
      compilerOptions: {
        target: 'ES2022',
        module: 'NodeNext',
        moduleResolution: 'NodeNext',
        lib: ['ES2023', 'DOM'],
        strict: true,
        noEmit: true,
        skipLibCheck: true,
        ...options,
      },
      files: [file],
    }),
  );
  const tsc = join(repoRoot, 'e2e/node_modules/typescript/bin/tsc');
  const { stdout } = await run(process.execPath, [tsc, '-p', tsconfig]).catch((error: unknown) => ({
    stdout: `tsc failed:\n${String((error as { stdout?: unknown }).stdout)}`,
  }));
  return stdout;
}

/** Writes `site`/index.html: a badge in a provider under the strict CSP the docs show. */
async function badgePage(site: string, scriptSrc: string): Promise<void> {
  await writeFile(
    join(site, 'index.html'),
    `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">
<script type="module" src="${scriptSrc}"></script>
</head><body><wv-provider><wv-attendance-badge></wv-attendance-badge></wv-provider></body></html>`,
  );
}

/** Opens `site`'s index.html in Chromium; `requests` lists each response as "status path". */
async function inChromium(
  site: string,
  check: (page: Page, requests: string[]) => Promise<void>,
): Promise<void> {
  const { server, url } = await serve(site);
  const browser = await launchChromium();
  try {
    const browserPage = await browser.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    browserPage.on('pageerror', (error) => errors.push(error.message));
    browserPage.on('response', (response) => {
      requests.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    await browserPage.goto(`${url}/index.html`);
    await check(browserPage, requests);
    expect(errors).toEqual([]);
  } finally {
    await browser.close();
    server.close();
  }
}

function definedTags(browserPage: Page): Promise<string[]> {
  return browserPage.evaluate(
    (tags) => tags.filter((tag) => customElements.get(tag) !== undefined),
    ALL_TAGS,
  );
}

/** No backend given: the badge renders its "not connected" error state in its shadow root. */
async function expectNotConnected(browserPage: Page): Promise<void> {
  const badge = browserPage.locator('wv-attendance-badge [part~="error"]');
  await badge.waitFor();
  expect((await badge.textContent())?.trim().length).toBeGreaterThan(0);
}

beforeAll(async () => {
  project = await mkdtemp(join(tmpdir(), 'wellvisit-packed-'));
  const tarballs = join(project, 'tarballs');
  for (const name of PACKAGES) {
    await run('pnpm', ['pack', '--pack-destination', tarballs], {
      cwd: join(repoRoot, 'packages', name),
    });
  }
  await writeFile(
    join(project, 'package.json'),
    JSON.stringify({ name: 'packed-check', private: true, type: 'module' }),
  );
  const files = (await readdir(tarballs)).map((file) => join(tarballs, file));
  expect(files).toHaveLength(PACKAGES.length);
  await run(
    'npm',
    [
      'install',
      '--prefer-offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      ...files,
      // What a React 19 project has, for the TSX consumer below.
      `@types/react@${REACT_TYPES}`,
    ],
    { cwd: project },
  );
}, 300_000);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('the packed packages, installed from their tarballs', () => {
  it('ship only what they should', async () => {
    const elements = JSON.parse(
      await readFile(join(project, 'node_modules/@wellvisit/elements/package.json'), 'utf8'),
    ) as { customElements: string; dependencies: Record<string, string> };
    expect(elements.dependencies['@wellvisit/sdk']).toMatch(/^\^?\d+\.\d+\.\d+/);
    const manifest = JSON.parse(
      await readFile(
        join(project, 'node_modules/@wellvisit/elements', elements.customElements),
        'utf8',
      ),
    ) as { modules: { declarations?: { tagName?: string }[] }[] };
    const tags = manifest.modules.flatMap((module) =>
      (module.declarations ?? []).flatMap((declaration) => declaration.tagName ?? []),
    );
    expect(tags.sort()).toEqual(ALL_TAGS);
    const { stdout } = await run('find', ['node_modules/@wellvisit', '-name', '*.test.*'], {
      cwd: project,
    });
    expect(stdout).toBe('');
  });

  it('import in Node: the SDK works, the server and the element modules resolve', async () => {
    const output = await node(`
      import { createMemoryBackend } from '@wellvisit/sdk';
      import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
      import { createEngine } from '@wellvisit/sdk/server';
      import { createServer, openDatabase } from '@wellvisit/server';
      import '@wellvisit/elements/define/booking.js';
      import { WvBooking } from '@wellvisit/elements';
      const roster = await createMemoryBackend({ seed: 'demo' })
        .as(DEMO_SESSIONS.departmentAdmin).department.roster();
      console.log(JSON.stringify({
        records: roster.records.length,
        server: typeof createServer + typeof openDatabase + typeof createEngine,
        element: typeof WvBooking,
      }));`);
    const result = JSON.parse(output) as { records: number; server: string; element: string };
    expect(result.records).toBeGreaterThan(0);
    expect(result.server).toBe('functionfunctionfunction');
    expect(result.element).toBe('function');
  });

  it('type-check a consumer: tags and events are typed from the registration import', async () => {
    await writeFile(
      join(project, 'consumer.ts'),
      `import '@wellvisit/elements/define/booking.js';
const booking = document.createElement('wv-booking');
booking.modality = 'virtual';
booking.addEventListener('wv-booked', (event) => {
  const visitId: string = event.detail.visitId;
  console.log(visitId);
});
// @ts-expect-error the detail holds the visit id only
booking.addEventListener('wv-booked', (event) => event.detail.start);
`,
    );
    expect(await typeCheck('consumer.ts')).toBe('');
  });

  it('type-check a React 19 TSX consumer with the generated JSX types', async () => {
    await writeFile(
      join(project, 'consumer.tsx'),
      `import type {} from '@wellvisit/elements/jsx';
import '@wellvisit/elements/define/provider.js';
import '@wellvisit/elements/define/booking.js';

export function Booking({ getToken }: { getToken: () => Promise<string> }) {
  return (
    <wv-provider apiBase="https://wellvisit.example.org" tokenProvider={getToken}>
      <wv-booking
        modality="virtual"
        time-zone="America/Chicago"
        onwv-booked={(event) => {
          const visitId: string = event.detail.visitId;
          console.log(visitId);
        }}
      />
      {/* @ts-expect-error the detail holds the visit id only */}
      <wv-booking onwv-booked={(event) => event.detail.start} />
      {/* @ts-expect-error theme is light, dark or auto */}
      <wv-booking theme="sepia" />
    </wv-provider>
  );
}
`,
    );
    expect(await typeCheck('consumer.tsx', { jsx: 'react-jsx' })).toBe('');
  });

  it('the script-tag file works copied alone: every element, no other request', async () => {
    const site = join(project, 'one-file');
    await mkdir(site);
    await cp(join(elementsDir(), 'dist/bundle/wellvisit-elements.js'), join(site, 'wv.js'));
    await badgePage(site, '/wv.js');
    await inChromium(site, async (browserPage, requests) => {
      expect(await definedTags(browserPage)).toEqual(ALL_TAGS);
      await expectNotConnected(browserPage);
      expect(requests).toEqual(['200 /index.html', '200 /wv.js']);
      await screenshot(browserPage, 'packed-bundle');
    });
  });

  it('the autoloader folder works copied whole: a page loads only the elements it renders', async () => {
    const site = join(project, 'autoloaded');
    await cp(join(elementsDir(), 'dist/cdn'), join(site, 'wellvisit'), { recursive: true });
    await badgePage(site, '/wellvisit/autoloader.js');
    await inChromium(site, async (browserPage, requests) => {
      await expectNotConnected(browserPage);
      expect(await definedTags(browserPage)).toEqual(['wv-attendance-badge', 'wv-provider']);
      expect(requests.filter((line) => line.includes('/define/'))).toEqual([
        '200 /wellvisit/define/provider.js',
        '200 /wellvisit/define/attendance-badge.js',
      ]);
      // A tag the page's own script adds later is registered when it appears.
      await browserPage.evaluate(() => {
        document.querySelector('wv-provider')?.append(document.createElement('wv-booking'));
      });
      await browserPage.waitForFunction(() => customElements.get('wv-booking'));
      for (const tag of ALL_TAGS) {
        await browserPage.evaluate((name) => {
          document.body.append(document.createElement(name));
        }, tag);
      }
      await browserPage.waitForFunction(
        (tags) => tags.every((tag) => customElements.get(tag)),
        ALL_TAGS,
      );
      expect(requests.filter((line) => !line.startsWith('200 '))).toEqual([]);
    });
  });
});
