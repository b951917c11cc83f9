import type { WellvisitBackend } from '../../contract/index.js';
import { DEFAULT_REMINDER_PREFERENCES } from '../../model/index.js';
import { canonical, check, checkRejects } from '../assert.js';
import type { WorldTest } from '../define.js';
import { DAY, POLICY, type World } from '../world.js';

const MINUTE = 60_000;
type Call = [name: string, call: () => Promise<unknown>];

/** Every method of each role's API, with arguments that would be valid for that role. */
function callsOf(world: World, backend: WellvisitBackend, visitId: string, periodId: string) {
  const officerId = world.officers[0]?.id ?? '';
  const [c0] = world.clinicians;
  const from = world.now().toISOString();
  const to = new Date(world.now().getTime() + DAY).toISOString();
  const { officer, clinician, department } = backend;
  const officerCalls: Call[] = [
    ['officer.me', () => officer.me()],
    ['officer.listClinicians', () => officer.listClinicians()],
    ['officer.listSlots', () => officer.listSlots({ from, to })],
    ['officer.book', () => officer.book({ clinicianId: c0.id, start: to, modality: 'virtual' })],
    ['officer.listVisits', () => officer.listVisits()],
    ['officer.getVisit', () => officer.getVisit(visitId)],
    ['officer.reschedule', () => officer.reschedule(visitId, { start: to })],
    ['officer.cancel', () => officer.cancel(visitId)],
    ['officer.attendance', () => officer.attendance()],
    ['officer.attendanceAccessLog', () => officer.attendanceAccessLog()],
    ['officer.reminders', () => officer.reminders()],
    ['officer.reminderPreferences', () => officer.reminderPreferences()],
    [
      'officer.setReminderPreferences',
      () => officer.setReminderPreferences(DEFAULT_REMINDER_PREFERENCES),
    ],
  ];
  const clinicianCalls: Call[] = [
    ['clinician.me', () => clinician.me()],
    ['clinician.listVisits', () => clinician.listVisits()],
    ['clinician.markAttendance', () => clinician.markAttendance(visitId, { outcome: 'fulfilled' })],
    ['clinician.availability', () => clinician.availability()],
    [
      'clinician.setAvailability',
      () => clinician.setAvailability({ ...world.availabilityOf(0), rules: [] }),
    ],
  ];
  const departmentCalls: Call[] = [
    ['department.department', () => department.department()],
    ['department.updatePolicy', () => department.updatePolicy({ ...POLICY, required: false })],
    ['department.periods', () => department.periods()],
    ['department.roster', () => department.roster()],
    ['department.attendance', () => department.attendance(officerId)],
    ['department.excuse', () => department.excuse(officerId, periodId)],
    ['department.unexcuse', () => department.unexcuse(officerId, periodId)],
  ];
  return { officerCalls, clinicianCalls, departmentCalls };
}

async function checkAllForbidden(calls: Call[], who: string): Promise<void> {
  for (const [name, call] of calls) {
    await checkRejects(call(), { name: 'ForbiddenError' }, `${who} calling ${name}`);
  }
}

