import { check, checkRejects } from '../assert.js';
import type { WorldTest } from '../define.js';
import { HOUR, WELLNESS_ROOM, slotPair } from '../world.js';

export function changeCases(test: WorldTest): void {
  test('cancelling frees the slot for someone else', async (world) => {
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const visit = await world.book(0, slot);
    const cancelled = await world.officer(0).officer.cancel(visit.id, { expectedVersion: 1 });
    check(cancelled.id === visit.id, 'the same visit');
    check(cancelled.status === 'cancelled', 'status cancelled');
    check(cancelled.version === 2, 'the version goes up');
    const free = await world.freeSlots({ clinicianId: slot.clinicianId, modality: 'virtual' });
    check(
      free.some((s) => Date.parse(s.start) === Date.parse(slot.start)),
      'the slot is free again',
    );
    const rebooked = await world.book(1, slot);
    check(rebooked.officerId === world.officers[1]?.id, 'another officer books it');
    await checkRejects(
      world.officer(0).officer.cancel(visit.id),
      { name: 'ConflictError', code: 'not-active' },
      'cancelling twice',
    );
    const schedule = await world.clinician(0).clinician.listVisits();
    check(
      schedule.some((v) => v.id === visit.id && v.status === 'cancelled'),
      "the clinician's schedule shows the cancellation",
    );
  });

  test('rescheduling keeps the id, bumps the version and moves the slot; a stale version conflicts', async (world) => {
    const slots = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    const [first, second, third] = slots;
    check(first && second && third, 'three free slots');
    const visit = await world.book(0, first);
    const officer = world.officer(0).officer;
    const moved = await officer.reschedule(visit.id, { start: second.start, expectedVersion: 1 });
    check(moved.id === visit.id, 'the id stays');
    check(moved.version === 2, 'the version goes up');
    check(Date.parse(moved.start) === Date.parse(second.start), 'the new start');
    check(moved.status === 'booked', 'still booked');
    const free = await world.freeSlots({ clinicianId: first.clinicianId, modality: 'virtual' });
    check(
      free.some((s) => Date.parse(s.start) === Date.parse(first.start)),
      'the old slot is free',
    );
    check(
      !free.some((s) => Date.parse(s.start) === Date.parse(second.start)),
      'the new slot is taken',
    );
    await checkRejects(
      officer.reschedule(visit.id, { start: third.start, expectedVersion: 1 }),
      { name: 'ConflictError', code: 'version-mismatch' },
      'rescheduling with a stale version',
    );
    await checkRejects(
      officer.cancel(visit.id, { expectedVersion: 1 }),
      { name: 'ConflictError', code: 'version-mismatch' },
      'cancelling with a stale version',
    );
    await world.book(1, third);
    await checkRejects(
      officer.reschedule(visit.id, { start: third.start, expectedVersion: 2 }),
      { name: 'ConflictError', code: 'slot-taken' },
      "rescheduling onto another officer's slot",
    );
    const [department] = await world.freeSlots({ clinicianId: world.clinicians[1].id });
    check(department, 'a free department slot');
    const elsewhere = await officer.reschedule(visit.id, {
      start: department.start,
      clinicianId: department.clinicianId,
      modality: 'department',
      expectedVersion: 2,
    });
    check(elsewhere.clinicianId === world.clinicians[1].id, 'moved to the other clinician');
    check(
      elsewhere.place === WELLNESS_ROOM && elsewhere.version === 3,
      'with its place, version 3',
    );
  });

  test('inside the minimum notice an officer can no longer book, reschedule or cancel', async (world) => {
    const [slot, next] = slotPair(
      await world.freeSlots({ clinicianId: world.clinicians[0].id, modality: 'virtual' }),
    );
    const visit = await world.book(0, slot);
    const [later] = (
      await world.freeSlots({ clinicianId: slot.clinicianId, modality: 'virtual' })
    ).filter((s) => Date.parse(s.start) > Date.parse(next.start) + 3 * HOUR);
    check(later, 'a later free slot');
    // Half an hour before the visit: inside the two hours' notice.
    await world.advanceTo(visit.createdAt, slot.start, -HOUR / 2);
    const officer = world.officer(0).officer;
    await checkRejects(
      officer.cancel(visit.id),
      { name: 'ConflictError', code: 'notice-period' },
      'cancelling 30 minutes before',
    );
    await checkRejects(
      officer.reschedule(visit.id, { start: later.start }),
      { name: 'ConflictError', code: 'notice-period' },
      'rescheduling 30 minutes before',
    );
    await checkRejects(
      world.book(1, next),
      { name: 'ConflictError', code: 'too-soon' },
      'booking a slot 90 minutes away',
    );
    const free = await world.freeSlots({ clinicianId: slot.clinicianId });
    check(
      free.every((s) => Date.parse(s.start) >= Date.parse(slot.start) + 1.5 * HOUR),
      'no slot inside the notice is listed',
    );
    const current = await officer.getVisit(visit.id);
    check(current.status === 'booked' && current.version === 1, 'the visit is untouched');
  });
}
