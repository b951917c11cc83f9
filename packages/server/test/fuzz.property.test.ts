import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES, routeAuth, type ApiRoute } from '@wellvisit/sdk/server';
import type { Database } from '../src/db/database.js';
import { snapshotPglite } from './support/databases.js';
import { call } from './support/http.js';
import { startTestServer, type TestServer } from './support/server.js';
import { createTestWorld, type TestWorld } from './support/world.js';

// Random and hostile input to every route of the API table, each with a token of the role it
// serves: the answer is a success or a 4xx problem document, never a 5xx, and no table but the
// audit log changes (reads are audited; a refused write writes nothing).

const RUNS_PER_ROUTE = 20;
const TABLES = [
  'departments',
  'officers',
  'practices',
  'clinicians',
  'visits',
  'idempotency_keys',
  'reminder_jobs',
] as const;

let db: Database;
let server: TestServer;
let world: TestWorld;
const tokens = new Map<string, string>();

beforeAll(async () => {
  db = await snapshotPglite();
  // No rate limits: every fuzzed request should reach validation, not a 429.
  server = await startTestServer(db, { rateLimits: { booking: false, tokens: false } });
  world = await createTestWorld(server);
  tokens.set('officer', await world.token(world.sessions.officerA1));
  tokens.set('any', await world.token(world.sessions.officerA1));
  tokens.set('clinician', await world.token(world.sessions.clinicianC));
  tokens.set('department-admin', await world.token(world.sessions.adminA));
  tokens.set('admin', server.adminKey);
});

afterAll(async () => {
  await server.close();
  await db.close();
});

async function counts(): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of TABLES) {
    const [row] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
    result[table] = row?.n ?? -1;
  }
  return result;
}

/** Strings an attacker or a broken client would send. */
const hostileString = (): fc.Arbitrary<string> =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    fc.constantFrom(
      '',
      ' ',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      "'; DROP TABLE visits; --",
      "' OR '1'='1",
      '../../../etc/passwd',
      '%00',
      '\u0000',
      '\uD800',
      '__proto__',
      'constructor',
      '9999-99-99T99:99:99Z',
      '2026-02-30T10:00:00Z',
      '-1',
      '1e400',
      'NaN',
      'x'.repeat(5_000),
    ),
  );

/** Any JSON, hostile strings included, sometimes deeply nested. */
const hostileJson = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    hostileString(),
    fc.dictionary(hostileString(), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
  );

function shapeKeys(schema: ApiRoute['params'] | ApiRoute['body']): string[] {
  const def = schema?._zod.def as { shape?: Record<string, unknown> } | undefined;
  return Object.keys(def?.shape ?? {});
}

/** An object with the schema's own field names (so validation looks at each) and hostile values. */
function fieldsOf(
  keys: string[],
  value: fc.Arbitrary<unknown>,
): fc.Arbitrary<Record<string, unknown>> {
  return keys.length === 0
    ? fc.constant({})
    : fc.record(Object.fromEntries(keys.map((key) => [key, value])), { requiredKeys: [] });
}

/** Path segments sent as they are, not encoded: malformed escapes and traversal. */
const RAW_SEGMENTS = ['%', '%FF', '%E0%A4%A', '%ED%A0%80', '..', '%2e%2e', '%2F', '%00'];

function segment(value: string | undefined): string {
  const text = value ?? '';
  if (text.startsWith('raw:')) return text.slice(4);
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, as the bytes a client would send
  }
}

function pathFor(route: ApiRoute, params: Record<string, unknown>): string {
  return route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name];
    return segment(typeof value === 'string' ? value : undefined);
  });
}

const ROUTES = Object.entries(API_ROUTES).flatMap(([group, entry]) =>
  'method' in entry
    ? [[group, entry as ApiRoute] as const]
    : Object.entries(entry as Record<string, ApiRoute>).map(
        ([name, route]) => [`${group}.${name}`, route] as const,
      ),
);

describe('random and hostile input to every route', () => {
  it('covers the whole API table', () => {
    expect(ROUTES.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, route] of ROUTES) {
    it(`${route.method} ${route.path} (${name}): 2xx or a 4xx problem, never a 5xx; refused writes write nothing`, async () => {
      const token = tokens.get(routeAuth(name));
      if (token === undefined) throw new Error(`no token for ${routeAuth(name)}`);
      const request = fc.record({
        params: fieldsOf(
          shapeKeys(route.params),
          fc.oneof(hostileString(), fc.constantFrom(...RAW_SEGMENTS.map((raw) => `raw:${raw}`))),
        ),
        query: fc.oneof(
          fieldsOf(shapeKeys(route.query), hostileString()),
          fc.dictionary(hostileString(), hostileString(), { maxKeys: 4 }),
        ),
        body: fc.oneof(fieldsOf(shapeKeys(route.body), hostileJson()), hostileJson()),
        rawBody: fc.option(fc.oneof(fc.string({ maxLength: 60 }), fc.constant('{"a":')), {
          freq: 4,
        }),
      });
      const before = await counts();
      await fc.assert(
        fc.asyncProperty(request, async ({ params, query, body, rawBody }) => {
          const search = new URLSearchParams(
            Object.entries(query).map(([k, v]) => [k, String(v)]),
          ).toString();
          const path = `${pathFor(route, params)}${search ? `?${search}` : ''}`;
          const hasBody = route.method !== 'GET';
          const reply = await call(server.url, route.method, path, {
            token,
            ...(hasBody && rawBody !== null ? { rawBody } : {}),
            ...(hasBody && rawBody === null ? { body } : {}),
          });
          expect(
            reply.status,
            `${route.method} ${path}: ${JSON.stringify(reply.body)}`,
          ).toBeLessThan(500);
          if (reply.status >= 400) {
            expect(reply.headers.get('content-type')).toBe('application/problem+json');
            expect(reply.body).toMatchObject({ status: reply.status });
          }
          if (route.method !== 'GET') {
            expect(
              reply.status,
              `${route.method} ${path} accepted ${JSON.stringify(body)}`,
            ).toBeGreaterThanOrEqual(400);
          }
        }),
        { numRuns: RUNS_PER_ROUTE },
      );
      expect(await counts()).toEqual(before);
    });
  }
});
