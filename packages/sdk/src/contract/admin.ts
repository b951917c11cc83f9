import type {
  Clinician,
  Department,
  NewClinician,
  NewDepartment,
  NewOfficer,
  NewPractice,
  Officer,
  OfficerService,
  Practice,
  EmbedToken,
  TokenRequest,
} from '../model/index.js';
import type { CallOptions } from './options.js';

/**
 * Program set-up, for a host's own backend holding the API key (never a browser): departments,
 * officers, practices and clinicians. Ids may be chosen by the caller (e.g. an HR system's) or
 * left to the backend.
 */
export interface AdminApi {
  createDepartment(department: NewDepartment, options?: CallOptions): Promise<Department>;
  createOfficer(officer: NewOfficer, options?: CallOptions): Promise<Officer>;
  /** Replaces an officer's service dates (both: an absent one is cleared). */
  setOfficerService(
    officerId: string,
    service: OfficerService,
    options?: CallOptions,
  ): Promise<Officer>;
  createPractice(practice: NewPractice, options?: CallOptions): Promise<Practice>;
  createClinician(clinician: NewClinician, options?: CallOptions): Promise<Clinician>;
  /** A short-lived token scoped to one principal, for a browser. */
  issueToken(request: TokenRequest, options?: CallOptions): Promise<EmbedToken>;
}
