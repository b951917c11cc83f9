import { UnauthorizedError, principalGoneError, wrongRoleError } from '../../errors/index.js';
import type {
  Clinician,
  ClinicianSession,
  Department,
  DepartmentSession,
  Officer,
  OfficerSession,
  Session,
} from '../../model/index.js';
import type { MemoryContext } from './context.js';

/** Who is calling; throws `UnauthorizedError` when the token is unknown or expired. */
export type Principal = () => Session;

export function tokenPrincipal(ctx: MemoryContext, token: unknown): Principal {
  return () => {
    const issued = typeof token === 'string' ? ctx.state.tokens.get(token) : undefined;
    if (!issued) throw new UnauthorizedError('Unknown token', { code: 'invalid-token' });
    if (issued.expiresAtMs <= ctx.now().getTime()) {
      ctx.state.tokens.delete(token as string);
      throw new UnauthorizedError('The token has expired', { code: 'token-expired' });
    }
    return issued.session;
  };
}

export interface AsOfficer {
  session: OfficerSession;
  officer: Officer;
  department: Department;
}

export function requireOfficer(ctx: MemoryContext, principal: Principal): AsOfficer {
  const session = principal();
  if (session.role !== 'officer') throw wrongRoleError('officer');
  const officer = ctx.state.officers.get(session.officerId);
  const department = ctx.state.departments.get(session.departmentId);
  if (!officer || !department || officer.departmentId !== department.id) throw principalGoneError();
  return { session, officer, department };
}

export interface AsClinician {
  session: ClinicianSession;
  clinician: Clinician;
}

export function requireClinician(ctx: MemoryContext, principal: Principal): AsClinician {
  const session = principal();
  if (session.role !== 'clinician') throw wrongRoleError('clinician');
  const clinician = ctx.state.clinicians.get(session.clinicianId);
  if (!clinician || clinician.practiceId !== session.practiceId) throw principalGoneError();
  return { session, clinician };
}

export interface AsDepartmentAdmin {
  session: DepartmentSession;
  department: Department;
}

export function requireDepartmentAdmin(
  ctx: MemoryContext,
  principal: Principal,
): AsDepartmentAdmin {
  const session = principal();
  if (session.role !== 'department-admin') throw wrongRoleError('department-admin');
  const department = ctx.state.departments.get(session.departmentId);
  if (!department) throw principalGoneError();
  return { session, department };
}

/** The caller's session, once its principal is known to exist. */
export function requireSession(ctx: MemoryContext, principal: Principal): Session {
  const session = principal();
  if (session.role === 'officer') return requireOfficer(ctx, () => session).session;
  if (session.role === 'clinician') return requireClinician(ctx, () => session).session;
  return requireDepartmentAdmin(ctx, () => session).session;
}
