import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { call, codeOf } from './support/http.js';
import { TEST_TOKEN_SECRET, startTestServer, type TestServer } from './support/server.js';
import { createTestWorld, type TestWorld } from './support/world.js';

let db: Database;
let server: TestServer;
let world: TestWorld;

beforeAll(async () => {
  db = await snapshotPglite();
  server = await startTestServer(db);
  world = await createTestWorld(server);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

const me = (token: string) => call(server.url, 'GET', '/v1/officer/me', { token });

/** A token signed like the server's, with claims of the test's choosing. */
function forge(
  claims: Record<string, unknown>,
  options: {
    secret?: Uint8Array;
    audience?: string;
    /** Seconds from now; `null` leaves `exp` out. */
    expiresIn?: number | null;
    issuedAt?: boolean;
  } = {},
) {
  const now = Math.floor(server.now().getTime() / 1000);
  const jwt = new SignJWT({ role: 'officer', tid: world.ids.departmentA, ...claims })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(world.ids.officerA1)
    .setIssuer('wellvisit-server')
    .setAudience(options.audience ?? 'wellvisit-api');
  if (options.issuedAt !== false) jwt.setIssuedAt(now);
  if (options.expiresIn !== null) jwt.setExpirationTime(now + (options.expiresIn ?? 600));
  return jwt.sign(options.secret ?? TEST_TOKEN_SECRET);
}

describe('embed tokens', () => {
  it('a token issued by the admin API works, and says who it acts as', async () => {
    const token = await world.token(world.sessions.officerA1);
    expect((await me(token)).status).toBe(200);
    const session = await call(server.url, 'GET', '/v1/session', { token });
    expect(session.body).toEqual(world.sessions.officerA1);
    // A correctly forged token proves the forging helper matches the server's format.
    expect((await me(await forge({}))).status).toBe(200);
  });

  it('a tampered token is refused', async () => {
    const token = await world.token(world.sessions.officerA1);
    const [header, payload, signature] = token.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const swapped = Buffer.from(JSON.stringify({ ...claims, sub: world.ids.officerA2 })).toString(
      'base64url',
    );
    for (const bad of [
      `${header}.${swapped}.${signature}`,
      `${header}.${payload}.${signature.slice(0, -2)}xx`,
      `${header}.${payload}.`,
      'not-a-token',
    ]) {
      const reply = await me(bad);
      expect(reply.status, bad).toBe(401);
      expect(codeOf(reply)).toBe('invalid-token');
      expect(reply.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('a token whose last character only changes unused bits is still refused', async () => {
    // 32 signature bytes take 43 base64url characters: the last one carries 2 spare bits.
    for (let i = 0; i < 40; i++) {
      const token = await world.token(world.sessions.officerA1);
      const last = token.at(-1) ?? '';
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      const index = alphabet.indexOf(last);
      // The character with the same 4 data bits and different spare bits.
      const twin = alphabet[(index & ~3) | ((index + 1) & 3)] ?? last;
      const reply = await me(`${token.slice(0, -1)}${twin}`);
      expect(reply.status).toBe(401);
    }
  });

  it('an unsigned token (alg none) is refused', async () => {
    const header = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const token = await forge({});
    const payload = token.split('.')[1] ?? '';
    expect((await me(`${header}.${payload}.`)).status).toBe(401);
  });

  it('a token signed with another secret, or for another audience, is refused', async () => {
    const otherSecret = new TextEncoder().encode('another-secret-that-is-32-bytes-long!');
    expect((await me(await forge({}, { secret: otherSecret }))).status).toBe(401);
    const foreign = await me(await forge({}, { audience: 'some-other-api' }));
    expect(foreign.status).toBe(401);
    expect(codeOf(foreign)).toBe('invalid-token');
  });

  it('a token with claims that do not make a session is refused', async () => {
    expect((await me(await forge({ role: 'superuser' }))).status).toBe(401);
    expect((await me(await forge({ tid: 'bad id with spaces' }))).status).toBe(401);
  });

  it('a token without exp or iat, or living longer than an hour, is refused', async () => {
    expect((await me(await forge({}))).status).toBe(200);
    for (const token of [
      await forge({}, { expiresIn: null }),
      await forge({}, { issuedAt: false }),
      await forge({}, { expiresIn: 3601 }),
    ]) {
      const reply = await me(token);
      expect(reply.status).toBe(401);
      expect(codeOf(reply)).toBe('invalid-token');
    }
  });

  it('a verified token is remembered: the same grant until it expires', async () => {
    const tokens = server.server.tokens;
    const { token } = await tokens.issue({ session: world.sessions.officerA1, ttlSeconds: 60 });
    const first = await tokens.verify(token);
    expect(await tokens.verify(token)).toBe(first);
    expect(first.session).toEqual(world.sessions.officerA1);
    server.advanceTime(60_000);
    await expect(tokens.verify(token)).rejects.toMatchObject({ code: 'token-expired' });
  });

  it('an expired token is refused with token-expired', async () => {
    const token = (
      await server.server.tokens.issue({ session: world.sessions.officerA1, ttlSeconds: 60 })
    ).token;
    expect((await me(token)).status).toBe(200);
    server.advanceTime(61_000);
    const reply = await me(token);
    expect(reply.status).toBe(401);
    expect(codeOf(reply)).toBe('token-expired');
  });

  it('tokens live 900 s by default and never more than an hour', async () => {
    const before = server.now().getTime();
    const issued = await call(server.url, 'POST', '/v1/admin/tokens', {
      token: server.adminKey,
      body: { session: world.sessions.officerA1 },
    });
    const expiresAt = Date.parse((issued.body as { expiresAt: string }).expiresAt);
    expect(expiresAt - before).toBeGreaterThanOrEqual(899_000);
    expect(expiresAt - before).toBeLessThanOrEqual(901_000);
    const tooLong = await call(server.url, 'POST', '/v1/admin/tokens', {
      token: server.adminKey,
      body: { session: world.sessions.officerA1, ttlSeconds: 7200 },
    });
    expect(tooLong.status).toBe(422);
  });
});
