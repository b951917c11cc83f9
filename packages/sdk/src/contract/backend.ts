import type { Session } from '../model/index.js';
import type { AdminApi } from './admin.js';
import type { ClinicianApi } from './clinician.js';
import type { DepartmentApi } from './department.js';
import type { CallOptions } from './options.js';
import type { OfficerApi } from './officer.js';

/**
 * A backend as one principal sees it. Each role has its own API; calling another role's API
 * rejects with a `ForbiddenError`. The memory backend, the HTTP backend and any third-party
 * backend implement this and prove it with the conformance suite.
 */
export interface WellvisitBackend {
  /** Who this backend acts as. */
  session(options?: CallOptions): Promise<Session>;
  readonly officer: OfficerApi;
  readonly clinician: ClinicianApi;
  readonly department: DepartmentApi;
}

/** A backend with program-admin rights: set-up, plus acting as any principal (for tests and demos). */
export interface AdminBackend {
  readonly admin: AdminApi;
}