export function roleCases(test: WorldTest): void {
  test("each role calling another role's API is refused with ForbiddenError, and nothing changes", async (world) => {
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const visit = await world.book(0, slot);
    const [period] = await world.departmentAdmin().department.periods();
    check(period, 'a current period');
    const snapshot = async () =>
      canonical([
        await world.departmentAdmin().department.department(),
        (await world.departmentAdmin().department.roster()).records,
        await world.clinician(0).clinician.availability(),
        await world.officer(0).officer.getVisit(visit.id),
      ]);
    const before = await snapshot();
    const asOfficer = callsOf(world, world.officer(0), visit.id, period.id);
    const asClinician = callsOf(world, world.clinician(0), visit.id, period.id);
    const asAdmin = callsOf(world, world.departmentAdmin(), visit.id, period.id);
    await checkAllForbidden(
      [...asOfficer.clinicianCalls, ...asOfficer.departmentCalls],
      'an officer',
    );
    await checkAllForbidden(
      [...asClinician.officerCalls, ...asClinician.departmentCalls],
      'a clinician',
    );
    await checkAllForbidden(
      [...asAdmin.officerCalls, ...asAdmin.clinicianCalls],
      'a department admin',
    );
    check((await snapshot()) === before, 'the refused calls changed nothing');
  });

  test("an officer cannot read, change or cancel another officer's visit: NotFoundError", async (world) => {
    const [slot, later] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot && later, 'two free slots');
    const visit = await world.book(0, slot);
    const other = world.officer(1).officer;
    await checkRejects(other.getVisit(visit.id), { name: 'NotFoundError' }, 'reading it');
    await checkRejects(
      other.reschedule(visit.id, { start: later.start }),
      { name: 'NotFoundError' },
      'rescheduling it',
    );
    await checkRejects(other.cancel(visit.id), { name: 'NotFoundError' }, 'cancelling it');
    check(!(await other.listVisits()).some((v) => v.id === visit.id), 'not in their list');
    const mine = await world.officer(0).officer.getVisit(visit.id);
    check(mine.status === 'booked' && mine.version === 1, 'the visit is untouched');
  });

  test("a clinician cannot see or mark another clinician's visit: NotFoundError", async (world) => {
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const visit = await world.book(0, slot);
    await world.advanceTo(visit.createdAt, visit.start, MINUTE);
    const other = world.clinician(1).clinician;
    await checkRejects(
      other.markAttendance(visit.id, { outcome: 'fulfilled' }),
      { name: 'NotFoundError' },
      "marking another clinician's visit",
    );
    const everything = { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };
    check(
      !(await other.listVisits(everything)).some((v) => v.id === visit.id),
      'not on their schedule',
    );
    check(
      (await world.officer(0).officer.getVisit(visit.id)).status === 'booked',
      'still unmarked',
    );
  });

  test("a department admin cannot read or excuse another department's officers", async (world) => {
    const [period] = await world.departmentAdmin().department.periods();
    check(period, 'a current period');
    const foreign = world.otherDepartmentAdmin().department;
    const officerId = world.officers[0]?.id ?? '';
    const refused = { name: ['NotFoundError', 'ForbiddenError'] } as const;
    await checkRejects(
      foreign.attendance(officerId),
      refused,
      "reading another department's officer",
    );
    await checkRejects(foreign.excuse(officerId, period.id), refused, 'excusing them');
    await checkRejects(
      foreign.unexcuse(officerId, period.id),
      refused,
      'withdrawing their excusal',
    );
    const roster = await foreign.roster();
    check(
      roster.records.length === 1 && roster.records[0]?.officerId === world.outsider.id,
      'its roster holds only its own officer',
    );
    await checkRejects(
      world.departmentAdmin().department.attendance(world.outsider.id),
      refused,
      'and the other way round',
    );
    check(
      (await world.departmentAdmin().department.attendance(officerId)).status === 'due',
      'not excused',
    );
  });

  test('an officer of a department the practice does not serve cannot see or book its clinicians', async (world) => {
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const outsider = world.outsiderApi().officer;
    check((await outsider.listClinicians()).length === 0, 'no clinicians listed');
    const from = world.now().toISOString();
    const to = new Date(world.now().getTime() + 30 * DAY).toISOString();
    check((await outsider.listSlots({ from, to })).length === 0, 'no slots listed');
    await checkRejects(
      outsider.listSlots({ from, to, clinicianId: slot.clinicianId }),
      { name: 'NotFoundError' },
      "listing the clinician's slots",
    );
    await checkRejects(
      outsider.book({ clinicianId: slot.clinicianId, start: slot.start, modality: slot.modality }),
      { name: 'NotFoundError' },
      'booking the clinician',
    );
  });
}
