// The intranet's own backend, as a real intranet would run it: it holds the Wellvisit API key
// (never sent to a browser) and exchanges it for a short-lived embed token scoped to the person
// signed in to the intranet. In the demo, "signed in" is the user picker on the page; a real
// intranet takes the user from its own session cookie and ignores the request body.
//
// The demo server mounts `createHostBackend` at POST /department-intranet/session-token.
// Run on its own with `WELLVISIT_URL=… WELLVISIT_ADMIN_KEY=… node host-backend.mjs`.

import { pathToFileURL } from 'node:url';

/** The intranet's users and who each one is in Wellvisit. Names and ids only. */
export const INTRANET_USERS = {
  'ana.ruiz': {
    role: 'officer',
    officerId: 'officer-ana-ruiz',
    departmentId: 'riverton-pd',
  },
  'grace.whitfield': {
    role: 'officer',
    officerId: 'officer-grace-whitfield',
    departmentId: 'riverton-pd',
  },
  'zoe.martin': {
    role: 'officer',
    officerId: 'officer-zoe-martin',
    departmentId: 'riverton-pd',
  },
  'wellness.coordinator': {
    role: 'department-admin',
    adminId: 'admin-riverton-pd',
    departmentId: 'riverton-pd',
  },
};

/** Tokens live ten minutes; the page asks again (through its tokenProvider) when one expires. */
const TOKEN_TTL_SECONDS = 600;

const json = (status, body) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });

/**
 * A request handler for `POST {"user": "<intranet user>"}` answering `{ token, expiresAt }`.
 * `wellvisitUrl` defaults to the origin the request came in on (the demo serves both).
 */
export function createHostBackend({ adminKey, wellvisitUrl, fetch: send = fetch }) {
  if (typeof adminKey !== 'string' || adminKey.length < 32) {
    throw new Error('host-backend: adminKey must be the Wellvisit API key (32+ characters)');
  }
  return async function handle(request) {
    let body;
    try {
      body = await request.json();
    } catch {
      return json(400, { error: 'Send {"user": "…"} as JSON' });
    }
    const user = typeof body?.user === 'string' ? body.user : '';
    if (!Object.hasOwn(INTRANET_USERS, user)) return json(403, { error: 'Unknown intranet user' });
    const base = wellvisitUrl ?? new URL(request.url).origin;
    const exchanged = await send(new URL('/v1/admin/tokens', base), {
      method: 'POST',
      headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
      body: JSON.stringify({ session: INTRANET_USERS[user], ttlSeconds: TOKEN_TTL_SECONDS }),
    });
    if (!exchanged.ok) return json(502, { error: `Wellvisit answered ${exchanged.status}` });
    const { token, expiresAt } = await exchanged.json();
    return json(200, { token, expiresAt });
  };
}

// `node host-backend.mjs`: the same handler on its own port, for an intranet that proxies to it.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { createServer } = await import('node:http');
  const handle = createHostBackend({
    adminKey: process.env.WELLVISIT_ADMIN_KEY,
    wellvisitUrl: process.env.WELLVISIT_URL ?? 'http://127.0.0.1:8787',
  });
  const port = Number(process.env.PORT ?? 8788);
  createServer(async (req, res) => {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const answer = await handle(
      new Request(`http://127.0.0.1:${port}${req.url}`, {
        method: req.method,
        body: req.method === 'POST' ? Buffer.concat(chunks) : undefined,
      }),
    );
    res.writeHead(answer.status, Object.fromEntries(answer.headers));
    res.end(await answer.text());
  }).listen(port, '127.0.0.1', () => {
    console.log(`host backend on http://127.0.0.1:${port}/`);
  });
}
