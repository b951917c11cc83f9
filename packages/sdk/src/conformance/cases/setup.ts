import type { WellvisitBackend } from '../../contract/index.js';
import { POLICY, TIME_ZONE } from '../world.js';
import { check, checkEqual, checkRejects } from '../assert.js';
import type { WorldTest } from '../define.js';

const REFUSED = { name: 'UnauthorizedError' } as const;

async function checkRefusedEverywhere(backend: WellvisitBackend, what: string): Promise<void> {
  await checkRejects(backend.session(), REFUSED, `${what}: session()`);
  await checkRejects(backend.officer.me(), REFUSED, `${what}: officer.me()`);
  await checkRejects(backend.clinician.me(), REFUSED, `${what}: clinician.me()`);
  await checkRejects(backend.department.department(), REFUSED, `${what}: department.department()`);
}

export function setupCases(test: WorldTest): void {
  test('admin creates departments, officers, practices and clinicians as given', async (world) => {
    checkEqual(
      world.department,
      {
        id: world.department.id,
        name: 'Conformance Police Department',
        timeZone: TIME_ZONE,
        policy: POLICY,
        policyChanges: [],
        programStart: world.department.programStart,
      },
      'createDepartment returns the department',
    );
    check(
      /^\d{4}-\d{2}-\d{2}$/.test(world.department.programStart ?? ''),
      'the program starts on the day it is created unless told',
    );
    const [officer] = world.officers;
    check(officer?.displayName === 'Ana Ruiz', 'createOfficer returns the officer');
    check(officer.departmentId === world.department.id, 'the officer belongs to department A');
    const [c0] = world.clinicians;
    checkEqual(c0.modalities, ['virtual', 'practice'], 'createClinician keeps the modalities');
    checkEqual(c0.languages, ['en', 'es'], 'createClinician keeps the languages');
    checkEqual(await world.officer(0).officer.me(), officer, 'officer.me() is the created officer');
    checkEqual(
      await world.clinician(0).clinician.me(),
      c0,
      'clinician.me() is the created clinician',
    );
    checkEqual(
      await world.clinician(0).clinician.availability(),
      world.availabilityOf(0),
      'availability reads back as set',
    );
    await checkRejects(
      world.backend.admin.createOfficer({ ...officer }),
      { name: 'ConflictError' },
      'creating an officer with an id in use',
    );
  });

  test('a token acts as exactly the principal it was issued for', async (world) => {
    checkEqual(
      await world.officer(0).session(),
      { role: 'officer', officerId: world.officers[0]?.id, departmentId: world.department.id },
      'officer token session',
    );
    checkEqual(await world.departmentAdmin().session(), world.admin, 'department admin session');
    const clinician = await world.clinician(1).session();
    check(
      clinician.role === 'clinician' && clinician.clinicianId === world.clinicians[1].id,
      'clinician token session',
    );
  });

  test('an unknown, tampered or expired token is refused with UnauthorizedError', async (world) => {
    const { token } = await world.backend.admin.issueToken({
      session: {
        role: 'officer',
        officerId: world.officers[0]?.id ?? '',
        departmentId: world.department.id,
      },
      ttlSeconds: 60,
    });
    const valid = world.backend.connect(token);
    check((await valid.officer.me()).id === world.officers[0]?.id, 'the fresh token works');
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    await checkRefusedEverywhere(world.backend.connect('not-a-real-token'), 'unknown token');
    await checkRefusedEverywhere(world.backend.connect(tampered), 'tampered token');
    await world.backend.advanceTime(61_000);
    await checkRefusedEverywhere(valid, 'expired token');
  });

  test('a token cannot be issued for a principal that does not exist', async (world) => {
    await checkRejects(
      world.backend.admin.issueToken({
        session: { role: 'officer', officerId: 'nobody-here', departmentId: world.department.id },
      }),
      { name: 'NotFoundError' },
      'token for an unknown officer',
    );
    await checkRejects(
      world.backend.admin.issueToken({
        session: {
          role: 'officer',
          officerId: world.outsider.id,
          departmentId: world.department.id,
        },
      }),
      { name: 'NotFoundError' },
      'token for an officer in the wrong department',
    );
  });
}
