import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { call, codeOf, type Reply } from './support/http.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createTestWorld, type TestWorld } from './support/world.js';

let db: Database;
let server: TestServer;
let world: TestWorld;
let officer: string;

beforeAll(async () => {
  db = await snapshotPglite();
  server = await startTestServer(db, { bodyLimitBytes: 16 * 1024 });
  world = await createTestWorld(server);
  officer = await world.token(world.sessions.officerA1);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

/** Row counts of every table a bad request could have written to. */
async function counts(): Promise<Record<string, number>> {
  const tables = [
    'departments',
    'officers',
    'practices',
    'clinicians',
    'visits',
    'idempotency_keys',
    'reminder_jobs',
    'audit_events',
  ];
  const result: Record<string, number> = {};
  for (const table of tables) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    result[table] = row?.n ?? -1;
  }
  return result;
}

function expectProblem(reply: Reply, status: number, code: string): void {
  expect(reply.status, JSON.stringify(reply.body)).toBe(status);
  expect(reply.headers.get('content-type')).toBe('application/problem+json');
  const problem = reply.body as Record<string, unknown>;
  expect(problem).toMatchObject({ status, code, type: `urn:wellvisit:problem:${code}` });
  expect(typeof problem.title).toBe('string');
  expect(typeof problem.detail).toBe('string');
}

describe('bad input gets a 4xx problem and writes nothing', () => {
  it('malformed JSON is a 400', async () => {
    const before = await counts();
    for (const rawBody of ['{', '{"clinicianId": }', 'null,', "{'a':1}"]) {
      const reply = await call(server.url, 'POST', '/v1/officer/visits', {
        token: officer,
        rawBody,
      });
      expectProblem(reply, 400, 'malformed-json');
    }
    const admin = await call(server.url, 'POST', '/v1/admin/departments', {
      token: server.adminKey,
      rawBody: '{"name":',
    });
    expectProblem(admin, 400, 'malformed-json');
    expect(await counts()).toEqual(before);
  });

  it('a body that is not JSON is a 415', async () => {
    const before = await counts();
    const reply = await call(server.url, 'POST', '/v1/officer/visits', {
      token: officer,
      rawBody: 'clinicianId=x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expectProblem(reply, 415, 'unsupported-media-type');
    expect(await counts()).toEqual(before);
  });

  it('wrong types are a 422 naming each field', async () => {
    const before = await counts();
    const booking = await call(server.url, 'POST', '/v1/officer/visits', {
      token: officer,
      body: { clinicianId: 42, start: 'tomorrow', modality: 'telepathy' },
    });
    expectProblem(booking, 422, 'invalid-input');
    const paths = (booking.body as { issues: { path: unknown[] }[] }).issues.map((i) =>
      i.path.join('.'),
    );
    expect(paths).toEqual(expect.arrayContaining(['clinicianId', 'start', 'modality']));

    const department = await call(server.url, 'POST', '/v1/admin/departments', {
      token: server.adminKey,
      body: {
        name: 'X',
        timeZone: 'Mars/Olympus',
        policy: { cadence: 'annual', periodStartMonth: 13, required: 'yes', graceDays: 0 },
      },
    });
    expectProblem(department, 422, 'invalid-input');
    const departmentPaths = (department.body as { issues: { path: unknown[] }[] }).issues.map((i) =>
      i.path.join('.'),
    );
    expect(departmentPaths).toEqual(
      expect.arrayContaining(['timeZone', 'policy.periodStartMonth', 'policy.required']),
    );

    const query = await call(server.url, 'GET', '/v1/department/roster?limit=lots', {
      token: await world.token(world.sessions.adminA),
    });
    expectProblem(query, 422, 'invalid-input');
    const path = await call(server.url, 'GET', '/v1/officer/visits/has%20spaces', {
      token: officer,
    });
    expectProblem(path, 422, 'invalid-input');
    // The audit log records reads, and an invalid request reads nothing.
    expect(await counts()).toEqual(before);
  });

  it('no clinical free text fits anywhere: unknown fields are dropped, names are one line', async () => {
    const before = await counts();
    const created = await call(server.url, 'POST', '/v1/admin/officers', {
      token: server.adminKey,
      body: {
        departmentId: world.ids.departmentA,
        displayName: 'Dee\nNotes: anxious',
        timeZone: 'UTC',
      },
    });
    expectProblem(created, 422, 'invalid-input');
    expect(await counts()).toEqual(before);
    const [slot] = await world.slots(world.sessions.officerA1, world.ids.clinicianC);
    const booked = await call(server.url, 'POST', '/v1/officer/visits', {
      token: officer,
      body: {
        clinicianId: world.ids.clinicianC,
        start: slot?.start,
        modality: 'virtual',
        reason: 'stress',
        notes: 'x',
      },
    });
    expect(booked.status).toBe(201);
    expect(Object.keys(booked.body as object)).not.toContain('reason');
    const columns = await db.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'`,
    );
    const names = columns.map((c) => c.column_name);
    for (const forbidden of ['reason', 'notes', 'note', 'comment', 'description', 'diagnosis']) {
      expect(names).not.toContain(forbidden);
    }
  });

  it('an oversized body is a 413 before anything is parsed', async () => {
    const before = await counts();
    const huge = JSON.stringify({ name: 'x'.repeat(20 * 1024) });
    const reply = await call(server.url, 'POST', '/v1/admin/departments', {
      token: server.adminKey,
      rawBody: huge,
    });
    expectProblem(reply, 413, 'body-too-large');
    const booking = await call(server.url, 'POST', '/v1/officer/visits', {
      token: officer,
      rawBody: huge,
    });
    expectProblem(booking, 413, 'body-too-large');
    expect(await counts()).toEqual(before);
  });

  it('unknown routes are a 404 problem', async () => {
    const reply = await call(server.url, 'GET', '/v1/officer/secrets', { token: officer });
    expectProblem(reply, 404, 'no-such-route');
    expect(codeOf(await call(server.url, 'DELETE', '/v1/officer/me', { token: officer }))).toBe(
      'no-such-route',
    );
  });
});
