import type {
  AttendanceAccess,
  BookingRequest,
  CancelRequest,
  Clinician,
  ClinicianFilter,
  Officer,
  OwnAttendance,
  PeriodId,
  Reminder,
  ReminderPreferences,
  RescheduleRequest,
  Slot,
  SlotQuery,
  Visit,
  VisitRange,
} from '../model/index.js';
import type { CallOptions } from './options.js';

/** What an officer can do: their own visits, reminders and attendance, and nothing of anyone else's. */
export interface OfficerApi {
  me(options?: CallOptions): Promise<Officer>;
  /** Clinicians of the practices that serve the officer's department. */
  listClinicians(filter?: ClinicianFilter, options?: CallOptions): Promise<Clinician[]>;
  /** Free slots, soonest first, within notice and horizon rules. */
  listSlots(query: SlotQuery, options?: CallOptions): Promise<Slot[]>;
  /** Books a free slot. A conflict (`slot-taken`) when someone got there first. */
  book(request: BookingRequest, options?: CallOptions): Promise<Visit>;
  /** The officer's own visits, soonest first; upcoming only unless a range is given. */
  listVisits(range?: VisitRange, options?: CallOptions): Promise<Visit[]>;
  getVisit(visitId: string, options?: CallOptions): Promise<Visit>;
  reschedule(visitId: string, request: RescheduleRequest, options?: CallOptions): Promise<Visit>;
  cancel(visitId: string, request?: CancelRequest, options?: CallOptions): Promise<Visit>;
  /** The officer's status for a period (the current one by default). */
  attendance(periodId?: PeriodId, options?: CallOptions): Promise<OwnAttendance>;
  /** Who read this officer's attendance, newest first. */
  attendanceAccessLog(options?: CallOptions): Promise<AttendanceAccess[]>;
  /** Reminders not yet past: before each upcoming visit, and "check-in due" nudges. */
  reminders(options?: CallOptions): Promise<Reminder[]>;
  reminderPreferences(options?: CallOptions): Promise<ReminderPreferences>;
  setReminderPreferences(
    preferences: ReminderPreferences,
    options?: CallOptions,
  ): Promise<ReminderPreferences>;
}
