import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findForbiddenKeys } from '../../conformance/index.js';
import {
  ConflictError,
  ForbiddenError,
  NetworkError,
  NotFoundError,
  RateLimitedError,
  TimeoutError,
  UnauthorizedError,
  ValidationError,
  WellvisitError,
} from '../../errors/index.js';
import { DEMO_SESSIONS } from '../../demo.js';
import { createMemoryBackend } from '../memory/index.js';
import { createHttpBackend, type HttpBackendOptions } from './index.js';
import { startTestServer, type Reply, type TestServer } from './testing/node-server.js';

const DAY = 86_400_000;
const noDelay = { delay: () => 0 };

let server: TestServer;

beforeEach(async () => {
  server = await startTestServer(createMemoryBackend({ seed: 'demo' }));
});
afterEach(async () => {
  await server.close();
});

async function tokenFor(
  session: (typeof DEMO_SESSIONS)[keyof typeof DEMO_SESSIONS],
  ttlSeconds = 900,
) {
  return (await server.memory.admin.issueToken({ session, ttlSeconds })).token;
}

function client(token: HttpBackendOptions['token'], extra: Partial<HttpBackendOptions> = {}) {
  return createHttpBackend({ baseUrl: server.baseUrl, token, retry: noDelay, ...extra });
}

function problemReply(status: number, body: Record<string, unknown>): Reply {
  return {
    status,
    headers: { 'content-type': 'application/problem+json' },
    body: JSON.stringify({ status, ...body }),
  };
}

const range = () => ({
  from: new Date().toISOString(),
  to: new Date(Date.now() + 14 * DAY).toISOString(),
});

/** Answers the first `times` requests with `reply`, then lets the server answer. */
function failFirst(times: number, reply: Reply) {
  let left = times;
  server.intercept = (_, next) => {
    if (left <= 0) return next();
    left -= 1;
    return Promise.resolve(reply);
  };
}

