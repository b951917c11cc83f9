import type { AdminApi } from '../../contract/index.js';
import { ConflictError, NotFoundError, parseOrThrow } from '../../errors/index.js';
import {
  NewClinician,
  NewDepartment,
  NewOfficer,
  NewPractice,
  TokenRequest,
  type Session,
} from '../../model/index.js';
import { toInstant } from '../../rules/index.js';
import { newId, run, type MemoryContext } from './context.js';

const DEFAULT_TOKEN_TTL_SECONDS = 900;

function unused(map: ReadonlyMap<string, unknown>, id: string | undefined, prefix: string): string {
  if (id !== undefined && map.has(id)) {
    throw new ConflictError(`${id} already exists`, { code: 'already-exists' });
  }
  return id ?? newId(prefix);
}

function missing(what: string, id: string): NotFoundError {
  return new NotFoundError(`No ${what} ${id}`, { code: 'not-found' });
}

/** 32 random bytes, base64url: unguessable, and meaningless without this backend's state. */
function randomToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const base64 = btoa(String.fromCharCode(...bytes));
  return `wvm_${base64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
}

export function memoryAdminApi(ctx: MemoryContext): AdminApi {
  const { state } = ctx;

  /** A token names a principal that exists, in the tenant it claims. */
  const checkPrincipal = (session: Session): void => {
    if (session.role === 'officer') {
      const officer = state.officers.get(session.officerId);
      if (officer?.departmentId !== session.departmentId)
        throw missing('officer', session.officerId);
    } else if (session.role === 'clinician') {
      const clinician = state.clinicians.get(session.clinicianId);
      if (clinician?.practiceId !== session.practiceId) {
        throw missing('clinician', session.clinicianId);
      }
    } else if (!state.departments.has(session.departmentId)) {
      throw missing('department', session.departmentId);
    }
  };

  return {
    createDepartment: (department, options) =>
      run(ctx, options, () => {
        const parsed = parseOrThrow(NewDepartment, department, 'department');
        const created = { ...parsed, id: unused(state.departments, parsed.id, 'dept') };
        state.departments.set(created.id, created);
        ctx.touch();
        return created;
      }),

    createOfficer: (officer, options) =>
      run(ctx, options, () => {
        const parsed = parseOrThrow(NewOfficer, officer, 'officer');
        if (!state.departments.has(parsed.departmentId)) {
          throw missing('department', parsed.departmentId);
        }
        const created = { ...parsed, id: unused(state.officers, parsed.id, 'officer') };
        state.officers.set(created.id, created);
        ctx.touch();
        return created;
      }),

    createPractice: (practice, options) =>
      run(ctx, options, () => {
        const parsed = parseOrThrow(NewPractice, practice, 'practice');
        const unknown = parsed.departmentIds.find((id) => !state.departments.has(id));
        if (unknown !== undefined) throw missing('department', unknown);
        const created = {
          ...parsed,
          departmentIds: [...new Set(parsed.departmentIds)],
          id: unused(state.practices, parsed.id, 'practice'),
        };
        state.practices.set(created.id, created);
        ctx.touch();
        return created;
      }),

    createClinician: (clinician, options) =>
      run(ctx, options, () => {
        const parsed = parseOrThrow(NewClinician, clinician, 'clinician');
        if (!state.practices.has(parsed.practiceId)) throw missing('practice', parsed.practiceId);
        const created = { ...parsed, id: unused(state.clinicians, parsed.id, 'clinician') };
        state.clinicians.set(created.id, created);
        ctx.touch();
        return created;
      }),

    issueToken: (request, options) =>
      run(ctx, options, () => {
        const parsed = parseOrThrow(TokenRequest, request, 'token request');
        checkPrincipal(parsed.session);
        const nowMs = ctx.now().getTime();
        for (const [stale, issued] of state.tokens) {
          if (issued.expiresAtMs <= nowMs) state.tokens.delete(stale);
        }
        const expiresAtMs = nowMs + (parsed.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS) * 1000;
        const token = randomToken();
        state.tokens.set(token, { session: parsed.session, expiresAtMs });
        return { token, expiresAt: toInstant(new Date(expiresAtMs)) };
      }),
  };
}
