import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hono } from 'hono';
import * as z from 'zod/mini';
import { parseOrThrow } from '@wellvisit/sdk';
import { readJsonBody } from '../http/body.js';
import type { DemoClock } from './clock.js';

const MAX_ADVANCE_MINUTES = 60 * 24 * 90;

const Advance = z.object({
  /** How far to move the demo clock forward: 1 minute to 90 days. */
  minutes: z.int().check(z.gte(1), z.lte(MAX_ADVANCE_MINUTES)),
});

/** What `examples/department-intranet/host-backend.mjs` exports. */
const HostBackendModule = z.object({
  createHostBackend: z.custom<
    (options: { adminKey: string }) => (request: Request) => Promise<Response>
  >((value) => typeof value === 'function'),
});

/** Where the example intranet's own backend answers, as a real intranet's server would. */
export const HOST_BACKEND_PATH = '/department-intranet/session-token';

/**
 * Demo-only routes beside `POST /demo/sign-in`: `POST /demo/advance-time {minutes}` moves the
 * server's clock (`GET /demo/clock` reads it), and the example intranet's host backend (which holds the API key and mints
 * embed tokens for its signed-in user) is mounted at {@link HOST_BACKEND_PATH}.
 */
export async function mountDemoExtras(
  app: Hono,
  deps: { clock: DemoClock; adminKey: string; examplesDir: string },
): Promise<void> {
  app.get('/demo/clock', (c) => c.json({ now: deps.clock.now().toISOString() }));
  app.post('/demo/advance-time', async (c) => {
    const { minutes } = parseOrThrow(Advance, (await readJsonBody(c)) ?? {}, 'advance-time');
    const now = deps.clock.advance(minutes * 60_000);
    return c.json({ now: now.toISOString() });
  });

  const file = join(deps.examplesDir, 'department-intranet', 'host-backend.mjs');
  if (!existsSync(file)) return;
  const loaded: unknown = await import(pathToFileURL(file).href);
  const { createHostBackend } = parseOrThrow(HostBackendModule, loaded, 'host-backend');
  const handle = createHostBackend({ adminKey: deps.adminKey });
  app.post(HOST_BACKEND_PATH, (c) => handle(c.req.raw));
}
