#!/usr/bin/env node
// A load generator for one scenario against a running Wellvisit server on 127.0.0.1: bounded
// concurrency, a bounded number of requests, then one JSON line with throughput and latency.
//
//   node bench/load.mjs --url http://127.0.0.1:8787 --admin-key KEY --scenario booking|roster
//                       [--count 300] [--concurrency 16]
//
// Set-up (tokens, a bench practice with open availability) is not timed.
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    'admin-key': { type: 'string' },
    scenario: { type: 'string' },
    count: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '16' },
    run: { type: 'string', default: '0' },
  },
});
const base = new URL(values.url ?? '');
if (!['127.0.0.1', 'localhost', '[::1]'].includes(base.hostname)) {
  throw new Error('The load generator only targets this machine (127.0.0.1)');
}
const url = base.origin;
const adminKey = values['admin-key'] ?? '';
const count = Math.min(Number(values.count), 5000);
const concurrency = Math.min(Number(values.concurrency), 64);
const run = Number(values.run);
const DEPARTMENT = 'riverton-pd';

async function api(method, path, token, body) {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return JSON.parse(text);
}

const issue = async (session) =>
  (await api('POST', '/v1/admin/tokens', adminKey, { session, ttlSeconds: 3600 })).token;

/** Runs `count` requests, at most `concurrency` at once; returns the measurements. */
async function measure(request) {
  const latencies = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const t0 = performance.now();
      try {
        const response = await request(i);
        await response.arrayBuffer();
        if (!response.ok) failures += 1;
      } catch {
        failures += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    requests: count,
    failures,
    concurrency,
    seconds: Number(seconds.toFixed(3)),
    rps: Number((count / seconds).toFixed(1)),
    p50: Number(at(0.5).toFixed(2)),
    p99: Number(at(0.99).toFixed(2)),
  };
}

/** The 1,000-officer roster of the demo department, whole, as a department admin reads it. */
async function roster() {
  const token = await issue({
    role: 'department-admin',
    adminId: 'bench-admin',
    departmentId: DEPARTMENT,
  });
  const first = await api('GET', '/v1/department/roster?limit=1000', token);
  if (first.records.length < 1000)
    throw new Error(`the roster has ${first.records.length} officers`);
  return measure(() =>
    fetch(`${url}/v1/department/roster?limit=1000`, {
      headers: { authorization: `Bearer ${token}` },
    }),
  );
}

/**
 * Bookings of distinct free slots by distinct officers. A practice of its own with open
 * availability gives every run fresh slots, so each request exercises the whole booking path.
 */
async function booking() {
  const tag = `bench-${Date.now().toString(36)}-${run}`;
  const practiceId = `${tag}-practice`;
  await api('POST', '/v1/admin/practices', adminKey, {
    id: practiceId,
    name: 'Bench practice',
    timeZone: 'America/Chicago',
    departmentIds: [DEPARTMENT],
  });
  const clinicians = 4;
  for (let c = 0; c < clinicians; c++) {
    const clinicianId = `${tag}-c${c}`;
    await api('POST', '/v1/admin/clinicians', adminKey, {
      id: clinicianId,
      practiceId,
      displayName: `Bench Clinician ${c}`,
      credentials: ['LCSW'],
      languages: ['en'],
      modalities: ['virtual'],
      lawEnforcementTrained: true,
      timeZone: 'America/Chicago',
    });
    const token = await issue({ role: 'clinician', clinicianId, practiceId });
    await api('PUT', '/v1/clinician/availability', token, {
      clinicianId,
      timeZone: 'America/Chicago',
      slotMinutes: 30,
      bufferMinutes: 0,
      minNoticeMinutes: 0,
      horizonDays: 60,
      rules: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        start: '00:00',
        end: '24:00',
        modalities: ['virtual'],
      })),
      exceptions: [],
    });
  }
  const roster = await api(
    'GET',
    '/v1/department/roster?limit=1000',
    await issue({ role: 'department-admin', adminId: 'bench-admin', departmentId: DEPARTMENT }),
  );
  const officers = roster.records.map((r) => r.officerId).slice(0, count);
  const tokens = [];
  for (const officerId of officers) {
    tokens.push(await issue({ role: 'officer', officerId, departmentId: DEPARTMENT }));
  }
  const from = new Date(Date.now() + 86_400_000);
  const to = new Date(from.getTime() + 20 * 86_400_000);
  const slots = [];
  for (let c = 0; c < clinicians && slots.length < count; c++) {
    const query = new URLSearchParams({
      clinicianId: `${tag}-c${c}`,
      from: from.toISOString(),
      to: to.toISOString(),
    });
    slots.push(...(await api('GET', `/v1/officer/slots?${query.toString()}`, tokens[0])));
  }
  if (slots.length < count || tokens.length < count)
    throw new Error('not enough slots or officers');
  return measure((i) =>
    fetch(`${url}/v1/officer/visits`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[i]}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        clinicianId: slots[i].clinicianId,
        start: slots[i].start,
        modality: 'virtual',
        idempotencyKey: `${tag}-${i}`,
      }),
    }),
  );
}

const scenarios = { roster, booking };
const scenario = scenarios[values.scenario ?? ''];
if (!scenario) throw new Error('--scenario booking|roster');
console.log(JSON.stringify({ scenario: values.scenario, ...(await scenario()) }));
