import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { createServer, type WellvisitServer } from '../src/server.js';
import { snapshotPglite } from './support/databases.js';
import { TEST_ADMIN_KEY, TEST_TOKEN_SECRET } from './support/server.js';

const PAGE = `<!doctype html><title>Visits</title>${'<p>repeated text</p>'.repeat(100)}`;
const SCRIPT = `export const greeting = ${JSON.stringify('hello '.repeat(200))};\n`;

let dir: string;
let db: Database;
let server: WellvisitServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'wellvisit-static-'));
  await mkdir(join(dir, 'pages', 'intranet'), { recursive: true });
  await mkdir(join(dir, 'elements'));
  await writeFile(join(dir, 'pages', 'intranet', 'index.html'), PAGE);
  await writeFile(join(dir, 'secret.txt'), 'outside the served folders');
  await writeFile(join(dir, 'elements', 'index.js'), SCRIPT);
  await writeFile(join(dir, 'elements', 'chunk-3UDCJ3OO.js'), SCRIPT);
  await writeFile(join(dir, 'elements', 'tiny.js'), 'export {};\n');
  db = await snapshotPglite();
  server = createServer({
    db,
    adminKey: TEST_ADMIN_KEY,
    tokenSecret: TEST_TOKEN_SECRET,
    worker: false,
    staticDirs: { pages: join(dir, 'pages'), elements: join(dir, 'elements') },
  });
});

afterAll(async () => {
  await db.close();
  await rm(dir, { recursive: true, force: true });
});

const get = (path: string, headers: Record<string, string> = {}, method = 'GET') =>
  server.fetch(new Request(`http://127.0.0.1${path}`, { method, headers }));
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe('static files', () => {
  it('are sent brotli-compressed, gzipped or plain, as the client accepts', async () => {
    const br = await get('/elements/index.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('accept-encoding');
    const compressed = await bytes(br);
    expect(compressed.length).toBeLessThan(SCRIPT.length / 4);
    expect(brotliDecompressSync(compressed).toString()).toBe(SCRIPT);

    const gzip = await get('/elements/index.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(await bytes(gzip)).toString()).toBe(SCRIPT);

    const plain = await get('/elements/index.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(plain.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await plain.text()).toBe(SCRIPT);
    // Too small to be worth it.
    const tiny = await get('/elements/tiny.js', { 'accept-encoding': 'br' });
    expect(tiny.headers.get('content-encoding')).toBeNull();
  });

  it('content-hashed chunks are immutable; other files revalidate with their ETag', async () => {
    const chunk = await get('/elements/chunk-3UDCJ3OO.js');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const page = await get('/intranet/', { 'accept-encoding': 'br' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const etag = page.headers.get('etag');
    expect(etag).toMatch(/^"[\w-]{22}-br"$/);
    const again = await get('/intranet/index.html', { 'if-none-match': etag ?? '' });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const changed = await get('/intranet/index.html', { 'if-none-match': '"something-else"' });
    expect(changed.status).toBe(200);
    // Each encoding has its own ETag; any of them revalidates the same content.
    const identity = (await get('/intranet/index.html')).headers.get('etag');
    expect(identity).toBe(etag?.replace('-br"', '"'));
    expect((await get('/intranet/', { 'if-none-match': identity ?? '' })).status).toBe(304);
  });

  it('HEAD has the headers without the body; nothing outside the folders is served', async () => {
    const head = await get('/elements/index.js', {}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(SCRIPT.length));
    expect(await head.text()).toBe('');
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/elements/..%2f..%2fsecret.txt']) {
      expect((await get(path)).status).toBe(404);
    }
  });
});