describe('a round trip', () => {
  it('books a slot over HTTP and reads it back, typed and validated', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    const [slot] = await ana.officer.listSlots(range());
    expect(slot).toBeDefined();
    const visit = await ana.officer.book({
      clinicianId: slot!.clinicianId,
      start: slot!.start,
      modality: slot!.modality,
    });
    expect(visit).toMatchObject({ status: 'booked', version: 1, clinicianId: slot!.clinicianId });
    expect(await ana.officer.getVisit(visit.id)).toEqual(visit);
    expect(server.requests.map((r) => `${r.method} ${r.url.split('?')[0]}`)).toEqual([
      'GET /v1/officer/slots',
      'POST /v1/officer/visits',
      `GET /v1/officer/visits/${visit.id}`,
    ]);
    expect(server.requests[0]?.headers.authorization).toMatch(/^Bearer wvm_/);
  });

  it('sends query parameters as text and the server decodes them', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    const trained = await ana.officer.listClinicians({ lawEnforcementTrained: false });
    expect(trained.map((c) => c.id)).toEqual(['clinician-erin-walsh']);
    expect(server.requests[0]?.url).toBe('/v1/officer/clinicians?lawEnforcementTrained=false');
    const admin = client(await tokenFor(DEMO_SESSIONS.departmentAdmin));
    const page = await admin.department.roster({ limit: 2 });
    expect(page.records).toHaveLength(2);
    expect(page.nextCursor).toBe('2');
  });

  it('uses the admin routes with the API key', async () => {
    const host = client(server.apiKey);
    const department = await host.admin.createDepartment({
      name: 'Lakeview PD',
      timeZone: 'America/Chicago',
      policy: { cadence: 'semiannual', periodStartMonth: 1, required: true, graceDays: 0 },
    });
    expect(department.policy.discreetReminders).toBe(true);
    await expect(
      client(await tokenFor(DEMO_SESSIONS.officer)).admin.createDepartment(department),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('goes through a custom fetch', async () => {
    const seen: string[] = [];
    const ana = client(await tokenFor(DEMO_SESSIONS.officer), {
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await ana.officer.me();
    expect(seen).toEqual([`${server.baseUrl}/v1/officer/me`]);
  });
});

describe('tokens', () => {
  it('asks a token function once, and again once when the token is refused', async () => {
    const calls: string[] = [];
    const renewing = async () => {
      const token = await tokenFor(DEMO_SESSIONS.officer, 60);
      calls.push(token);
      return token;
    };
    const ana = client(renewing);
    await ana.officer.me();
    await ana.officer.me();
    expect(calls).toHaveLength(1);
    server.memory.advanceTime(61_000);
    expect((await ana.officer.me()).id).toBe(DEMO_SESSIONS.officer.officerId);
    expect(calls).toHaveLength(2);
    const authorizations = server.requests.map((r) => r.headers.authorization);
    expect(authorizations).toEqual([
      `Bearer ${calls[0]}`,
      `Bearer ${calls[0]}`,
      `Bearer ${calls[0]}`,
      `Bearer ${calls[1]}`,
    ]);
  });

  it('gives up after one renewal when the fresh token is refused too', async () => {
    let calls = 0;
    const ana = client(() => {
      calls += 1;
      return Promise.resolve(`stale-${calls}`);
    });
    await expect(ana.officer.me()).rejects.toBeInstanceOf(UnauthorizedError);
    expect(calls).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('does not retry a refused fixed token', async () => {
    await expect(client('not-a-token').officer.me()).rejects.toMatchObject({
      name: 'UnauthorizedError',
      code: 'invalid-token',
    });
    expect(server.requests).toHaveLength(1);
  });

  it('reports a token function that fails as UnauthorizedError, and asks again next time', async () => {
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls === 1) throw new Error('token service down');
      return tokenFor(DEMO_SESSIONS.officer);
    };
    const ana = client(flaky);
    await expect(ana.officer.me()).rejects.toMatchObject({
      name: 'UnauthorizedError',
      code: 'token-unavailable',
    });
    expect((await ana.officer.me()).id).toBe(DEMO_SESSIONS.officer.officerId);
    expect(calls).toBe(2);
  });
});

describe('retries', () => {
  const unavailable = problemReply(503, { title: 'Service unavailable', code: 'unavailable' });

  it('retries a GET with backoff until it succeeds', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    failFirst(2, unavailable);
    expect((await ana.officer.me()).id).toBe(DEMO_SESSIONS.officer.officerId);
    expect(server.requests).toHaveLength(3);
  });

  it('stops after the retry limit', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer), {
      retry: { limit: 1, delay: () => 0 },
    });
    failFirst(5, unavailable);
    await expect(ana.officer.me()).rejects.toMatchObject({
      name: 'WellvisitError',
      code: 'unavailable',
    });
    expect(server.requests).toHaveLength(2);
  });

  it('retries a PUT', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    failFirst(1, unavailable);
    const preferences = { channels: [], leadTimesMinutes: [60], discreet: true };
    expect(await ana.officer.setReminderPreferences(preferences)).toEqual(preferences);
    expect(server.requests.map((r) => r.method)).toEqual(['PUT', 'PUT']);
  });

  it('never retries a booking without an idempotency key', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    const [slot] = await ana.officer.listSlots(range());
    server.requests.length = 0;
    failFirst(1, unavailable);
    await expect(
      ana.officer.book({
        clinicianId: slot!.clinicianId,
        start: slot!.start,
        modality: slot!.modality,
      }),
    ).rejects.toBeInstanceOf(WellvisitError);
    expect(server.requests).toHaveLength(1);
  });

  it('retries a booking with an idempotency key, which makes one visit even if an answer was lost', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    const [slot] = await ana.officer.listSlots(range());
    server.requests.length = 0;
    // The server books, but the answer is lost on the way back.
    let lost = false;
    server.intercept = async (_, next) => {
      const reply = await next();
      if (lost) return reply;
      lost = true;
      return problemReply(502, { title: 'Bad gateway' });
    };
    const key = 'booking-key-0001';
    const visit = await ana.officer.book({
      clinicianId: slot!.clinicianId,
      start: slot!.start,
      modality: slot!.modality,
      idempotencyKey: key,
    });
    expect(server.requests).toHaveLength(2);
    expect(server.requests.map((r) => r.headers['idempotency-key'])).toEqual([key, key]);
    const mine = await ana.officer.listVisits();
    expect(mine.filter((v) => v.start === visit.start)).toHaveLength(1);
  });
});

