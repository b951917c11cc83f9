import { canonical, check, checkRejects } from '../assert.js';
import type { WorldTest } from '../define.js';
import { DAY, POLICY, TIME_ZONE, type World } from '../world.js';

const EVERYTHING = { from: '2000-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' };

/** What a bad call could have changed, read back through the API. */
async function observe(world: World): Promise<string> {
  const officer = world.officer(0).officer;
  const department = world.departmentAdmin().department;
  const roster = await department.roster();
  return canonical({
    visits: await officer.listVisits(EVERYTHING),
    preferences: await officer.reminderPreferences(),
    clinicians: await officer.listClinicians(),
    availability: await world.clinician(0).clinician.availability(),
    schedule: await world.clinician(0).clinician.listVisits(EVERYTHING),
    department: await department.department(),
    roster: { records: roster.records, total: roster.total },
  });
}

export function validationCases(test: WorldTest): void {
  test('bad input is refused with a ValidationError naming the field, and nothing is written', async (world) => {
    const [slot] = await world.freeSlots({
      clinicianId: world.clinicians[0].id,
      modality: 'virtual',
    });
    check(slot, 'a free slot');
    const visit = await world.book(0, slot);
    const officerId = world.officers[0]?.id ?? '';
    const officer = world.officer(0).officer;
    const clinician = world.clinician(0).clinician;
    const department = world.departmentAdmin().department;
    const { admin } = world.backend;
    const huge = 'x'.repeat(10_000);
    const good = { clinicianId: slot.clinicianId, start: slot.start, modality: slot.modality };
    const from = world.now().toISOString();
    const to = new Date(world.now().getTime() + DAY).toISOString();
    // Untyped on purpose: this is what JavaScript callers and hostile clients send.
    const bad = (value: unknown): never => value as never;

    const cases: [field: string, what: string, call: () => Promise<unknown>][] = [
      ['clinicianId', 'a number for an id', () => officer.book(bad({ ...good, clinicianId: 42 }))],
      [
        'modality',
        'an unknown modality',
        () => officer.book(bad({ ...good, modality: 'telepathy' })),
      ],
      [
        'start',
        'a missing start',
        () => officer.book(bad({ clinicianId: good.clinicianId, modality: good.modality })),
      ],
      [
        'start',
        'a start that is not a time',
        () => officer.book(bad({ ...good, start: 'next tuesday' })),
      ],
      [
        'idempotencyKey',
        'a huge idempotency key',
        () => officer.book({ ...good, idempotencyKey: huge }),
      ],
      [
        'from',
        'a range start that is not a time',
        () => officer.listSlots(bad({ from: 'tomorrow', to })),
      ],
      ['to', 'a range that ends before it starts', () => officer.listSlots({ from: to, to: from })],
      [
        'modality',
        'an unknown modality filter',
        () => officer.listClinicians(bad({ modality: 'hologram' })),
      ],
      [
        'start',
        'a reschedule to no time',
        () => officer.reschedule(visit.id, bad({ start: 'soon' })),
      ],
      [
        'expectedVersion',
        'a version in words',
        () => officer.cancel(visit.id, bad({ expectedVersion: 'one' })),
      ],
      [
        'channels',
        'an unknown reminder channel',
        () =>
          officer.setReminderPreferences(
            bad({ channels: ['pigeon'], leadTimesMinutes: [60], discreet: true }),
          ),
      ],
      [
        'discreet',
        'a non-boolean discreet flag',
        () =>
          officer.setReminderPreferences(
            bad({ channels: [], leadTimesMinutes: [60], discreet: 'yes' }),
          ),
      ],
      [
        'slotMinutes',
        'a slot length in words',
        () => clinician.setAvailability(bad({ ...world.availabilityOf(0), slotMinutes: 'sixty' })),
      ],
      [
        'weekday',
        'a ninth weekday',
        () =>
          clinician.setAvailability(
            bad({
              ...world.availabilityOf(0),
              rules: [{ weekday: 9, start: '08:00', end: '12:00', modalities: ['virtual'] }],
            }),
          ),
      ],
      [
        'outcome',
        'an unknown outcome',
        () => clinician.markAttendance(visit.id, bad({ outcome: 'maybe' })),
      ],
      [
        'cadence',
        'an unknown cadence',
        () => department.updatePolicy(bad({ ...POLICY, cadence: 'weekly' })),
      ],
      [
        'periodStartMonth',
        'a policy missing fields',
        () => department.updatePolicy(bad({ cadence: 'annual' })),
      ],
      ['status', 'an unknown roster status', () => department.roster(bad({ status: 'vanished' }))],
      ['periodId', 'a thirteenth month', () => department.attendance(officerId, '2026-13')],
      ['periodId', 'a period in words', () => department.excuse(officerId, 'soon')],
      [
        'displayName',
        'a 10,000-character name',
        () =>
          admin.createOfficer({
            departmentId: world.department.id,
            displayName: huge,
            timeZone: TIME_ZONE,
          }),
      ],
      [
        'timeZone',
        'a time zone that does not exist',
        () =>
          admin.createDepartment({
            name: 'Mars PD',
            timeZone: 'Mars/Olympus_Mons',
            policy: POLICY,
          }),
      ],
      [
        'languages',
        'a clinician without a language',
        () =>
          admin.createClinician({
            ...world.clinicians[0],
            id: 'another-clinician',
            languages: [],
          }),
      ],
      [
        'departmentIds',
        'a practice with departments as text',
        () =>
          admin.createPractice(
            bad({ name: 'Practice', timeZone: TIME_ZONE, departmentIds: world.department.id }),
          ),
      ],
    ];

    const before = await observe(world);
    for (const [field, what, call] of cases) {
      const error = await checkRejects(call(), { name: 'ValidationError', field }, what);
      check(error.message.length > 0, `${what}: the error says what is wrong`);
    }
    check((await observe(world)) === before, 'the refused calls wrote nothing');
  });
}
