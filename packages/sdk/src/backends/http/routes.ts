import * as z from 'zod/mini';
import {
  Availability,
  AttendanceAccess,
  AttendanceMark,
  AttendanceRecord,
  BookingRequest,
  CancelRequest,
  Clinician,
  ClinicianFilter,
  ClinicianVisit,
  Department,
  DepartmentPolicy,
  EmbedToken,
  Id,
  NewClinician,
  NewDepartment,
  NewOfficer,
  NewPractice,
  Officer,
  OwnAttendance,
  Period,
  PeriodId,
  Practice,
  Reminder,
  ReminderPreferences,
  RescheduleRequest,
  RosterPage,
  RosterQuery,
  Session,
  Slot,
  SlotQuery,
  TokenRequest,
  Visit,
  VisitRange,
} from '../../model/index.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One REST route of the Wellvisit API as it travels: method, path and the schemas of what goes
 * and comes back. This is all the HTTP backend needs; a server adds each route's policy (see
 * `API_ROUTES`). The `:name` path syntax works in Hono and Express.
 */
export interface WireRoute {
  readonly method: HttpMethod;
  readonly path: `/v1/${string}`;
  /** Path parameters (`:id`), by name. */
  readonly params?: z.ZodMiniObject;
  /** The query string as it travels: strings, decoded by this schema. */
  readonly query?: z.ZodMiniType;
  /** The JSON request body. */
  readonly body?: z.ZodMiniType;
  /** The JSON response body on success. */
  readonly response: z.ZodMiniType;
}

// Query strings carry text only; these decode the few fields that are not strings.
const QueryBoolean = z.stringbool();
const QueryInt = z.codec(z.string().check(z.regex(/^\d{1,9}$/)), z.int(), {
  decode: Number,
  encode: String,
});

const VisitParams = z.object({ id: Id });
const OfficerParams = z.object({ officerId: Id });
const ExcusalParams = z.object({ officerId: Id, periodId: PeriodId });
const PeriodQuery = z.object({ periodId: z.optional(PeriodId) });

/** Every route of the API, keyed by `role.method` of the contract it serves. */
export const WIRE_ROUTES = {
  session: {
    method: 'GET',
    path: '/v1/session',
    response: Session,
  },

  'officer.me': {
    method: 'GET',
    path: '/v1/officer/me',
    response: Officer,
  },
  'officer.listClinicians': {
    method: 'GET',
    path: '/v1/officer/clinicians',
    query: z.extend(ClinicianFilter, { lawEnforcementTrained: z.optional(QueryBoolean) }),
    response: z.array(Clinician),
  },
  'officer.listSlots': {
    method: 'GET',
    path: '/v1/officer/slots',
    query: SlotQuery,
    response: z.array(Slot),
  },
  'officer.book': {
    method: 'POST',
    path: '/v1/officer/visits',
    body: BookingRequest,
    response: Visit,
  },
  'officer.listVisits': {
    method: 'GET',
    path: '/v1/officer/visits',
    query: VisitRange,
    response: z.array(Visit),
  },
  'officer.getVisit': {
    method: 'GET',
    path: '/v1/officer/visits/:id',
    params: VisitParams,
    response: Visit,
  },
  'officer.reschedule': {
    method: 'POST',
    path: '/v1/officer/visits/:id/reschedule',
    params: VisitParams,
    body: RescheduleRequest,
    response: Visit,
  },
  'officer.cancel': {
    method: 'POST',
    path: '/v1/officer/visits/:id/cancel',
    params: VisitParams,
    body: z.optional(CancelRequest),
    response: Visit,
  },
  'officer.attendance': {
    method: 'GET',
    path: '/v1/officer/attendance',
    query: PeriodQuery,
    response: OwnAttendance,
  },
  'officer.attendanceAccessLog': {
    method: 'GET',
    path: '/v1/officer/attendance/access-log',
    response: z.array(AttendanceAccess),
  },
  'officer.reminders': {
    method: 'GET',
    path: '/v1/officer/reminders',
    response: z.array(Reminder),
  },
  'officer.reminderPreferences': {
    method: 'GET',
    path: '/v1/officer/reminder-preferences',
    response: ReminderPreferences,
  },
  'officer.setReminderPreferences': {
    method: 'PUT',
    path: '/v1/officer/reminder-preferences',
    body: ReminderPreferences,
    response: ReminderPreferences,
  },

  'clinician.me': {
    method: 'GET',
    path: '/v1/clinician/me',
    response: Clinician,
  },
  'clinician.listVisits': {
    method: 'GET',
    path: '/v1/clinician/visits',
    query: VisitRange,
    response: z.array(ClinicianVisit),
  },
  'clinician.markAttendance': {
    method: 'POST',
    path: '/v1/clinician/visits/:id/attendance',
    params: VisitParams,
    body: AttendanceMark,
    response: ClinicianVisit,
  },
  'clinician.availability': {
    method: 'GET',
    path: '/v1/clinician/availability',
    response: Availability,
  },
  'clinician.setAvailability': {
    method: 'PUT',
    path: '/v1/clinician/availability',
    body: Availability,
    response: Availability,
  },

  'department.department': {
    method: 'GET',
    path: '/v1/department',
    response: Department,
  },
  'department.updatePolicy': {
    method: 'PUT',
    path: '/v1/department/policy',
    body: DepartmentPolicy,
    response: Department,
  },
  'department.periods': {
    method: 'GET',
    path: '/v1/department/periods',
    response: z.array(Period),
  },
  'department.roster': {
    method: 'GET',
    path: '/v1/department/roster',
    query: z.extend(RosterQuery, { limit: z.optional(QueryInt) }),
    response: RosterPage,
  },
  'department.attendance': {
    method: 'GET',
    path: '/v1/department/attendance/:officerId',
    params: OfficerParams,
    query: PeriodQuery,
    response: AttendanceRecord,
  },
  'department.excuse': {
    method: 'PUT',
    path: '/v1/department/excusals/:officerId/:periodId',
    params: ExcusalParams,
    response: AttendanceRecord,
  },
  'department.unexcuse': {
    method: 'DELETE',
    path: '/v1/department/excusals/:officerId/:periodId',
    params: ExcusalParams,
    response: AttendanceRecord,
  },

  'admin.createDepartment': {
    method: 'POST',
    path: '/v1/admin/departments',
    body: NewDepartment,
    response: Department,
  },
  'admin.createOfficer': {
    method: 'POST',
    path: '/v1/admin/officers',
    body: NewOfficer,
    response: Officer,
  },
  'admin.createPractice': {
    method: 'POST',
    path: '/v1/admin/practices',
    body: NewPractice,
    response: Practice,
  },
  'admin.createClinician': {
    method: 'POST',
    path: '/v1/admin/clinicians',
    body: NewClinician,
    response: Clinician,
  },
  'admin.issueToken': {
    method: 'POST',
    path: '/v1/admin/tokens',
    body: TokenRequest,
    response: EmbedToken,
  },
} as const satisfies Record<string, WireRoute>;

export type WireRoutes = typeof WIRE_ROUTES;
export type RouteName = keyof WireRoutes;
