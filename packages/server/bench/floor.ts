// The same-statement floor for the booking scenario: the server's own store functions (the three
// round trips of a booking: officer with key, clinician schedule, one-statement write) on a plain
// `pg` pool, without HTTP, tokens, the engine's rules or schema checks. Prints one JSON line:
// the median of the measured runs, after warm-up runs that are not counted.
//
//   node --import tsx bench/floor.ts --url postgres://postgres@127.0.0.1:5432/postgres
//        [--count 300] [--concurrency 16] [--runs 3] [--warmup 2]
import type { Visit } from '@wellvisit/sdk';
import { migrate } from '../src/db/migrate.js';
import { openPostgres } from '../src/db/postgres.js';
import { findOfficerWithDepartment } from '../src/store/directory.js';
import { clinicianSchedules } from '../src/store/schedules.js';
import { writeVisit } from '../src/store/visit-writes.js';
import { median, readLoadOptions, withThrowawayDatabase } from './load-options.js';
import { BENCH_DEPARTMENT, benchClinician, benchOfficer, seedBenchWorld } from './world.js';

const { serverUrl, count, concurrency, runs, warmup } = readLoadOptions();
const CLINICIANS = 4;
const HALF_HOUR = 1_800_000;

await withThrowawayDatabase(serverUrl, 'wv_bench_floor', async (url) => {
  // The server's pool size.
  const db = openPostgres(url);
  await migrate(db);
  await seedBenchWorld(db, { clinicians: CLINICIANS, officers: count });
  const departmentId = BENCH_DEPARTMENT;

  const base = Date.UTC(2027, 0, 1);
  const book = async (round: number, i: number): Promise<boolean> => {
    const key = `r${round}-${i}`;
    const me = await findOfficerWithDepartment(db, benchOfficer(i), key);
    if (!me) return false;
    const clinicianId = benchClinician(i % CLINICIANS);
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
        change: 'booked',
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
});
