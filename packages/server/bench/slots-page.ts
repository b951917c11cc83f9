// Slot listing at the server, in process on PGlite: 200 clinicians, two weeks, the whole list
// against a first page of 100 (`limit=100`), interleaved, after warm-up rounds; medians. Prints
// one JSON line.
//
//   node --import tsx bench/slots-page.ts
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { createServer } from '../src/server.js';
import { BENCH_DEPARTMENT, benchOfficer, seedBenchWorld } from './world.js';

const db = await openPglite();
await migrate(db);
await seedBenchWorld(db, { clinicians: 200, officers: 1 });
const server = createServer({
  db,
  adminKey: 'x'.repeat(40),
  tokenSecret: new TextEncoder().encode('y'.repeat(40)),
  worker: false,
  checkResponses: process.env.NODE_ENV !== 'production',
});
const { token } = await server.tokens.issue({
  session: { role: 'officer', officerId: benchOfficer(0), departmentId: BENCH_DEPARTMENT },
  ttlSeconds: 3600,
});
const from = new Date(Date.now() + 86400000).toISOString(),
  to = new Date(Date.now() + 15 * 86400000).toISOString();
const q = (extra: string) => `http://x/v1/officer/slots?from=${from}&to=${to}${extra}`;
/** One request: milliseconds, bytes and slots of the answer. */
const time = async (extra: string) => {
  const started = performance.now();
  const reply = await server.fetch(
    new Request(q(extra), { headers: { authorization: `Bearer ${token}` } }),
  );
  const body = await reply.text();
  const slots = JSON.parse(body) as unknown[];
  return { ms: performance.now() - started, bytes: body.length, slots: slots.length };
};
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
for (let i = 0; i < 3; i++) {
  await time('');
  await time('&limit=100');
}
const all: Awaited<ReturnType<typeof time>>[] = [];
const page: Awaited<ReturnType<typeof time>>[] = [];
for (let i = 0; i < 9; i++) {
  all.push(await time(''));
  page.push(await time('&limit=100'));
}
const allMs = med(all.map((r) => r.ms));
const pageMs = med(page.map((r) => r.ms));
console.log(
  JSON.stringify({
    NODE_ENV: process.env.NODE_ENV ?? '',
    allMs,
    pageMs,
    ratio: allMs / pageMs,
    allBytes: all[0]?.bytes,
    allSlots: all[0]?.slots,
    pageBytes: page[0]?.bytes,
    pageSlots: page[0]?.slots,
  }),
);
await db.close();
