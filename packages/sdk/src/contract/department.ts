import type {
  AttendanceRecord,
  Department,
  ExcusalTerms,
  DepartmentPolicy,
  Period,
  PeriodId,
  RosterPage,
  RosterQuery,
} from '../model/index.js';
import type { CallOptions } from './options.js';

/**
 * What a department admin can do. This interface is the confidentiality boundary: every method
 * returns attendance, the policy, or periods — none returns, accepts or could carry a visit.
 * Do not add one.
 */
export interface DepartmentApi {
  department(options?: CallOptions): Promise<Department>;
  updatePolicy(policy: DepartmentPolicy, options?: CallOptions): Promise<Department>;
  /** The current period and the ones before it, newest first. */
  periods(options?: CallOptions): Promise<Period[]>;
  roster(query?: RosterQuery, options?: CallOptions): Promise<RosterPage>;
  attendance(
    officerId: string,
    periodId?: PeriodId,
    options?: CallOptions,
  ): Promise<AttendanceRecord>;
  /** Excuses an officer for a period: category `other`, whole period, unless `terms` say. */
  excuse(
    officerId: string,
    periodId: PeriodId,
    terms?: ExcusalTerms,
    options?: CallOptions,
  ): Promise<AttendanceRecord>;
  unexcuse(officerId: string, periodId: PeriodId, options?: CallOptions): Promise<AttendanceRecord>;
}
