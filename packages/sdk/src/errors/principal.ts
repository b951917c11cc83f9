import type { Role } from '../model/enums.js';
import { ForbiddenError, UnauthorizedError } from './errors.js';

const ROLE_NAMES: Record<Role, string> = {
  officer: 'an officer',
  clinician: 'a clinician',
  'department-admin': 'a department admin',
};

/** What a backend throws when a session of another role calls: "Only an officer may do this". */
export function wrongRoleError(role: Role): ForbiddenError {
  return new ForbiddenError(`Only ${ROLE_NAMES[role]} may do this`, { code: 'wrong-role' });
}

/** What a backend throws when a manage link's session (one visit) asks for more. */
export function visitScopedError(): ForbiddenError {
  return new ForbiddenError('This link opens one visit only', { code: 'visit-scoped' });
}

/** What a backend throws when a valid token's principal has since been removed. */
export function principalGoneError(): UnauthorizedError {
  return new UnauthorizedError('The principal of this session no longer exists', {
    code: 'unknown-principal',
  });
}
