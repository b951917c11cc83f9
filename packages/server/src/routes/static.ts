import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Context, Hono, Next } from 'hono';

export interface StaticDirs {
  /** Served at `/`: the example pages and the demo's landing page. */
  pages?: string;
  /** Served at `/elements/`: the web components' build. */
  elements?: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
/** Below this, compression saves less than its headers and time cost. */
const MIN_COMPRESS_BYTES = 512;
/** esbuild's chunk names, `chunk-<8 base32 characters>`: the name changes when the content does. */
const CONTENT_HASHED = /(^|[-.])[A-Z2-7]{8}\.(js|css)(\.map)?$/;
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else may change under the same name: revalidate with the ETag each time. */
const REVALIDATE = 'no-cache';

interface Entry {
  mtimeMs: number;
  size: number;
  body: Buffer;
  /** The content's hash: each encoding's ETag is this with the encoding after it. */
  etag: string;
  /** Compressed forms, made on first request for each. */
  br?: Buffer;
  gzip?: Buffer;
}

/** The file `path` names under `root`, or undefined when it is outside it or missing. */
async function fileFor(root: string, path: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    return undefined;
  }
  let file = resolve(root, `.${decoded}`);
  if (file !== root && !file.startsWith(root + sep)) return undefined;
  const found = await stat(file).catch(() => undefined);
  if (found?.isDirectory()) file = join(file, 'index.html');
  return file;
}

function chooseEncoding(accept: string | undefined): 'br' | 'gzip' | undefined {
  if (accept === undefined) return undefined;
  if (/\bbr\b/.test(accept)) return 'br';
  if (/\bgzip\b/.test(accept)) return 'gzip';
  return undefined;
}

/** One folder served with compression (brotli, gzip), ETags and immutable caching of hashed chunks. */
function serveFolder(folder: string, prefix: string) {
  const root = resolve(folder);
  const cache = new Map<string, Entry>();

  async function entryFor(file: string): Promise<Entry | undefined> {
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) return undefined;
    const cached = cache.get(file);
    if (cached?.mtimeMs === found.mtimeMs && cached.size === found.size) return cached;
    const body = await readFile(file);
    const etag = createHash('sha256').update(body).digest('base64url').slice(0, 22);
    const entry = { mtimeMs: found.mtimeMs, size: found.size, body, etag };
    cache.set(file, entry);
    return entry;
  }

  return async (c: Context, next: Next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return next();
    const file = await fileFor(root, c.req.path.slice(prefix.length) || '/');
    const entry = file && (await entryFor(file));
    if (!file || !entry) return next();
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const compressible = COMPRESSIBLE.test(type) && entry.size >= MIN_COMPRESS_BYTES;
    const encoding = compressible ? chooseEncoding(c.req.header('accept-encoding')) : undefined;
    const headers: Record<string, string> = {
      'content-type': type,
      etag: `"${entry.etag}${encoding ? `-${encoding}` : ''}"`,
      'cache-control': CONTENT_HASHED.test(file.slice(file.lastIndexOf(sep) + 1))
        ? IMMUTABLE
        : REVALIDATE,
      ...(compressible ? { vary: 'accept-encoding' } : {}),
    };
    // Any encoding's ETag names the same content, so any of them revalidates it.
    const known = c.req
      .header('if-none-match')
      ?.split(',')
      .map((tag) => /^\s*(?:W\/)?"([\w-]{22})/.exec(tag)?.[1]);
    if (known?.includes(entry.etag)) return new Response(null, { status: 304, headers });
    let body = entry.body;
    if (encoding === 'br') {
      body = entry.br ??= brotliCompressSync(entry.body, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: 11,
          [constants.BROTLI_PARAM_SIZE_HINT]: entry.size,
        },
      });
    } else if (encoding === 'gzip') {
      body = entry.gzip ??= gzipSync(entry.body, { level: 9 });
    }
    if (encoding) headers['content-encoding'] = encoding;
    headers['content-length'] = String(body.length);
    return new Response(c.req.method === 'HEAD' ? null : new Uint8Array(body), { headers });
  };
}

/**
 * Serves the demo's pages from the same process as the API; folders that are absent are
 * skipped. Compressed once per file and encoding, kept in memory (the folders are small and fixed).
 */
export function mountStatic(app: Hono, dirs: StaticDirs): void {
  if (dirs.elements !== undefined && existsSync(dirs.elements)) {
    app.use('/elements/*', serveFolder(dirs.elements, '/elements'));
  }
  if (dirs.pages !== undefined && existsSync(dirs.pages)) {
    app.use('/*', serveFolder(dirs.pages, ''));
  }
}
