import type { AdminApi } from '../contract/index.js';
import { ConflictError, NotFoundError } from '../errors/index.js';
import type { Department } from '../model/index.js';
import { localToday, withService } from '../rules/index.js';
import type { NewRecord } from './port.js';
import { newId, type EngineContext } from './context.js';
import { missingPrincipal } from './principal.js';

/** Program set-up, for a caller holding the API key. */
export function adminApi(ctx: EngineContext): AdminApi {
  const { store } = ctx;

  /** Stores a new record; a taken id is a conflict, a missing reference a not-found. */
  const create = async <T extends NewRecord['value']>(
    kind: NewRecord['kind'],
    value: T,
  ): Promise<T> => {
    const outcome = await store.create({ kind, value } as NewRecord);
    if (outcome === 'exists') {
      throw new ConflictError(`${value.id} already exists`, { code: 'already-exists' });
    }
    if (outcome !== 'created') {
      throw new NotFoundError(`No ${outcome.missing} ${outcome.id}`, { code: 'not-found' });
    }
    return value;
  };

  return {
    // Parsed at the backend's entry, so the policy's defaults are filled in.
    createDepartment: (department) =>
      create('department', {
        ...department,
        id: department.id ?? newId('dept'),
        policyChanges: [],
        programStart: department.programStart ?? localToday(ctx.now(), department.timeZone),
      } as Department),
    createOfficer: (officer) =>
      create('officer', { ...officer, id: officer.id ?? newId('officer') }),
    async setOfficerService(officerId, service) {
      const record = await store.officer(officerId);
      if (!record) throw new NotFoundError(`No officer ${officerId}`, { code: 'not-found' });
      await store.setService(officerId, service);
      return withService(record.officer, service);
    },
    createPractice: (practice) =>
      create('practice', {
        ...practice,
        departmentIds: [...new Set(practice.departmentIds)],
        id: practice.id ?? newId('practice'),
      }),
    createClinician: (clinician) =>
      create('clinician', { ...clinician, id: clinician.id ?? newId('clinician') }),

    async setVideoRoom(clinicianId, room) {
      if (!(await store.setVideoRoom(clinicianId, room))) {
        throw new NotFoundError(`No clinician ${clinicianId}`, { code: 'not-found' });
      }
      return room;
    },

    async setManageLink(departmentId, link) {
      if (!(await store.setManageLink(departmentId, link))) {
        throw new NotFoundError(`No department ${departmentId}`, { code: 'not-found' });
      }
      return link;
    },

    async issueToken(request) {
      const missing = await missingPrincipal(store, request.session);
      if (missing !== undefined) throw new NotFoundError(`No ${missing}`, { code: 'not-found' });
      return ctx.issueToken(request);
    },
  };
}
