import { randomBytes } from 'node:crypto';
import {
  createHttpBackend,
  type Availability,
  type ClinicianSession,
  type DepartmentSession,
  type OfficerSession,
  type Session,
  type Slot,
  type WellvisitBackend,
} from '@wellvisit/sdk';
import type { TestServer } from './server.js';

export const TIME_ZONE = 'America/New_York';

/** Every day 08:00–18:00 in one-hour slots, no notice, 60 days ahead. */
export function openAvailability(clinicianId: string): Availability {
  return {
    clinicianId,
    timeZone: TIME_ZONE,
    slotMinutes: 60,
    bufferMinutes: 0,
    minNoticeMinutes: 0,
    horizonDays: 60,
    rules: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({
      weekday,
      start: '08:00',
      end: '18:00',
      modalities: ['virtual' as const],
    })),
    exceptions: [],
  };
}

/**
 * Two tenants on one server, with fresh ids: department A with two officers, served by practice
 * P (clinician `c`); department B with one officer, served by practice Q (clinician `d`).
 */
export interface TestWorld {
  ids: {
    departmentA: string;
    departmentB: string;
    officerA1: string;
    officerA2: string;
    officerB1: string;
    practiceP: string;
    practiceQ: string;
    clinicianC: string;
    clinicianD: string;
  };
  sessions: {
    officerA1: OfficerSession;
    officerA2: OfficerSession;
    officerB1: OfficerSession;
    clinicianC: ClinicianSession;
    clinicianD: ClinicianSession;
    adminA: DepartmentSession;
    adminB: DepartmentSession;
  };
  token(session: Session, allowedOrigin?: string): Promise<string>;
  as(session: Session): Promise<WellvisitBackend>;
  /** Free slots of a clinician, from the officer's view, starting tomorrow. */
  slots(officer: Session, clinicianId: string): Promise<Slot[]>;
}

export async function createTestWorld(
  server: Pick<TestServer, 'url' | 'adminKey' | 'now'>,
): Promise<TestWorld> {
  const tag = randomBytes(4).toString('hex');
  const admin = createHttpBackend({ baseUrl: server.url, token: server.adminKey }).admin;
  const ids = {
    departmentA: `dept-a-${tag}`,
    departmentB: `dept-b-${tag}`,
    officerA1: `officer-a1-${tag}`,
    officerA2: `officer-a2-${tag}`,
    officerB1: `officer-b1-${tag}`,
    practiceP: `practice-p-${tag}`,
    practiceQ: `practice-q-${tag}`,
    clinicianC: `clinician-c-${tag}`,
    clinicianD: `clinician-d-${tag}`,
  };
  const policy = { cadence: 'annual', periodStartMonth: 1, required: true, graceDays: 30 } as const;
  await admin.createDepartment({
    id: ids.departmentA,
    name: 'Department A',
    timeZone: TIME_ZONE,
    policy,
  });
  await admin.createDepartment({
    id: ids.departmentB,
    name: 'Department B',
    timeZone: TIME_ZONE,
    policy,
  });
  for (const [id, departmentId, name] of [
    [ids.officerA1, ids.departmentA, 'Ana Ruiz'],
    [ids.officerA2, ids.departmentA, 'Ben Okafor'],
    [ids.officerB1, ids.departmentB, 'Carmen Díaz'],
  ] as const) {
    await admin.createOfficer({ id, departmentId, displayName: name, timeZone: TIME_ZONE });
  }
  for (const [practiceId, departmentId, clinicianId] of [
    [ids.practiceP, ids.departmentA, ids.clinicianC],
    [ids.practiceQ, ids.departmentB, ids.clinicianD],
  ] as const) {
    await admin.createPractice({
      id: practiceId,
      name: `Practice ${practiceId}`,
      timeZone: TIME_ZONE,
      departmentIds: [departmentId],
    });
    await admin.createClinician({
      id: clinicianId,
      practiceId,
      displayName: `Dr. ${clinicianId}`,
      credentials: ['PsyD'],
      languages: ['en'],
      modalities: ['virtual'],
      lawEnforcementTrained: true,
      timeZone: TIME_ZONE,
    });
  }
  const sessions = {
    officerA1: { role: 'officer', officerId: ids.officerA1, departmentId: ids.departmentA },
    officerA2: { role: 'officer', officerId: ids.officerA2, departmentId: ids.departmentA },
    officerB1: { role: 'officer', officerId: ids.officerB1, departmentId: ids.departmentB },
    clinicianC: { role: 'clinician', clinicianId: ids.clinicianC, practiceId: ids.practiceP },
    clinicianD: { role: 'clinician', clinicianId: ids.clinicianD, practiceId: ids.practiceQ },
    adminA: { role: 'department-admin', adminId: `admin-a-${tag}`, departmentId: ids.departmentA },
    adminB: { role: 'department-admin', adminId: `admin-b-${tag}`, departmentId: ids.departmentB },
  } satisfies Record<string, Session>;
  const token = async (session: Session, allowedOrigin?: string) =>
    (await admin.issueToken({ session, ...(allowedOrigin ? { allowedOrigin } : {}) })).token;
  const as = async (session: Session) =>
    createHttpBackend({ baseUrl: server.url, token: await token(session) });
  await (await as(sessions.clinicianC)).clinician.setAvailability(openAvailability(ids.clinicianC));
  await (await as(sessions.clinicianD)).clinician.setAvailability(openAvailability(ids.clinicianD));
  return {
    ids,
    sessions,
    token,
    as,
    async slots(officer, clinicianId) {
      const from = new Date(server.now().getTime() + 86_400_000);
      const to = new Date(from.getTime() + 3 * 86_400_000);
      return (await as(officer)).officer.listSlots({
        clinicianId,
        from: from.toISOString(),
        to: to.toISOString(),
      });
    },
  };
}
