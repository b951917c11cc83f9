import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, Visit } from '@wellvisit/sdk';
import { API_ROUTES, routeAuth, type ApiRoute, type RouteName } from '@wellvisit/sdk/server';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { call, codeOf } from './support/http.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createTestWorld, openAvailability, type TestWorld } from './support/world.js';

// Every endpoint × every role × a foreign tenant, over raw HTTP.

let db: Database;
let server: TestServer;
let world: TestWorld;
let visit: Visit;
let freeStart: string;

beforeAll(async () => {
  db = await snapshotPglite();
  server = await startTestServer(db, { rateLimits: { booking: false, tokens: false } });
  world = await createTestWorld(server);
  const [first, second] = await world.slots(world.sessions.officerA1, world.ids.clinicianC);
  if (!first || !second) throw new Error('the world has free slots');
  visit = await (
    await world.as(world.sessions.officerA1)
  ).officer.book({
    clinicianId: world.ids.clinicianC,
    start: first.start,
    modality: 'virtual',
  });
  freeStart = second.start;
});

afterAll(async () => {
  await server.close();
  await db.close();
});

interface Input {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

/** A valid request of each route, for the role that owns it, in tenant A. */
function inputFor(name: RouteName): Input {
  const { ids } = world;
  const period = `${server.now().getUTCFullYear()}-01`;
  switch (name) {
    case 'officer.listSlots':
      return {
        query: {
          from: new Date(server.now().getTime() + 86_400_000).toISOString(),
          to: new Date(server.now().getTime() + 2 * 86_400_000).toISOString(),
        },
      };
    case 'officer.book':
      return { body: { clinicianId: ids.clinicianC, start: freeStart, modality: 'virtual' } };
    case 'officer.getVisit':
    case 'officer.cancel':
      return { params: { id: visit.id }, body: {} };
    case 'officer.reschedule':
      return { params: { id: visit.id }, body: { start: freeStart } };
    case 'officer.setReminderPreferences':
      return { body: { channels: [], leadTimesMinutes: [60], discreet: true } };
    case 'clinician.markAttendance':
      return { params: { id: visit.id }, body: { outcome: 'fulfilled' } };
    case 'clinician.setAvailability':
      return { body: openAvailability(ids.clinicianC) };
    case 'department.updatePolicy':
      return {
        body: { cadence: 'annual', periodStartMonth: 1, required: true, graceDays: 30 },
      };
    case 'department.attendance':
      return { params: { officerId: ids.officerA1 } };
    case 'department.excuse':
    case 'department.unexcuse':
      return { params: { officerId: ids.officerA1, periodId: period } };
    case 'admin.createDepartment':
      return {
        body: {
          name: 'X',
          timeZone: 'UTC',
          policy: { cadence: 'annual', periodStartMonth: 1, required: false, graceDays: 0 },
        },
      };
    case 'admin.createOfficer':
      return {
        body: { departmentId: ids.departmentA, displayName: 'New Officer', timeZone: 'UTC' },
      };
    case 'admin.setOfficerService':
      return { params: { officerId: ids.officerA2 }, body: { serviceStart: '2020-01-01' } };
    case 'admin.createPractice':
      return { body: { name: 'P', timeZone: 'UTC', departmentIds: [] } };
    case 'admin.createClinician':
      return {
        body: {
          practiceId: ids.practiceP,
          displayName: 'New Clinician',
          credentials: [],
          languages: ['en'],
          modalities: ['virtual'],
          lawEnforcementTrained: false,
          timeZone: 'UTC',
        },
      };
    case 'admin.setVideoRoom':
      return { params: { id: ids.clinicianC }, body: { url: 'https://video.example.org/{room}' } };
    case 'admin.setManageLink':
      return {
        params: { id: ids.departmentA },
        body: { url: 'https://intranet.example.gov/visit/{visitId}?t={token}' },
      };
    case 'admin.issueToken':
      return { body: { session: world.sessions.officerA1 } };
    default:
      return {};
  }
}

function send(name: RouteName, credential: string | undefined, input = inputFor(name)) {
  const route: ApiRoute = API_ROUTES[name];
  const path = route.path.replace(/:(\w+)/g, (_, key: string) => input.params?.[key] ?? 'x');
  const query = input.query ? `?${new URLSearchParams(input.query).toString()}` : '';
  return call(server.url, route.method, `${path}${query}`, {
    ...(credential === undefined ? {} : { token: credential }),
    ...(route.body && input.body !== undefined ? { body: input.body } : {}),
  });
}

const ROUTES = Object.entries(API_ROUTES) as [RouteName, ApiRoute][];
const SESSION_ROUTES = ROUTES.filter(([name]) => routeAuth(name) !== 'admin');
const ADMIN_ROUTES = ROUTES.filter(([name]) => routeAuth(name) === 'admin');
const ROLES = ['officerA1', 'clinicianC', 'adminA'] as const;

describe('every session route × every role', () => {
  // Reads first, so that the writes among them cannot change what a later check sees.
  const ordered = [...SESSION_ROUTES].sort(([, a], [, b]) =>
    a.method === 'GET' ? (b.method === 'GET' ? 0 : -1) : b.method === 'GET' ? 1 : 0,
  );
  for (const [name, route] of ordered) {
    it(`${route.method} ${route.path} (${name})`, async () => {
      for (const role of ROLES) {
        const session: Session = world.sessions[role];
        const reply = await send(name, await world.token(session));
        const owner = routeAuth(name) === 'any' || routeAuth(name) === session.role;
        if (owner) {
          // The owner reaches the operation: success, or a domain answer about the data.
          expect(
            [401, 403, 500],
            `${role} on ${name}: ${JSON.stringify(reply.body)}`,
          ).not.toContain(reply.status);
          if (route.method === 'GET') expect(reply.status, `${role} on ${name}`).toBe(200);
        } else {
          expect(reply.status, `${role} on ${name}`).toBe(403);
          expect(codeOf(reply)).toBe('wrong-role');
        }
      }
      const anonymous = await send(name, undefined);
      expect(anonymous.status).toBe(401);
      expect(codeOf(anonymous)).toBe('missing-credentials');
      // The API key is for admin routes only; it is not an embed token.
      const withKey = await send(name, server.adminKey);
      expect(withKey.status).toBe(401);
      expect(codeOf(withKey)).toBe('invalid-token');
    });
  }
});

describe('admin routes', () => {
  for (const [name, route] of ADMIN_ROUTES) {
    it(`${route.method} ${route.path} needs the API key, and no embed token will do`, async () => {
      for (const role of ROLES) {
        const reply = await send(name, await world.token(world.sessions[role]));
        expect(reply.status, role).toBe(401);
        expect(codeOf(reply)).toBe('invalid-api-key');
      }
      expect((await send(name, undefined)).status).toBe(401);
      expect((await send(name, 'wvk_a_guessed_key_that_is_long_enough')).status).toBe(401);
      const reply = await send(name, server.adminKey);
      expect(reply.status, JSON.stringify(reply.body)).toBe(route.created ? 201 : 200);
    });
  }
});

describe('a foreign tenant', () => {
  it("cannot reach another department's officer, visit or clinician: 404, and nothing changes", async () => {
    const { ids, sessions } = world;
    const officerB = await world.token(sessions.officerB1);
    const officerA2 = await world.token(sessions.officerA2);
    const clinicianD = await world.token(sessions.clinicianD);
    const adminB = await world.token(sessions.adminB);
    const denied = [
      [officerB, 'officer.getVisit', { params: { id: visit.id } }],
      [officerA2, 'officer.getVisit', { params: { id: visit.id } }],
      [officerB, 'officer.cancel', { params: { id: visit.id }, body: {} }],
      [officerA2, 'officer.reschedule', { params: { id: visit.id }, body: { start: freeStart } }],
      [
        officerB,
        'officer.book',
        { body: { clinicianId: ids.clinicianC, start: freeStart, modality: 'virtual' } },
      ],
      [
        officerB,
        'officer.listSlots',
        { query: { clinicianId: ids.clinicianC, ...inputFor('officer.listSlots').query } },
      ],
      [
        clinicianD,
        'clinician.markAttendance',
        { params: { id: visit.id }, body: { outcome: 'noshow' } },
      ],
      [adminB, 'department.attendance', { params: { officerId: ids.officerA1 } }],
      [adminB, 'department.excuse', { params: { officerId: ids.officerA1, periodId: '2026-01' } }],
      [
        adminB,
        'department.unexcuse',
        { params: { officerId: ids.officerA1, periodId: '2026-01' } },
      ],
    ] as const;
    const before = await db.query('SELECT status, version FROM visits WHERE id = $1', [visit.id]);
    for (const [token, name, input] of denied) {
      const reply = await send(name, token, input);
      expect(reply.status, `${name}: ${JSON.stringify(reply.body)}`).toBe(404);
      expect(codeOf(reply)).toBe('not-found');
    }
    expect(await db.query('SELECT status, version FROM visits WHERE id = $1', [visit.id])).toEqual(
      before,
    );
    const excusals = await db.query('SELECT 1 FROM excusals WHERE officer_id = $1', [
      ids.officerA1,
    ]);
    expect(excusals).toHaveLength(0);
  });

  it("does not list the other tenant's people", async () => {
    const officerB = await world.as(world.sessions.officerB1);
    const clinicians = await officerB.officer.listClinicians();
    expect(clinicians.map((c) => c.id)).toEqual([world.ids.clinicianD]);
    const adminB = await world.as(world.sessions.adminB);
    const roster = await adminB.department.roster();
    expect(roster.records.map((r) => r.officerId)).toEqual([world.ids.officerB1]);
    const clinician = await world.as(world.sessions.clinicianD);
    expect(await clinician.clinician.listVisits({ from: '2000-01-01T00:00:00Z' })).toEqual([]);
  });

  it('a token claiming another tenant for a real principal is refused', async () => {
    const admin = (await import('@wellvisit/sdk')).createHttpBackend({
      baseUrl: server.url,
      token: server.adminKey,
    }).admin;
    await expect(
      admin.issueToken({
        session: {
          role: 'officer',
          officerId: world.ids.officerA1,
          departmentId: world.ids.departmentB,
        },
      }),
    ).rejects.toMatchObject({ name: 'NotFoundError' });
    // Minted by someone holding the secret but naming a mismatched tenant: still refused.
    const forged = await server.server.tokens.issue({
      session: {
        role: 'officer',
        officerId: world.ids.officerA1,
        departmentId: world.ids.departmentB,
      },
    });
    const reply = await call(server.url, 'GET', '/v1/officer/me', { token: forged.token });
    expect(reply.status).toBe(401);
    expect(codeOf(reply)).toBe('unknown-principal');
  });
});
