// Slot computation: 200 clinicians with a 90-day horizon, 20% of their slots already booked.
// Prints one JSON line: medians (ms) for a two-week query and for the whole horizon, all clinicians.
// The built SDK (`pnpm bench` builds first): what an application runs.
import { computeSlots } from '../packages/sdk/dist/index.js';

const RUNS = 31;
const DAY_MS = 86_400_000;
const ZONES = ['America/New_York', 'America/Chicago', 'America/Los_Angeles', 'Europe/Berlin'];
const now = new Date('2026-02-20T12:00:00Z');

const clinicians = Array.from({ length: 200 }, (_, i) => {
  const availability = {
    clinicianId: `c${i}`,
    timeZone: ZONES[i % ZONES.length],
    slotMinutes: 50,
    bufferMinutes: 10,
    minNoticeMinutes: 240,
    horizonDays: 90,
    rules: [1, 2, 3, 4, 5].flatMap((weekday) => [
      {
        weekday,
        start: '09:00',
        end: '12:00',
        modalities: ['practice', 'virtual'],
        place: 'Office',
      },
      { weekday, start: '13:00', end: '17:00', modalities: ['department'], place: 'Room 2' },
    ]),
    exceptions: [{ date: '2026-03-20', kind: 'unavailable' }],
  };
  const horizon = new Date(now.getTime() + 90 * DAY_MS);
  const open = computeSlots({ availability, busy: [], now, from: now, to: horizon });
  // Existing bookings, unsorted as a database might return them.
  const busy = open
    .filter((_, k) => k % 5 === 0)
    .map((slot) => ({ start: slot.start, end: slot.end }))
    .reverse();
  return { availability, busy };
});

function query(days) {
  const to = new Date(now.getTime() + days * DAY_MS);
  const started = performance.now();
  let slots = 0;
  for (const { availability, busy } of clinicians)
    slots += computeSlots({ availability, busy, now, from: now, to }).length;
  return { ms: performance.now() - started, slots };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let i = 0; i < 10; i++) query(90); // warm up the JIT
const twoWeeks = Array.from({ length: RUNS }, () => query(14));
const horizon = Array.from({ length: RUNS }, () => query(90));
console.log(
  JSON.stringify({
    runs: RUNS,
    clinicians: clinicians.length,
    busyPerClinician: clinicians[0].busy.length,
    twoWeeksMs: median(twoWeeks.map((r) => r.ms)),
    twoWeeksSlots: twoWeeks[0].slots,
    horizonMs: median(horizon.map((r) => r.ms)),
    horizonSlots: horizon[0].slots,
  }),
);
