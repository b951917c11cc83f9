import {
  ConflictError,
  NewDepartment,
  NotFoundError,
  parseOrThrow,
  type AdminApi,
  type Department,
  type Officer,
  type Practice,
  type Clinician,
  type Session,
} from '@wellvisit/sdk';
import type { TokenService } from '../auth/tokens.js';
import { isPostgresError, SQLSTATE } from '../db/database.js';
import {
  findClinician,
  findDepartment,
  findOfficer,
  insertClinician,
  insertDepartment,
  insertOfficer,
  insertPractice,
} from '../store/directory.js';
import { newId } from '../store/ids.js';
import type { SqlContext } from './context.js';

function missing(what: string, id: string): NotFoundError {
  return new NotFoundError(`No ${what} ${id}`, { code: 'not-found' });
}

/** Runs an insert; a taken id is a conflict, a missing reference is a not-found. */
async function create<T extends { id: string }>(
  value: T,
  insert: (value: T) => Promise<void>,
  reference: { what: string; id: string },
): Promise<T> {
  try {
    await insert(value);
    return value;
  } catch (error) {
    if (isPostgresError(error, SQLSTATE.uniqueViolation)) {
      throw new ConflictError(`${value.id} already exists`, { code: 'already-exists' });
    }
    if (isPostgresError(error, SQLSTATE.foreignKeyViolation)) {
      throw missing(reference.what, reference.id);
    }
    throw error;
  }
}

/** Program set-up on the database, for a caller holding the API key. */
export function sqlAdminApi(ctx: SqlContext, tokens: TokenService): AdminApi {
  const { db } = ctx;

  /** A token names a principal that exists, in the tenant it claims. */
  const checkPrincipal = async (session: Session): Promise<void> => {
    if (session.role === 'officer') {
      const record = await findOfficer(db, session.officerId);
      if (record?.officer.departmentId !== session.departmentId) {
        throw missing('officer', session.officerId);
      }
    } else if (session.role === 'clinician') {
      const record = await findClinician(db, session.clinicianId);
      if (record?.clinician.practiceId !== session.practiceId) {
        throw missing('clinician', session.clinicianId);
      }
    } else if (!(await findDepartment(db, session.departmentId))) {
      throw missing('department', session.departmentId);
    }
  };

  return {
    createDepartment: (department) =>
      create<Department>(
        // Parsed again for the policy's defaults (discreet reminders unless said otherwise).
        {
          ...parseOrThrow(NewDepartment, department, 'department'),
          id: department.id ?? newId('dept'),
        },
        (d) => insertDepartment(db, d),
        { what: 'department', id: '' },
      ),

    createOfficer: (officer) =>
      create<Officer>(
        { ...officer, id: officer.id ?? newId('officer') },
        (o) => insertOfficer(db, o),
        { what: 'department', id: officer.departmentId },
      ),

    async createPractice(practice) {
      const departmentIds = [...new Set(practice.departmentIds)];
      for (const id of departmentIds) {
        if (!(await findDepartment(db, id))) throw missing('department', id);
      }
      return create<Practice>(
        { ...practice, departmentIds, id: practice.id ?? newId('practice') },
        (p) => db.transaction((tx) => insertPractice(tx, p)),
        { what: 'department', id: departmentIds.join(', ') },
      );
    },

    createClinician: (clinician) =>
      create<Clinician>(
        { ...clinician, id: clinician.id ?? newId('clinician') },
        (c) => insertClinician(db, c),
        { what: 'practice', id: clinician.practiceId },
      ),

    async issueToken(request) {
      await checkPrincipal(request.session);
      return tokens.issue(request);
    },
  };
}
