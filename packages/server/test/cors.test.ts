import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { call, codeOf } from './support/http.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createTestWorld, type TestWorld } from './support/world.js';

const INTRANET = 'https://intranet.dept-a.example';
const PRACTICE_SITE = 'https://practice-p.example';
const STRANGER = 'https://evil.example';

let db: Database;
let server: TestServer;
let world: TestWorld;

beforeAll(async () => {
  db = await snapshotPglite();
  server = await startTestServer(db);
  world = await createTestWorld(server);
  const set = (kind: string, id: string, origins: string[]) =>
    call(server.url, 'PUT', `/v1/admin/origins/${kind}/${id}`, {
      token: server.adminKey,
      body: { origins },
    });
  expect((await set('department', world.ids.departmentA, [INTRANET])).status).toBe(200);
  expect((await set('practice', world.ids.practiceP, [`${PRACTICE_SITE}/`])).status).toBe(200);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

const fromOrigin = (origin: string, token: string, path = '/v1/officer/me') =>
  call(server.url, 'GET', path, { token, headers: { origin } });

describe('CORS and the per-tenant origin allowlist', () => {
  it('the admin API stores origins normalised, and validates them', async () => {
    const reply = await call(
      server.url,
      'GET',
      `/v1/admin/origins/practice/${world.ids.practiceP}`,
      {
        token: server.adminKey,
      },
    );
    expect(reply.body).toEqual({ origins: [PRACTICE_SITE] });
    const bad = await call(
      server.url,
      'PUT',
      `/v1/admin/origins/department/${world.ids.departmentA}`,
      {
        token: server.adminKey,
        body: { origins: ['javascript:alert(1)'] },
      },
    );
    expect(bad.status).toBe(422);
    expect((bad.body as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(['origins', 0]);
    const unknown = await call(server.url, 'PUT', '/v1/admin/origins/department/nope', {
      token: server.adminKey,
      body: { origins: [] },
    });
    expect(unknown.status).toBe(404);
  });

  it('a preflight from an allowed origin is answered; from another origin it is refused', async () => {
    const preflight = (origin: string) =>
      call(server.url, 'OPTIONS', '/v1/officer/visits', {
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization, content-type',
        },
      });
    const ok = await preflight(INTRANET);
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe(INTRANET);
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    const refused = await preflight(STRANGER);
    expect(refused.status).toBe(403);
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("a token is usable from its tenant's origins only", async () => {
    const officer = await world.token(world.sessions.officerA1);
    const ok = await fromOrigin(INTRANET, officer);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('access-control-allow-origin')).toBe(INTRANET);
    const stranger = await fromOrigin(STRANGER, officer);
    expect(stranger.status).toBe(403);
    expect(codeOf(stranger)).toBe('origin-not-allowed');
    // The practice's site is allowed for the practice, not for the department's officers.
    const crossTenant = await fromOrigin(PRACTICE_SITE, officer);
    expect(crossTenant.status).toBe(403);
    const clinician = await world.token(world.sessions.clinicianC);
    expect((await fromOrigin(PRACTICE_SITE, clinician, '/v1/clinician/me')).status).toBe(200);
  });

  it('a token pinned to an origin works from that origin only', async () => {
    const pinned = await world.token(world.sessions.officerA1, 'https://other.dept-a.example');
    const reply = await fromOrigin(INTRANET, pinned);
    expect(reply.status).toBe(403);
    expect(codeOf(reply)).toBe('origin-not-allowed');
    const matching = await world.token(world.sessions.officerA1, `${INTRANET}/some/page`);
    expect((await fromOrigin(INTRANET, matching)).status).toBe(200);
  });

  it('same-origin pages and server-side callers need no allowlist entry', async () => {
    const officerB = await world.token(world.sessions.officerB1);
    expect((await fromOrigin(server.url, officerB)).status).toBe(200);
    expect((await call(server.url, 'GET', '/v1/officer/me', { token: officerB })).status).toBe(200);
  });

  it('admin routes refuse browsers outright', async () => {
    const reply = await call(server.url, 'POST', '/v1/admin/tokens', {
      token: server.adminKey,
      headers: { origin: INTRANET },
      body: { session: world.sessions.officerA1 },
    });
    expect(reply.status).toBe(403);
    expect(reply.headers.get('access-control-allow-origin')).toBeNull();
  });
});
