import type {
  AttendanceMark,
  Availability,
  Clinician,
  ClinicianVisit,
  VisitRange,
} from '../model/index.js';
import type { CallOptions } from './options.js';

/** What a clinician can do: their own schedule and availability, nothing of other clinicians. */
export interface ClinicianApi {
  me(options?: CallOptions): Promise<Clinician>;
  /** Own visits in a range (upcoming by default), soonest first, every status. */
  listVisits(range?: VisitRange, options?: CallOptions): Promise<ClinicianVisit[]>;
  /** Records that the officer came (`fulfilled`) or did not (`noshow`), once the visit has started. */
  markAttendance(
    visitId: string,
    mark: AttendanceMark,
    options?: CallOptions,
  ): Promise<ClinicianVisit>;
  availability(options?: CallOptions): Promise<Availability>;
  setAvailability(availability: Availability, options?: CallOptions): Promise<Availability>;
}
