import type { AdminApi, Session, WellvisitBackend } from '@wellvisit/sdk';
import type { TokenService } from '../auth/tokens.js';
import { sqlAdminApi } from './admin.js';
import { sqlClinicianApi } from './clinician.js';
import type { SqlContext } from './context.js';
import { sqlDepartmentApi } from './department.js';
import { sqlOfficerApi } from './officer.js';
import { requireSession } from './principal.js';

export type { SqlContext } from './context.js';

/** The Wellvisit contract on SQL: one backend per verified session, and the admin API. */
export interface SqlBackend {
  forSession(session: Session): WellvisitBackend;
  readonly admin: AdminApi;
}

export function createSqlBackend(ctx: SqlContext, tokens: TokenService): SqlBackend {
  return {
    forSession: (session) => ({
      session: () => requireSession(ctx, session),
      officer: sqlOfficerApi(ctx, session),
      clinician: sqlClinicianApi(ctx, session),
      department: sqlDepartmentApi(ctx, session),
    }),
    admin: sqlAdminApi(ctx, tokens),
  };
}
