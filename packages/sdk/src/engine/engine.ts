import type { AdminApi, WellvisitBackend } from '../contract/index.js';
import type { Session } from '../model/index.js';
import { adminApi } from './admin.js';
import { clinicianApi } from './clinician.js';
import type { EngineContext } from './context.js';
import { departmentApi } from './department.js';
import { officerApi } from './officer.js';
import { existingSession } from './principal.js';

export type { EngineContext } from './context.js';

/**
 * The backend contract's policy, written once: who may do what, which rule applies, what is
 * audited. Every backend is this engine over a store; inputs arrive validated at the backend's
 * entry (see `invokeRoute`), so nothing here parses.
 */
export interface Engine {
  /** The backend as one session's principal. */
  forSession(session: Session): WellvisitBackend;
  readonly admin: AdminApi;
}

export function createEngine(ctx: EngineContext): Engine {
  return {
    forSession: (session) => ({
      session: () => existingSession(ctx.store, session),
      officer: officerApi(ctx, session),
      clinician: clinicianApi(ctx, session),
      department: departmentApi(ctx, session),
    }),
    admin: adminApi(ctx),
  };
}
