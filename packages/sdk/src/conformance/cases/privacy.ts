import type { Visit } from '../../model/index.js';
import { check, checkEqual } from '../assert.js';
import type { WorldTest } from '../define.js';
import { findForbiddenKeys } from '../forbidden-keys.js';
import { POLICY, slotPair } from '../world.js';

const MINUTE = 60_000;
const RECORD_KEYS = ['officerId', 'officerName', 'periodId', 'status'];

export function privacyCases(test: WorldTest): void {
  test('no department-facing response carries a visit or anything of one', async (world) => {
    const [c0, c1] = world.clinicians;
    const slots = await world.freeSlots({ clinicianId: c0.id, modality: 'virtual' });
    // Two slots of one day (so one period), and any later one to cancel.
    const [a, b] = slotPair(slots);
    const c = slots.find((s) => Date.parse(s.start) > Date.parse(b.start));
    check(c, 'a third free slot');
    const visits: Visit[] = [
      await world.book(0, a),
      await world.book(1, b),
      await world.book(2, c),
    ];
    await world.officer(2).officer.cancel(visits[2]?.id ?? '');
    await world.advanceTo(visits[0]?.createdAt ?? '', b.start, MINUTE);
    await world
      .clinician(0)
      .clinician.markAttendance(visits[0]?.id ?? '', { outcome: 'fulfilled' });
    const marked = await world
      .clinician(0)
      .clinician.markAttendance(visits[1]?.id ?? '', { outcome: 'noshow' });
    await world.afterBatch(marked.updatedAt);
    const [upcoming] = await world.freeSlots({ clinicianId: c1.id });
    check(upcoming, 'a free department slot');
    visits.push(await world.book(3, upcoming));

    const department = world.departmentAdmin().department;
    const [period] = await department.periods();
    check(period, 'a current period');
    const officerId = world.officers[3]?.id ?? '';
    const responses: [string, unknown][] = [
      ['department', await department.department()],
      ['updatePolicy', await department.updatePolicy(POLICY)],
      ['periods', await department.periods()],
      ['roster', await department.roster()],
      ['roster by page', await department.roster({ limit: 1 })],
      ['excuse', await department.excuse(officerId, period.id)],
      ['unexcuse', await department.unexcuse(officerId, period.id)],
    ];
    for (const status of ['completed', 'due', 'overdue', 'excused', 'not-required'] as const) {
      responses.push([`roster of ${status}`, await department.roster({ status })]);
    }
    for (const officer of world.officers) {
      responses.push([
        `attendance of ${officer.displayName}`,
        await department.attendance(officer.id),
      ]);
    }
    const secrets = visits.flatMap((v) => [v.id, v.start, v.end, v.place ?? v.id]);
    secrets.push(c0.id, c1.id, c0.displayName, c1.displayName, 'noshow', 'cancelled', 'booked');
    for (const [name, response] of responses) {
      checkEqual(findForbiddenKeys(response), [], `${name}: no visit-like key`);
      const text = JSON.stringify(response);
      const leaked = secrets.filter((secret) => text.includes(secret));
      checkEqual(leaked, [], `${name}: nothing of a visit, its clinician or its fate`);
    }
    const roster = await department.roster();
    for (const record of roster.records) {
      checkEqual(Object.keys(record).sort(), RECORD_KEYS, 'a roster record has exactly four keys');
    }
    const statuses = Object.fromEntries(roster.records.map((r) => [r.officerName, r.status]));
    checkEqual(
      statuses,
      { 'Ana Ruiz': 'completed', 'Ben Okafor': 'due', 'Carmen Díaz': 'due', 'Zoë Adams': 'due' },
      'attendance only: a no-show, a cancellation and a booking all read as due',
    );
  });

  test('an officer sees every department read of their attendance, newest first', async (world) => {
    const officer = world.officer(0).officer;
    checkEqual(await officer.attendanceAccessLog(), [], 'nobody has read it yet');
    const department = world.departmentAdmin().department;
    await department.attendance(world.officers[0]?.id ?? '');
    await department.roster();
    const log = await officer.attendanceAccessLog();
    check(log.length === 2, `two reads logged, got ${log.length}`);
    for (const entry of log) {
      check(entry.actorRole === 'department-admin', 'read by the department admin');
      check(entry.actorId === world.admin.adminId, 'names the admin');
    }
    check(Date.parse(log[0]?.at ?? '') >= Date.parse(log[1]?.at ?? ''), 'newest first');
    const others = await world.officer(1).officer.attendanceAccessLog();
    check(others.length === 1, `another officer sees only the roster read, got ${others.length}`);
  });

  test('reminders name visits by id only, and preferences read back as saved', async (world) => {
    const officer = world.officer(0).officer;
    const preferences = { channels: [], leadTimesMinutes: [60, 1440], discreet: true };
    checkEqual(await officer.setReminderPreferences(preferences), preferences, 'saved');
    checkEqual(await officer.reminderPreferences(), preferences, 'read back');
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const visit = await world.book(0, slot);
    const reminders = await officer.reminders();
    const forVisit = reminders.filter((r) => r.kind === 'visit');
    check(
      forVisit.some(
        (r) => r.visitId === visit.id && Date.parse(r.at) === Date.parse(visit.start) - 60 * MINUTE,
      ),
      'a reminder an hour before the visit',
    );
    const allowed = new Set(['id', 'kind', 'at', 'visitId', 'periodId', 'dueBy']);
    for (const reminder of reminders) {
      check(
        Object.keys(reminder).every((key) => allowed.has(key)),
        'a reminder carries ids and times only',
      );
    }
    const { period } = await officer.attendance();
    check(
      reminders.some((r) => r.kind === 'check-in-due' && r.periodId === period.id),
      'a due officer is nudged to check in',
    );
  });

  test('returned objects are copies: changing them changes nothing in the backend', async (world) => {
    const officer = world.officer(0).officer;
    const me = await officer.me();
    me.displayName = 'Someone Else';
    check((await officer.me()).displayName === 'Ana Ruiz', 'the officer is unchanged');
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const visit = await world.book(0, slot);
    visit.status = 'cancelled';
    check((await officer.getVisit(visit.id)).status === 'booked', 'the visit is unchanged');
    const availability = await world.clinician(0).clinician.availability();
    availability.rules.length = 0;
    check(
      (await world.clinician(0).clinician.availability()).rules.length > 0,
      'the availability is unchanged',
    );
    const department = await world.departmentAdmin().department.department();
    department.policy.required = false;
    check(
      (await world.departmentAdmin().department.department()).policy.required,
      'the policy is unchanged',
    );
  });
}
