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
  ManageLink,
  TokenRequest,
  VideoRoom,
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
  /**
   * Gives a clinician's virtual visits a video link from now on: a fixed room or a `{room}`
   * template. Visits already booked keep the link they have.
   */
  setVideoRoom(clinicianId: string, room: VideoRoom, options?: CallOptions): Promise<VideoRoom>;
  /**
   * The department's page that opens one visit from the manage link in an officer's email:
   * `https://…/{visitId}?t={token}`. The token is short-lived and reaches that visit only.
   */
  setManageLink(departmentId: string, link: ManageLink, options?: CallOptions): Promise<ManageLink>;
  /** A short-lived token scoped to one principal, for a browser. */
  issueToken(request: TokenRequest, options?: CallOptions): Promise<EmbedToken>;
}
