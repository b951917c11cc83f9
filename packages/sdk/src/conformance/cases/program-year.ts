import { addDays, localToday } from '../../rules/index.js';
import { check, checkEqual, checkRejects } from '../assert.js';
import type { Visit } from '../../model/index.js';
import type { WorldTest } from '../define.js';
import { DAY, POLICY, TIME_ZONE, plus, type World } from '../world.js';

const MINUTE = 60_000;

/** Officer 0 books, attends (marked by clinician 0) and the daily batch has run since. */
async function attendedVisit(world: World): Promise<{ visit: Visit; marked: Visit }> {
  const [slot] = await world.freeSlots({ clinicianId: world.clinicians[0].id });
  check(slot, 'a free slot');
  const visit = await world.book(0, slot);
  await world.advanceTo(visit.createdAt, visit.start, MINUTE);
  const marked = await world
    .clinician(0)
    .clinician.markAttendance(visit.id, { outcome: 'fulfilled' });
  await world.afterBatch(marked.updatedAt);
  return { visit, marked };
}

/** The program year (issue 12): fixed periods, audited figures, service dates, cadences, excusals, corrections. */
export function programYearCases(test: WorldTest): void {
  test('a policy change cannot move a started period: the month of a visit stays hidden', async (world) => {
    await attendedVisit(world);
    const department = world.departmentAdmin().department;
    const officerId = world.officers[0]?.id ?? '';
    const periods = await department.periods();
    const [current] = periods;
    check(current, 'a current period');
    const seen = async () => ({
      periods: await department.periods(),
      records: await Promise.all(periods.map((p) => department.attendance(officerId, p.id))),
    });
    const before = await seen();
    check(before.records[0]?.status === 'completed', 'completed in the current period');
    const year = current.id.slice(0, 4);
    // The attack: try every fiscal start month and cadence, and read every period each makes.
    for (const cadence of ['annual', 'semiannual'] as const) {
      for (let month = 1; month <= 12; month += 1) {
        const updated = await department.updatePolicy({
          ...POLICY,
          cadence,
          periodStartMonth: month,
        });
        checkEqual(
          updated.policyChanges.map((c) => c.effectiveFrom),
          [addDays(current.lastDay, 1)],
          'one change, from the day after the current period ends',
        );
        checkEqual(await seen(), before, 'periods and attendance do not move');
        for (let other = 1; other <= 12; other += 1) {
          const id = `${year}-${String(other).padStart(2, '0')}`;
          if (id === current.id) continue;
          await checkRejects(
            department.attendance(officerId, id),
            { name: 'ValidationError' },
            `${id} is not a period`,
          );
        }
      }
    }
    const change = (await department.department()).policyChanges[0];
    checkEqual(
      change,
      {
        effectiveFrom: addDays(current.lastDay, 1),
        policy: { ...POLICY, cadence: 'semiannual', periodStartMonth: 12 },
      },
      'the department sees the last change and its effective date',
    );
    checkEqual(
      (await world.officer(0).officer.attendance()).policyChange,
      change,
      'so does the officer',
    );
    // To noon, New York, on the effective date.
    await world.advance(Date.parse(`${change?.effectiveFrom}T17:00:00Z`) - world.now().getTime());
    const [next, previous] = await world.departmentAdmin().department.periods();
    checkEqual(previous, current, 'the period that had started keeps its boundaries');
    check(next, 'a new period');
    check(next.firstDay === change?.effectiveFrom, 'the new policy from its effective date');
    check(next.cadence === 'semiannual', 'with its cadence');
    check(next.lastDay.slice(5) === '05-31', `to its first boundary, got ${next.lastDay}`);
  });

  test('roster counts and totals are audited reads of every officer they cover', async (world) => {
    const department = world.departmentAdmin().department;
    const ana = world.officer(0).officer;
    const ben = world.officer(1).officer;
    const page = await department.roster({ search: 'Ana Ruiz', cursor: '999' });
    check(page.records.length === 0 && page.total === 1, 'no record, but a total of one');
    check((await ana.attendanceAccessLog()).length === 1, 'the count read Ana: logged');
    checkEqual(await ben.attendanceAccessLog(), [], 'Ben was not counted');
    const filtered = await department.roster({ status: 'due', cursor: '5' });
    check(filtered.records.length === 0 && filtered.total === 4, 'an empty page of four');
    check((await ana.attendanceAccessLog()).length === 2, 'Ana read again');
    check((await ben.attendanceAccessLog()).length === 1, 'Ben read once');
    const log = await ben.attendanceAccessLog();
    checkEqual(
      log.map(({ actorRole, actorId }) => ({ actorRole, actorId })),
      [{ actorRole: 'department-admin', actorId: world.admin.adminId }],
      'by the department admin',
    );
  });

  test('nothing is due before the program or outside an officer’s service', async (world) => {
    const { admin } = world.backend;
    const department = world.departmentAdmin().department;
    const [current] = await department.periods();
    check(current, 'a current period');
    checkEqual(
      await department.periods(),
      [current],
      'no period listed from before the program started',
    );
    const previousYear = `${Number(current.id.slice(0, 4)) - 1}${current.id.slice(4)}`;
    const make = (id: string, service: { serviceStart?: string; serviceEnd?: string }) =>
      admin.createOfficer({
        id: `${world.department.id}-${id}`,
        departmentId: world.department.id,
        displayName: `Officer ${id}`,
        timeZone: TIME_ZONE,
        ...service,
      });
    // Joins on the period's last day: due in that period, by its due-by date.
    const joiner = await make('joiner', { serviceStart: current.lastDay });
    const future = await make('future', { serviceStart: addDays(current.lastDay, 1) });
    const leaver = await make('leaver', { serviceEnd: addDays(current.lastDay, -1) });
    const stays = await make('stays', { serviceEnd: current.lastDay });
    const status = async (officerId: string, periodId?: string) =>
      (await department.attendance(officerId, periodId)).status;
    check((await status(joiner.id)) === 'due', 'a mid-period joiner is due in that period');
    check((await status(future.id)) === 'not-required', 'not before their service starts');
    check((await status(leaver.id)) === 'not-required', 'not after it ends');
    check((await status(stays.id)) === 'due', 'due when in service to the last day');
    // The admin changes service dates later: a leave that ends service before the period does.
    const changed = await admin.setOfficerService(stays.id, {
      serviceEnd: addDays(current.lastDay, -10),
    });
    check(changed.serviceEnd === addDays(current.lastDay, -10), 'the new end date');
    check(changed.serviceStart === undefined && changed.id === stays.id, 'the rest as it was');
    check((await status(stays.id)) === 'not-required', 'nothing due after the new end');
    await checkRejects(
      admin.setOfficerService(`${world.department.id}-nobody`, {}),
      { name: 'NotFoundError' },
      'an unknown officer',
    );
    check(
      (await status(world.officers[0]?.id ?? '', previousYear)) === 'not-required',
      'nobody is due in a period before the program',
    );
    // Past the due-by date (grace days included): due turns overdue, the rest stays.
    const dueBy = (await world.officer(0).officer.attendance()).dueBy;
    await world.advance(Date.parse(`${addDays(dueBy, 1)}T17:00:00Z`) - world.now().getTime());
    const later = world.departmentAdmin().department;
    const after = async (officerId: string) =>
      (await later.attendance(officerId, current.id)).status;
    check((await after(joiner.id)) === 'overdue', 'the joiner is overdue after the due-by date');
    check((await after(leaver.id)) === 'not-required', 'the leaver never is');
    check((await after(future.id)) === 'not-required', 'nor one who joined later');
  });

  test('a cadence of every N months, up to 60, is accepted and scheduled; anything else is refused', async (world) => {
    const department = world.departmentAdmin().department;
    const fiveYearly = { ...POLICY, cadence: 'months' as const, months: 60, graceDays: 90 };
    const updated = await department.updatePolicy(fiveYearly);
    checkEqual(
      updated.policyChanges[0]?.policy,
      fiveYearly,
      'the five-yearly policy, grace days too',
    );
    for (const bad of [
      { ...POLICY, cadence: 'months' as const },
      { ...POLICY, cadence: 'months' as const, months: 61 },
      { ...POLICY, months: 12 },
    ]) {
      await checkRejects(
        department.updatePolicy(bad),
        { name: 'ValidationError' },
        `refused: ${JSON.stringify(bad)}`,
      );
    }
    checkEqual(
      (await department.department()).policyChanges,
      updated.policyChanges,
      'nothing refused was written',
    );
  });

  test('an excusal has a category, no free text, and ends by itself on its last day', async (world) => {
    const department = world.departmentAdmin().department;
    const [period] = await department.periods();
    check(period, 'a current period');
    const officerId = world.officers[1]?.id ?? '';
    const today = localToday(world.now(), TIME_ZONE);
    const lastDay = addDays(today, 2);
    check(lastDay <= period.lastDay, 'two days left in the period (not the last days of it)');
    const excused = await department.excuse(officerId, period.id, { category: 'injury', lastDay });
    check(excused.status === 'excused', 'excused while it lasts');
    for (const bad of [
      { category: 'vacation' },
      { category: 'other', reason: 'anything' },
      { category: 'leave', lastDay: 'soon' },
    ]) {
      await checkRejects(
        department.excuse(officerId, period.id, bad as never),
        { name: 'ValidationError' },
        `refused: ${JSON.stringify(bad)}`,
      );
    }
    check(
      (await department.attendance(officerId)).status === 'excused',
      'nothing refused was written',
    );
    await world.advance(Date.parse(`${addDays(lastDay, 1)}T17:00:00Z`) - world.now().getTime());
    const later = world.departmentAdmin().department;
    check(
      (await later.attendance(officerId, period.id)).status === 'due',
      'due again the day after its last day',
    );
    check(
      (await world.officer(1).officer.attendance()).status === 'due',
      'the officer sees it too',
    );
    const whole = await later.excuse(world.officers[2]?.id ?? '', period.id);
    check(whole.status === 'excused', 'without a last day it covers the whole period');
  });

  test('a clinician corrects a mark within seven days; the department sees it at the next batch', async (world) => {
    const { visit, marked: first } = await attendedVisit(world);
    const officerId = world.officers[0]?.id ?? '';
    const seen = async () =>
      (await world.departmentAdmin().department.attendance(officerId)).status;
    check((await seen()) === 'completed', 'completed after the batch');
    const corrected = await world
      .clinician(0)
      .clinician.markAttendance(visit.id, { outcome: 'noshow', expectedVersion: first.version });
    check(corrected.status === 'noshow', 'the mark is corrected');
    check(
      (await world.officer(0).officer.attendance()).status === 'due',
      'the officer sees it at once',
    );
    check((await seen()) === 'completed', 'the department keeps the old mark until the batch');
    await checkRejects(
      world.clinician(0).clinician.markAttendance(visit.id, { outcome: 'noshow' }),
      { name: 'ConflictError', code: 'already-marked' },
      'the same outcome again',
    );
    await world.afterBatch(corrected.updatedAt);
    check((await seen()) === 'due', 'and follows it at the next batch');
    await world.advance(Date.parse(plus(visit.start, 7 * DAY)) - world.now().getTime() + MINUTE);
    await checkRejects(
      world.clinician(0).clinician.markAttendance(visit.id, { outcome: 'fulfilled' }),
      { name: 'ConflictError', code: 'correction-closed' },
      'not once seven days have passed since the start',
    );
  });
}