describe('abort and timeout', () => {
  it('rejects with the reason of an already aborted signal, without a request', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    const reason = new Error('the user left');
    await expect(ana.officer.me({ signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server.requests).toHaveLength(0);
  });

  it('rejects with the reason when aborted in flight', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    server.intercept = async (_, next) => {
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      return next();
    };
    const controller = new AbortController();
    const reason = new Error('navigated away');
    const pending = ana.officer.me({ signal: controller.signal });
    setTimeout(() => {
      controller.abort(reason);
    }, 20);
    await expect(pending).rejects.toBe(reason);
  });

  it('turns a slow answer into TimeoutError', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer), {
      timeoutMs: 50,
      retry: { limit: 0 },
    });
    server.intercept = async (_, next) => {
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      return next();
    };
    await expect(ana.officer.me()).rejects.toBeInstanceOf(TimeoutError);
  });

  it('turns an unreachable server into NetworkError', async () => {
    const token = await tokenFor(DEMO_SESSIONS.officer);
    const { baseUrl } = server;
    await server.close();
    server = await startTestServer();
    const gone = createHttpBackend({ baseUrl, token, retry: { limit: 1, delay: () => 0 } });
    await expect(gone.officer.me()).rejects.toBeInstanceOf(NetworkError);
  });
});

describe('problem documents become typed errors', () => {
  it('keeps the code of a conflict', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    const [slot] = await ana.officer.listSlots(range());
    const request = {
      clinicianId: slot!.clinicianId,
      start: slot!.start,
      modality: slot!.modality,
    };
    await ana.officer.book(request);
    const error = await ana.officer.book(request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'slot-taken', status: 409 });
  });

  it('keeps the issues of invalid input, naming the field', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    const error = await ana.officer
      .book({ clinicianId: 'clinician-erin-walsh', start: 'soon', modality: 'virtual' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual([['start']]);
    expect((error as ValidationError).message).toContain('start');
  });

  it('maps not found and forbidden', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    await expect(ana.officer.getVisit('visit-demo-marcus-bell')).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(ana.department.roster()).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps the retry delay of a rate limit', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer), { retry: { limit: 0 } });
    failFirst(1, problemReply(429, { title: 'Too many requests', retryAfter: 7 }));
    const error = await ana.officer.me().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitedError);
    expect((error as RateLimitedError).retryAfterSeconds).toBe(7);
  });

  it('maps an error without a problem document by its status', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer), { retry: { limit: 0 } });
    failFirst(1, {
      status: 404,
      headers: { 'content-type': 'text/html' },
      body: '<h1>Not here</h1>',
    });
    await expect(ana.officer.me()).rejects.toBeInstanceOf(NotFoundError);
    failFirst(1, { status: 500, headers: { 'content-type': 'text/html' }, body: '<h1>Oops</h1>' });
    await expect(ana.officer.me()).rejects.toMatchObject({
      name: 'WellvisitError',
      code: 'http-500',
    });
  });
});

describe('responses are validated', () => {
  const ok = (body: string): Reply => ({
    status: 200,
    headers: { 'content-type': 'application/json' },
    body,
  });

  it('refuses a response that does not match the schema', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    failFirst(1, ok(JSON.stringify({ id: 1, displayName: null })));
    await expect(ana.officer.me()).rejects.toMatchObject({
      name: 'WellvisitError',
      code: 'invalid-response',
    });
  });

  it('refuses a response that is not JSON', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    failFirst(1, ok('<html>captive portal</html>'));
    await expect(ana.officer.me()).rejects.toMatchObject({ code: 'invalid-response' });
  });

  it('drops fields the schema does not name, so a leaky server cannot reach the page', async () => {
    const admin = client(await tokenFor(DEMO_SESSIONS.departmentAdmin));
    server.intercept = async (_, next) => {
      const reply = await next();
      const leaky = {
        ...(JSON.parse(reply.body) as object),
        lastVisit: { start: '2026-01-01T10:00:00Z' },
      };
      return { ...reply, body: JSON.stringify(leaky) };
    };
    const department = await admin.department.department();
    expect(department.id).toBe(DEMO_SESSIONS.departmentAdmin.departmentId);
    expect(findForbiddenKeys(department)).toEqual([]);
  });
});

describe('input checked before sending', () => {
  it('refuses a path parameter that is not an id, without a request', async () => {
    const ana = client(await tokenFor(DEMO_SESSIONS.officer));
    const error = await ana.officer.getVisit('../../admin/tokens').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]?.path).toEqual(['id']);
    expect(server.requests).toHaveLength(0);
  });

  it('refuses bad options with a ValidationError naming the option', () => {
    expect(() => createHttpBackend({ baseUrl: 'ftp://example.org', token: 't' })).toThrow(
      /baseUrl/,
    );
    expect(() => createHttpBackend({ baseUrl: 'https://example.org', token: '' })).toThrow(/token/);
    expect(() =>
      createHttpBackend({ baseUrl: 'https://example.org', token: 't', timeoutMs: -1 }),
    ).toThrow(/timeoutMs/);
  });
});
