// The same-statement floor for the booking scenario: the server's own store functions (the three
// round trips of a booking: officer with key, clinician schedule, one-statement write) on a plain
// `pg` pool, without HTTP, tokens, the engine's rules or schema checks. Prints one JSON line:
// the median of the measured runs, after warm-up runs that are not counted.
//
//   node --import tsx bench/floor.ts --url postgres://postgres@127.0.0.1:5432/postgres
//        [--count 300] [--concurrency 16] [--runs 3] [--warmup 2]
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import pg from 'pg';
import type { Visit } from '@wellvisit/sdk';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { findOfficerWithDepartment, insertRecord } from '../src/store/directory.js';
import { clinicianSchedules } from '../src/store/schedules.js';
import { writeVisit } from '../src/store/visit-writes.js';

const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    count: { type: 'string', default: '300' },
    concurrency: { type: 'string', default: '16' },
    runs: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '2' },
  },
});
const serverUrl = new URL(values.url ?? '');
if (serverUrl.hostname !== '127.0.0.1') throw new Error('the floor only targets 127.0.0.1');
const count = Math.min(Number(values.count), 5000);
const concurrency = Math.min(Number(values.concurrency), 64);
const runs = Math.min(Number(values.runs), 9);
const warmup = Math.min(Number(values.warmup), 9);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const CLINICIANS = 4;
const HALF_HOUR = 1_800_000;

const name = `wv_bench_floor_${randomBytes(5).toString('hex')}`;
const admin = new pg.Client({ connectionString: serverUrl.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE ${name}`);
try {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // The server's pool size.
  const db = openPostgres(url.toString());
  await migrate(db);
  const departmentId = 'floor-pd';
  await insertRecord(db, {
    kind: 'department',
    value: {
      id: departmentId,
      name: 'Floor PD',
      timeZone: 'America/Chicago',
      policy: {
        cadence: 'annual',
        required: true,
        graceDays: 0,
        periodStartMonth: 1,
        discreetReminders: true,
      },
    },
  });
  await insertRecord(db, {
    kind: 'practice',
    value: { id: 'floor-p', name: 'P', timeZone: 'America/Chicago', departmentIds: [departmentId] },
  });
  for (let c = 0; c < CLINICIANS; c++) {
    await insertRecord(db, {
      kind: 'clinician',
      value: {
        id: `floor-c${c}`,
        practiceId: 'floor-p',
        displayName: `C${c}`,
        credentials: [],
        languages: ['en'],
        modalities: ['virtual'],
        lawEnforcementTrained: true,
        timeZone: 'America/Chicago',
      },
    });
  }
  for (let i = 0; i < count; i++) {
    await insertRecord(db, {
      kind: 'officer',
      value: { id: `floor-o${i}`, departmentId, displayName: `O${i}`, timeZone: 'America/Chicago' },
    });
  }

  const base = Date.UTC(2027, 0, 1);
  const book = async (round: number, i: number): Promise<boolean> => {
    const key = `r${round}-${i}`;
    const me = await findOfficerWithDepartment(db, `floor-o${i}`, key);
    if (!me) return false;
    const clinicianId = `floor-c${i % CLINICIANS}`;
    const start = base + (round * count + i) * HALF_HOUR;
    await clinicianSchedules(db, departmentId, {
      clinicianId,
      from: new Date(start - 86_400_000),
      to: new Date(start + 86_400_000),
    });
    const at = new Date().toISOString();
    const visit: Visit = {
      id: `v-${key}`,
      officerId: me.officer.id,
      clinicianId,
      modality: 'virtual',
      start: new Date(start).toISOString(),
      end: new Date(start + HALF_HOUR).toISOString(),
      status: 'booked',
      version: 1,
      createdAt: at,
      updatedAt: at,
    };
    const outcome = await writeVisit(
      db,
      new Set(),
      {
        visit,
        key: { key, fingerprint: key },
        reminders: { officer: me.officer, preferences: me.preferences },
      },
      new Date(),
    );
    return outcome === 'written';
  };

  const measured: number[] = [];
  let failures = 0;
  for (let round = 0; round < warmup + runs; round++) {
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < count) {
        if (!(await book(round, next++))) failures += 1;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    if (round >= warmup) measured.push(count / ((performance.now() - started) / 1000));
  }
  await db.close();
  console.log(
    JSON.stringify({
      runs,
      warmup,
      count,
      concurrency,
      failures,
      rps: Math.round(median(measured)),
    }),
  );
} finally {
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
}
