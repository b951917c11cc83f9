import { check, checkEqual, checkRejects } from '../assert.js';
import type { WorldTest } from '../define.js';
import { addDays, nextAttendanceBatch } from '../../rules/index.js';
import { POLICY, TIME_ZONE } from '../world.js';

const MINUTE = 60_000;

export function attendanceCases(test: WorldTest): void {
  test('attendance is marked once the visit has started; the department sees it in the next daily batch', async (world) => {
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const visit = await world.book(0, slot);
    const [scheduled] = (await world.clinician(0).clinician.listVisits()).filter(
      (v) => v.id === visit.id,
    );
    check(scheduled?.officerDisplayName === 'Ana Ruiz', "the clinician sees the officer's name");
    await checkRejects(
      world.clinician(0).clinician.markAttendance(visit.id, { outcome: 'fulfilled' }),
      { name: 'ConflictError', code: 'not-started' },
      'marking before the start',
    );
    await world.advanceTo(visit.createdAt, visit.start, MINUTE);
    const clinician = world.clinician(0).clinician;
    const marked = await clinician.markAttendance(visit.id, {
      outcome: 'fulfilled',
      expectedVersion: 1,
    });
    check(marked.status === 'fulfilled' && marked.version === 2, 'fulfilled, version 2');
    await checkRejects(
      clinician.markAttendance(visit.id, { outcome: 'fulfilled' }),
      { name: 'ConflictError', code: 'already-marked' },
      'marking twice',
    );
    const officerId = world.officers[0]?.id ?? '';
    const own = await world.officer(0).officer.attendance();
    check(own.status === 'completed', 'the officer sees their own mark at once');
    const before = await world.departmentAdmin().department.attendance(officerId);
    check(
      before.status === 'due',
      `the department sees it only in the next batch, got ${before.status}`,
    );
    const beforeRoster = await world.departmentAdmin().department.roster();
    check(beforeRoster.counts.completed === 0, 'nor do the counts');
    // A minute before the daily batch: still nothing.
    const batch = nextAttendanceBatch(new Date(marked.updatedAt), TIME_ZONE).toISOString();
    await world.advanceTo(marked.updatedAt, batch, -MINUTE);
    check(
      (await world.departmentAdmin().department.attendance(officerId)).status === 'due',
      'never sooner than the batch',
    );
    await world.advance(2 * MINUTE);
    const department = world.departmentAdmin().department;
    const record = await department.attendance(officerId);
    check(
      record.status === 'completed',
      `after the batch the department sees completed, got ${record.status}`,
    );
    const roster = await department.roster();
    checkEqual(
      roster.records.find((r) => r.officerId === officerId),
      record,
      'the roster agrees with the single read',
    );
    check(roster.counts.completed === 1, 'and the counts');
    check(
      roster.records.find((r) => r.officerId === world.officers[1]?.id)?.status === 'due',
      'an officer without a visit is due',
    );
    check(own.period.id === record.periodId, 'one period for both');
    const excused = await department.excuse(officerId, record.periodId);
    check(excused.status === 'completed', 'a completed visit wins over an excusal');
  });

  test('a no-show leaves the officer due, indistinguishable from having no visit', async (world) => {
    const slots = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    const [first] = slots;
    check(first, 'a free slot');
    const visit = await world.book(0, first);
    await world.advanceTo(visit.createdAt, visit.start, MINUTE);
    await world.clinician(0).clinician.markAttendance(visit.id, { outcome: 'noshow' });
    const department = world.departmentAdmin().department;
    const noShow = await department.attendance(world.officers[0]?.id ?? '');
    const noVisit = await department.attendance(world.officers[1]?.id ?? '');
    check(noShow.status === 'due', `a no-show is due, got ${noShow.status}`);
    checkEqual(
      { ...noShow, officerId: '', officerName: '' },
      { ...noVisit, officerId: '', officerName: '' },
      'a no-show reads exactly like no visit',
    );
  });

  test('an excusal makes an officer excused until it is withdrawn', async (world) => {
    const department = world.departmentAdmin().department;
    const [period] = await department.periods();
    check(period, 'a current period');
    const officerId = world.officers[1]?.id ?? '';
    const excused = await department.excuse(officerId, period.id);
    checkEqual(
      excused,
      { officerId, officerName: 'Ben Okafor', periodId: period.id, status: 'excused' },
      'the excused record',
    );
    check(
      (await world.officer(1).officer.attendance()).status === 'excused',
      'the officer sees it',
    );
    const listed = await department.roster({ status: 'excused' });
    checkEqual(
      listed.records.map((r) => r.officerId),
      [officerId],
      'the roster filters by it',
    );
    const withdrawn = await department.unexcuse(officerId, period.id);
    check(withdrawn.status === 'due', 'due again once withdrawn');
  });

  test('a policy that does not require attendance makes everyone not-required from the next period', async (world) => {
    const department = world.departmentAdmin().department;
    const [current] = await department.periods();
    check(current, 'a current period');
    const updated = await department.updatePolicy({ ...POLICY, required: false });
    const effectiveFrom = addDays(current.lastDay, 1);
    checkEqual(
      updated.policyChanges,
      [{ effectiveFrom, policy: { ...POLICY, required: false } }],
      'the change is scheduled for the next period',
    );
    checkEqual(updated.policy, POLICY, 'the first policy stays');
    checkEqual(await department.department(), updated, 'and reads back');
    check(
      (await department.roster()).records.every((r) => r.status === 'due'),
      'the current period still requires attendance',
    );
    const own = await world.officer(0).officer.attendance();
    checkEqual(
      own.policyChange,
      updated.policyChanges[0],
      'the officer sees the change and its date',
    );
    check(own.status === 'due', 'due for now');
    await department.excuse(world.officers[3]?.id ?? '', current.id);
    // To noon, New York, on the effective date.
    await world.advance(Date.parse(`${effectiveFrom}T17:00:00Z`) - world.now().getTime());
    const later = world.departmentAdmin().department;
    const roster = await later.roster();
    check(roster.period.firstDay === effectiveFrom, 'a new period from the effective date');
    check(
      roster.records.every((r) => r.status === 'not-required'),
      'everyone is not-required',
    );
    check(roster.counts['not-required'] === world.officers.length, 'counted as such');
    check(
      (await world.officer(0).officer.attendance()).status === 'not-required',
      'the officer sees it',
    );
    check(
      (await later.roster({ periodId: current.id })).records.every(
        (r) => r.status === (r.officerId === world.officers[3]?.id ? 'excused' : 'due'),
      ),
      'the period before still required attendance, in its grace days',
    );
  });

  test('the roster counts, filters by status, searches names and pages', async (world) => {
    const department = world.departmentAdmin().department;
    const [period] = await department.periods();
    check(period, 'a current period');
    await department.excuse(world.officers[3]?.id ?? '', period.id);
    const all = await department.roster();
    check(all.period.id === period.id, 'the current period by default');
    check(
      all.dueBy === addDays(period.lastDay, POLICY.graceDays),
      `the deadline: the last day plus grace days, got ${all.dueBy}`,
    );
    check(all.total === 4 && all.records.length === 4, 'four officers');
    checkEqual(
      all.counts,
      { completed: 0, due: 3, overdue: 0, excused: 1, 'not-required': 0 },
      'counts',
    );
    const due = await department.roster({ status: 'due' });
    check(due.total === 3 && due.records.every((r) => r.status === 'due'), 'filtered by status');
    checkEqual(due.counts, all.counts, 'counts ignore the status filter');
    const search = await department.roster({ search: 'zoe' });
    checkEqual(
      search.records.map((r) => r.officerName),
      ['Zoë Adams'],
      'accent-insensitive search',
    );
    const upper = await department.roster({ search: 'DIAZ' });
    checkEqual(
      upper.records.map((r) => r.officerName),
      ['Carmen Díaz'],
      'case-insensitive search',
    );
    const first = await department.roster({ limit: 3 });
    check(first.records.length === 3 && first.total === 4, 'a page of three of four');
    check(first.nextCursor !== undefined, 'with a cursor to the next page');
    const second = await department.roster({ limit: 3, cursor: first.nextCursor });
    check(second.nextCursor === undefined, 'the last page has no cursor');
    checkEqual(
      [...first.records, ...second.records].map((r) => r.officerId).sort(),
      world.officers.map((o) => o.id).sort(),
      'the pages cover every officer once',
    );
    // The year before: it ended before the program started.
    const older = `${Number(period.id.slice(0, 4)) - 1}${period.id.slice(4)}`;
    const past = await department.roster({ periodId: older });
    check(past.period.id === older, 'another period on request');
    check(
      past.records.every((r) => r.status === 'not-required'),
      'nothing is due before the program started',
    );
  });
}
