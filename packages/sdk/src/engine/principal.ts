// Who is calling, checked against the store on every call: a session whose principal no longer
// exists, or that claims another tenant, is refused.
import { principalGoneError, wrongRoleError } from '../errors/index.js';
import type { Department, DepartmentSession, Role, Session } from '../model/index.js';
import type { ClinicianRecord, OfficerRecord, Store, StoredKey } from './port.js';

type SessionOf<R extends Role> = Extract<Session, { role: R }>;
export type AsOfficer = OfficerRecord & { session: SessionOf<'officer'> };
export type AsClinician = ClinicianRecord & { session: SessionOf<'clinician'> };
export interface AsDepartmentAdmin {
  session: DepartmentSession;
  department: Department;
}
type As<R extends Role> = {
  officer: AsOfficer;
  clinician: AsClinician;
  'department-admin': AsDepartmentAdmin;
}[R];

/** The records a session names, when they exist in the tenant it claims (`key`: see `asBooker`). */
async function lookUp(store: Store, session: Session, key?: string): Promise<As<Role> | undefined> {
  if (session.role === 'officer') {
    const record = await store.officer(session.officerId, key);
    return record?.department.id === session.departmentId ? { ...record, session } : undefined;
  }
  if (session.role === 'clinician') {
    const record = await store.clinician(session.clinicianId);
    return record?.clinician.practiceId === session.practiceId ? { ...record, session } : undefined;
  }
  const department = await store.department(session.departmentId);
  return department && { session, department };
}

/** The caller as `role`: a `ForbiddenError` for another role, unauthorized once they are gone. */
export async function asRole<R extends Role>(
  store: Store,
  session: Session,
  role: R,
): Promise<As<R>> {
  if (session.role !== role) throw wrongRoleError(role);
  const found = await lookUp(store, session);
  if (!found) throw principalGoneError();
  return found as As<R>;
}

/**
 * The calling officer with the idempotency key their booking names, in one read of the store
 * (booking's first round trip).
 */
export async function asBooker(
  store: Store,
  session: Session,
  key: string | undefined,
): Promise<AsOfficer & { key?: StoredKey }> {
  if (session.role !== 'officer') throw wrongRoleError('officer');
  const found = await lookUp(store, session, key);
  if (!found) throw principalGoneError();
  return found as AsOfficer & { key?: StoredKey };
}

/** The caller's session, once its principal is known to exist. */
export async function existingSession(store: Store, session: Session): Promise<Session> {
  return (await asRole(store, session, session.role)).session;
}

/** What a session names that the store lacks (`officer o-1`), or undefined when all exists. */
export async function missingPrincipal(
  store: Store,
  session: Session,
): Promise<string | undefined> {
  if (await lookUp(store, session)) return undefined;
  if (session.role === 'officer') return `officer ${session.officerId}`;
  if (session.role === 'clinician') return `clinician ${session.clinicianId}`;
  return `department ${session.departmentId}`;
}
