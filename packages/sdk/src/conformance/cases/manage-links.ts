import type { OfficerSession } from '../../model/index.js';
import { check, checkEqual, checkRejects } from '../assert.js';
import type { WorldTest } from '../define.js';
import { findForbiddenKeys } from '../forbidden-keys.js';
import { slotPair } from '../world.js';

export function manageLinkCases(test: WorldTest): void {
  test("a manage link's session reaches its one visit, to see, move or cancel it, and nothing else", async (world) => {
    const [c0] = world.clinicians;
    const slots = await world.freeSlots({ clinicianId: c0.id, modality: 'virtual' });
    const [a, b] = slotPair(slots);
    const visit = await world.book(0, a);
    const other = await world.book(0, b);
    const officer = world.officers[0];
    check(officer, 'an officer');
    const session: OfficerSession = {
      role: 'officer',
      officerId: officer.id,
      departmentId: officer.departmentId,
      visitId: visit.id,
    };
    const { token } = await world.backend.admin.issueToken({ session });
    const scoped = world.backend.connect(token).officer;

    checkEqual((await scoped.getVisit(visit.id)).id, visit.id, 'its visit');
    checkEqual(
      (await scoped.listVisits()).map((v) => v.id),
      [visit.id],
      'its visit alone in the list',
    );
    await checkRejects(
      scoped.getVisit(other.id),
      { name: 'NotFoundError', code: 'not-found' },
      "the officer's other visit",
    );
    await checkRejects(
      scoped.cancel(other.id),
      { name: 'NotFoundError', code: 'not-found' },
      'cancelling the other visit',
    );
    const later = slots.find((s) => Date.parse(s.start) > Date.parse(b.end));
    check(later, 'a later slot');
    await checkRejects(
      scoped.book({ clinicianId: c0.id, start: later.start, modality: 'virtual' }),
      { name: 'ForbiddenError', code: 'visit-scoped' },
      'booking another visit',
    );
    for (const [name, call] of [
      ['attendance', () => scoped.attendance()],
      ['attendanceAccessLog', () => scoped.attendanceAccessLog()],
      ['reminders', () => scoped.reminders()],
    ] as const) {
      await checkRejects(call(), { name: 'ForbiddenError', code: 'visit-scoped' }, name);
    }
    const moved = await scoped.reschedule(visit.id, { start: later.start });
    checkEqual(moved.version, 2, 'moved through the link');
    const cancelled = await scoped.cancel(visit.id);
    checkEqual(cancelled.status, 'cancelled', 'cancelled through the link');
    await checkRejects(
      scoped.cancel(visit.id),
      { name: 'ConflictError', code: 'not-active' },
      'the link replayed after the cancel',
    );
  });

  test("a department's manage-link page is set with both placeholders, for an existing department", async (world) => {
    const url = 'https://intranet.example.gov/wellness/visit/{visitId}?t={token}';
    checkEqual(
      await world.backend.admin.setManageLink(world.department.id, { url }),
      { url },
      'set',
    );
    const department = await world.departmentAdmin().department.department();
    checkEqual(findForbiddenKeys(department), [], 'the department record: no visit-like key');
    check(!JSON.stringify(department).includes('{token}'), 'nor the manage-link page');
    await checkRejects(
      world.backend.admin.setManageLink('no-such-department', { url }),
      { name: 'NotFoundError', code: 'not-found' },
      'an unknown department',
    );
    await checkRejects(
      world.backend.admin.setManageLink(world.department.id, {
        url: 'https://intranet.example.gov/wellness',
      }),
      { name: 'ValidationError' },
      'a page without the placeholders',
    );
  });
}
