import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { TokenService } from './auth/tokens.js';
import type { SqlBackend } from './backend/index.js';
import type { Database } from './db/database.js';
import { cors } from './http/cors.js';
import { RequestProblem, errorResponse, problemResponse } from './http/problem.js';
import type { RateLimiter } from './http/rate-limit.js';
import { mountApi } from './routes/api.js';
import { mountDemo } from './routes/demo.js';
import { openApiDocument } from './routes/openapi.js';
import { originsAdmin } from './routes/origins.js';
import { mountStatic, type StaticDirs } from './routes/static.js';

export interface AppDeps {
  db: Database;
  backend: SqlBackend;
  tokens: TokenService;
  adminKey: string;
  demo: boolean;
  bodyLimitBytes: number;
  bookingLimiter?: RateLimiter;
  tokenLimiter?: RateLimiter;
  staticDirs: StaticDirs;
  /** Check every response against its schema (off in production, where clients check). */
  checkResponses: boolean;
}

/** The HTTP application: API under /v1/, health, OpenAPI, demo sign-in and pages. */
export function createApp(deps: AppDeps): Hono {
  const app = new Hono();
  app.onError((error, c) => errorResponse(c, error));
  app.notFound((c) =>
    errorResponse(
      c,
      new RequestProblem(
        404,
        'no-such-route',
        'Not found',
        `No route ${c.req.method} ${c.req.path}`,
      ),
    ),
  );

  app.use('*', async (c, next) => {
    await next();
    c.header('x-content-type-options', 'nosniff');
  });

  app.get('/healthz', async (c) => {
    await deps.db.query('SELECT 1');
    return c.json({ ok: true });
  });
  app.get('/openapi.json', (c) => c.json(openApiDocument(new URL(c.req.url).origin)));

  app.use('/v1/*', async (c, next) => {
    await next();
    c.header('cache-control', 'no-store');
  });
  const tooLarge = bodyLimit({
    maxSize: deps.bodyLimitBytes,
    onError: (c) =>
      problemResponse(
        c,
        new RequestProblem(
          413,
          'body-too-large',
          'Content too large',
          `Request bodies are limited to ${deps.bodyLimitBytes} bytes`,
        ).problem,
      ),
  });
  app.use('/v1/*', tooLarge);
  app.use('/demo/*', tooLarge);
  app.use('/v1/*', cors(deps.db));

  mountApi(app, {
    ...deps,
    adminExtras: originsAdmin(deps.db),
    checkResponses: deps.checkResponses,
  });
  if (deps.demo) {
    mountDemo(app, {
      db: deps.db,
      tokens: deps.tokens,
      ...(deps.tokenLimiter ? { limiter: deps.tokenLimiter } : {}),
    });
  }
  mountStatic(app, deps.staticDirs);
  return app;
}
