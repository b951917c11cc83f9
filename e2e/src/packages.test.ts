import { execFile } from 'node:child_process';
import { readFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...files],
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
    expect(tags.sort()).toEqual([
      'wv-attendance-badge',
      'wv-attendance-roster',
      'wv-booking',
      'wv-clinician-schedule',
      'wv-provider',
      'wv-reminders',
    ]);
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
    await writeFile(
      join(project, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          lib: ['ES2023', 'DOM'],
          strict: true,
          noEmit: true,
          skipLibCheck: true,
        },
        files: ['consumer.ts'],
      }),
    );
    const tsc = join(repoRoot, 'e2e/node_modules/typescript/bin/tsc');
    const { stdout } = await run(process.execPath, [tsc, '-p', project]).catch(
      (error: unknown) => ({
        stdout: `tsc failed:\n${String((error as { stdout?: unknown }).stdout)}`,
      }),
    );
    expect(stdout).toBe('');
  });

  it('render from the installed bundle in Chromium', async () => {
    await writeFile(
      join(project, 'index.html'),
      `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">
<script type="module" src="/node_modules/@wellvisit/elements/dist/bundle/wellvisit-elements.js"></script>
</head><body><wv-provider><wv-attendance-badge></wv-attendance-badge></wv-provider></body></html>`,
    );
    const { server, url } = await serve(project);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${url}/index.html`);
      const defined = await page.evaluate(() =>
        [
          'wv-provider',
          'wv-booking',
          'wv-reminders',
          'wv-attendance-badge',
          'wv-attendance-roster',
          'wv-clinician-schedule',
        ].filter((tag) => customElements.get(tag) !== undefined),
      );
      expect(defined).toHaveLength(6);
      // No backend given: the badge renders its "not connected" error state in its shadow root.
      const badge = page.locator('wv-attendance-badge [part~="error"]');
      await badge.waitFor();
      expect((await badge.textContent())?.trim().length).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await screenshot(page, 'packed-bundle');
    } finally {
      await browser.close();
      server.close();
    }
  });
});
