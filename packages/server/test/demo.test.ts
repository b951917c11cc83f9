import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpBackend } from '@wellvisit/sdk';
import { DEMO_SESSIONS } from '@wellvisit/sdk/demo';
import { findForbiddenKeys } from '@wellvisit/sdk/conformance';
import type { Database } from '../src/db/database.js';
import { seedDemo } from '../src/demo/seed.js';
import { RIVERTON_ROSTER_SIZE, demoWorld } from '../src/demo/world.js';
import { snapshotPglite } from './support/databases.js';
import { call } from './support/http.js';
import { startTestServer, type TestServer } from './support/server.js';

let db: Database;
let demo: TestServer;
let plain: TestServer;
let pages: string;

beforeAll(async () => {
  pages = await mkdtemp(join(tmpdir(), 'wellvisit-pages-'));
  await writeFile(join(pages, 'index.html'), '<!doctype html><title>Wellvisit demo</title>');
  await mkdir(join(pages, 'elements-dist'));
  await writeFile(join(pages, 'elements-dist', 'index.js'), 'export {};');
  db = await snapshotPglite();
  demo = await startTestServer(db, {
    demo: true,
    staticDirs: { pages, elements: join(pages, 'elements-dist') },
  });
  plain = await startTestServer(db);
});

afterAll(async () => {
  await demo.close();
  await plain.close();
  await db.close();
  await rm(pages, { recursive: true, force: true });
});

const signIn = (server: TestServer, body: unknown) =>
  call(server.url, 'POST', '/demo/sign-in', { body });

describe('the demo', () => {
  it('is seeded on first start only', async () => {
    expect(await seedDemo(db, () => demoWorld(demo.now()), demo.now())).toBe(true);
    expect(await seedDemo(db, () => demoWorld(demo.now()), demo.now())).toBe(false);
    const [row] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM officers WHERE department_id = $1`,
      [DEMO_SESSIONS.officer.departmentId],
    );
    expect(row?.n).toBe(RIVERTON_ROSTER_SIZE);
  });

  it('signs in as each role, and the roster of 1,000 shows attendance only', async () => {
    const tokens: Record<string, string> = {};
    for (const role of ['officer', 'clinician', 'department-admin'] as const) {
      const reply = await signIn(demo, { role });
      expect(reply.status, JSON.stringify(reply.body)).toBe(200);
      tokens[role] = (reply.body as { token: string }).token;
    }
    const officer = createHttpBackend({ baseUrl: demo.url, token: tokens.officer ?? '' });
    expect((await officer.officer.me()).displayName).toBe('Ana Ruiz');
    const clinician = createHttpBackend({ baseUrl: demo.url, token: tokens.clinician ?? '' });
    expect((await clinician.clinician.me()).displayName).toBe('Dr. Maya Brooks');
    const department = createHttpBackend({
      baseUrl: demo.url,
      token: tokens['department-admin'] ?? '',
    });
    const roster = await department.department.roster({ limit: 10_000 });
    expect(roster.total).toBe(RIVERTON_ROSTER_SIZE);
    expect(roster.records.slice(0, 3).map((r) => r.officerName)).toEqual(
      [...roster.records.slice(0, 3).map((r) => r.officerName)].sort(),
    );
    expect(roster.counts.completed).toBeGreaterThan(100);
    expect(roster.counts.due).toBeGreaterThan(100);
    expect(roster.counts.excused).toBeGreaterThan(1);
    expect(findForbiddenKeys(roster)).toEqual([]);
    const other = await signIn(demo, { role: 'officer', id: 'officer-zoe-martin' });
    expect((other.body as { session: unknown }).session).toEqual({
      role: 'officer',
      officerId: 'officer-zoe-martin',
      departmentId: DEMO_SESSIONS.officer.departmentId,
    });
    expect((await signIn(demo, { role: 'officer', id: 'nobody' })).status).toBe(404);
    expect((await signIn(demo, { role: 'root' })).status).toBe(422);
  });

  it('demo sign-in exists in demo mode only', async () => {
    const reply = await signIn(plain, { role: 'officer' });
    expect(reply.status).toBe(404);
  });

  it('serves the pages at / and the elements at /elements/', async () => {
    const page = await fetch(`${demo.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Wellvisit demo');
    const script = await fetch(`${demo.url}/elements/index.js`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${demo.url}/../../etc/passwd`)).status).toBe(404);
    const health = await call(demo.url, 'GET', '/healthz');
    expect(health.body).toEqual({ ok: true });
  });
});
