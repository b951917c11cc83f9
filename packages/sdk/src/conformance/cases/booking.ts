import type { ClinicianFilter, Slot } from '../../model/index.js';
import { slotCursor } from '../../rules/slot-pages.js';
import { check, checkEqual, checkRejects } from '../assert.js';
import type { WorldTest } from '../define.js';
import { DAY, HOUR, PRACTICE_ADDRESS, WELLNESS_ROOM, newKey, plus, slotPair } from '../world.js';

const sameTime = (a: Slot, b: { start: string }): boolean =>
  Date.parse(a.start) === Date.parse(b.start);

export function bookingCases(test: WorldTest): void {
  test('lists the clinicians serving the department, filtered by modality, language and training', async (world) => {
    const [c0, c1] = world.clinicians;
    const api = world.officer(0).officer;
    const ids = async (filter?: ClinicianFilter): Promise<string[]> =>
      (await api.listClinicians(filter)).map((c) => c.id).sort();
    checkEqual(await ids(), [c0.id, c1.id].sort(), 'every clinician of the practice');
    checkEqual(await ids({ modality: 'department' }), [c1.id], 'by modality');
    checkEqual(await ids({ language: 'es' }), [c0.id], 'by language');
    checkEqual(await ids({ lawEnforcementTrained: true }), [c0.id], 'trained for law enforcement');
    checkEqual(await ids({ lawEnforcementTrained: false }), [c1.id], 'not trained');
    checkEqual(await ids({ modality: 'department', language: 'es' }), [], 'filters combine');
  });

  test('lists free slots soonest first, within the range, for the clinician and modality asked', async (world) => {
    const [c0, c1] = world.clinicians;
    const from = new Date(world.now().getTime() + 2 * DAY).toISOString();
    const to = new Date(world.now().getTime() + 5 * DAY).toISOString();
    const slots = await world
      .officer(0)
      .officer.listSlots({ from, to, clinicianId: c0.id, modality: 'virtual' });
    check(slots.length >= 20, `three days of hourly slots, got ${slots.length}`);
    for (const [i, slot] of slots.entries()) {
      check(
        slot.clinicianId === c0.id && slot.modality === 'virtual',
        'only the clinician and modality asked',
      );
      check(
        Date.parse(slot.start) >= Date.parse(from) && Date.parse(slot.start) < Date.parse(to),
        'inside the range',
      );
      check(Date.parse(slot.end) - Date.parse(slot.start) === HOUR, 'one hour long');
      const previous = slots[i - 1];
      check(!previous || Date.parse(previous.start) < Date.parse(slot.start), 'soonest first');
    }
    const department = await world
      .officer(0)
      .officer.listSlots({ from, to, modality: 'department' });
    check(department.length > 0, 'department slots exist');
    check(
      department.every((s) => s.clinicianId === c1.id && s.place === WELLNESS_ROOM),
      'department slots are c1 at the wellness room',
    );
    const practice = await world.officer(0).officer.listSlots({ from, to, modality: 'practice' });
    check(
      practice.every((s) => s.place === PRACTICE_ADDRESS),
      'practice slots carry the address',
    );
  });

  test('pages slots with limit and after: the pages together are the whole list, in order', async (world) => {
    const from = new Date(Date.now() + 2 * DAY).toISOString();
    const to = new Date(Date.now() + 5 * DAY).toISOString();
    const api = world.officer(0).officer;
    const all = await api.listSlots({ from, to });
    check(all.length > 25, `enough slots to page, got ${all.length}`);
    const paged: Slot[] = [];
    let after: string | undefined;
    for (let pages = 0; pages < 100; pages++) {
      const page = await api.listSlots({ from, to, limit: 10, ...(after ? { after } : {}) });
      check(page.length <= 10, 'at most the limit');
      paged.push(...page);
      const last = page.at(-1);
      if (page.length < 10 || !last) break;
      after = slotCursor(last);
    }
    checkEqual(paged, all, 'pages concatenated equal the unpaged list');
    await checkRejects(
      api.listSlots({ from, to, limit: 0 }),
      { name: 'ValidationError' },
      'a limit below one',
    );
    await checkRejects(
      api.listSlots({ from, to, after: 'not a cursor' }),
      { name: 'ValidationError' },
      'a made-up cursor',
    );
  });

  test('books a free slot, and that slot is then gone for everyone', async (world) => {
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const visit = await world.book(0, slot);
    checkEqual(
      {
        officerId: visit.officerId,
        clinicianId: visit.clinicianId,
        modality: visit.modality,
        start: Date.parse(visit.start),
        end: Date.parse(visit.end),
        status: visit.status,
        version: visit.version,
      },
      {
        officerId: world.officers[0]?.id,
        clinicianId: slot.clinicianId,
        modality: 'virtual',
        start: Date.parse(slot.start),
        end: Date.parse(slot.end),
        status: 'booked',
        version: 1,
      },
      'the booked visit',
    );
    checkEqual(await world.officer(0).officer.getVisit(visit.id), visit, 'getVisit returns it');
    const upcoming = await world.officer(0).officer.listVisits();
    check(
      upcoming.some((v) => v.id === visit.id),
      'listVisits includes it',
    );
    const after = await world.freeSlots({ clinicianId: slot.clinicianId });
    check(
      !after.some((s) => sameTime(s, slot)),
      'no slot of that clinician at that time, any modality',
    );
    await checkRejects(
      world.book(1, slot),
      { name: 'ConflictError', code: 'slot-taken' },
      'another officer books it',
    );
    await checkRejects(
      world.book(1, { ...slot, modality: 'practice' }),
      { name: 'ConflictError', code: 'slot-taken' },
      'the same time in another modality',
    );
  });

  test('20 concurrent attempts on one slot: exactly one succeeds, the rest get slot-taken', async (world) => {
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const officers = await world.addOfficers(20);
    const results = await Promise.allSettled(
      officers.map((officer) =>
        officer.officer.book({
          clinicianId: slot.clinicianId,
          start: slot.start,
          modality: slot.modality,
        }),
      ),
    );
    const booked = results.filter((r) => r.status === 'fulfilled');
    check(booked.length === 1, `exactly one booking succeeds, got ${booked.length}`);
    for (const result of results) {
      if (result.status === 'rejected') {
        await checkRejects(
          Promise.reject(result.reason as Error),
          { name: 'ConflictError', code: 'slot-taken' },
          'a losing attempt',
        );
      }
    }
    const schedule = await world.clinician(0).clinician.listVisits();
    check(
      schedule.filter((v) => sameTime(slot, v) && v.status === 'booked').length === 1,
      'one visit holds the slot',
    );
  });

  test('an idempotency key replayed returns the same visit; with another slot it is idempotency-mismatch', async (world) => {
    const slots = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    const [first, second, third] = slots;
    check(first && second && third, 'three free slots');
    const key = newKey();
    const visit = await world.book(0, first, key);
    const replay = await world.book(0, first, key);
    check(replay.id === visit.id, 'the replay returns the first visit');
    const concurrentKey = newKey();
    const concurrent = await Promise.all(
      [0, 1, 2, 3, 4].map(() => world.book(0, second, concurrentKey)),
    );
    check(new Set(concurrent.map((v) => v.id)).size === 1, 'concurrent replays make one visit');
    await checkRejects(
      world.book(0, third, key),
      { name: 'ConflictError', code: 'idempotency-mismatch' },
      'the key with another slot',
    );
    const visits = await world.officer(0).officer.listVisits();
    checkEqual(
      visits.map((v) => v.id).sort(),
      [visit.id, concurrent[0]?.id].sort(),
      'two visits, no more',
    );
  });

  test("idempotency keys belong to one officer: another officer's same key is a booking of their own", async (world) => {
    const [first, second] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(first && second, 'two free slots');
    const key = newKey();
    const mine = await world.book(0, first, key);
    const theirs = await world.book(1, second, key);
    check(theirs.id !== mine.id, 'a different visit');
    check(theirs.officerId === world.officers[1]?.id, 'booked for the other officer');
    await checkRejects(
      world.officer(1).officer.getVisit(mine.id),
      { name: 'NotFoundError' },
      "the key does not reveal the first officer's visit",
    );
  });

  test('a time that is not a slot, or beyond the horizon, is refused with its reason', async (world) => {
    const [slot] = slotPair(
      await world.freeSlots({ clinicianId: world.clinicians[0].id, modality: 'virtual' }),
    );
    await checkRejects(
      world.book(0, { ...slot, start: plus(slot.start, 17 * 60_000) }),
      { name: 'ConflictError', code: 'not-a-slot' },
      'a start off the slot grid',
    );
    await checkRejects(
      world.book(0, { ...slot, modality: 'department' }),
      { name: 'ConflictError', code: 'not-a-slot' },
      'a modality the clinician does not offer',
    );
    await checkRejects(
      world.book(0, { ...slot, start: plus(slot.start, 63 * DAY) }),
      { name: 'ConflictError', code: 'beyond-horizon' },
      'nine weeks ahead, past the 60-day horizon',
    );
    await checkRejects(
      world.book(0, { ...slot, clinicianId: 'no-such-clinician' }),
      { name: 'NotFoundError' },
      'an unknown clinician',
    );
  });
}
