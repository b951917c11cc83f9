import {
  principalGoneError,
  wrongRoleError,
  type Clinician,
  type Availability,
  type ClinicianSession,
  type Department,
  type DepartmentSession,
  type Officer,
  type OfficerSession,
  type ReminderPreferences,
  type Session,
} from '@wellvisit/sdk';
import { findClinician, findDepartment, findOfficer } from '../store/directory.js';
import type { SqlContext } from './context.js';

// Who is calling, checked against the database on every request: a token for a principal that
// no longer exists, or that claims another tenant, is refused.

export interface AsOfficer {
  session: OfficerSession;
  officer: Officer;
  preferences: ReminderPreferences | undefined;
  department: Department;
}

export async function requireOfficer(ctx: SqlContext, session: Session): Promise<AsOfficer> {
  if (session.role !== 'officer') throw wrongRoleError('officer');
  const [record, department] = await Promise.all([
    findOfficer(ctx.db, session.officerId),
    findDepartment(ctx.db, session.departmentId),
  ]);
  if (!record || !department || record.officer.departmentId !== department.id)
    throw principalGoneError();
  return { session, ...record, department };
}

export interface AsClinician {
  session: ClinicianSession;
  clinician: Clinician;
  availability: Availability | undefined;
}

export async function requireClinician(ctx: SqlContext, session: Session): Promise<AsClinician> {
  if (session.role !== 'clinician') throw wrongRoleError('clinician');
  const record = await findClinician(ctx.db, session.clinicianId);
  if (!record || record.clinician.practiceId !== session.practiceId) throw principalGoneError();
  return { session, ...record };
}

export interface AsDepartmentAdmin {
  session: DepartmentSession;
  department: Department;
}

export async function requireDepartmentAdmin(
  ctx: SqlContext,
  session: Session,
): Promise<AsDepartmentAdmin> {
  if (session.role !== 'department-admin') throw wrongRoleError('department-admin');
  const department = await findDepartment(ctx.db, session.departmentId);
  if (!department) throw principalGoneError();
  return { session, department };
}

export async function requireSession(ctx: SqlContext, session: Session): Promise<Session> {
  if (session.role === 'officer') return (await requireOfficer(ctx, session)).session;
  if (session.role === 'clinician') return (await requireClinician(ctx, session)).session;
  return (await requireDepartmentAdmin(ctx, session)).session;
}
