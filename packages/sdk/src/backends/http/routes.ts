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
import type { Role } from '../../model/index.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * One REST route of the Wellvisit API. The HTTP backend calls these; a server mounts the same
 * table (the `:name` path syntax works in Hono and Express) and generates its OpenAPI document
 * from it, so client and server cannot drift apart.
 */
export interface ApiRoute {
  readonly method: HttpMethod;
  readonly path: `/v1/${string}`;
  /** The role whose embed token may call it, `any` for every role, `admin` for the API key. */
  readonly auth: Role | 'any' | 'admin';
  /** The success status: 201 where something is created. */
  readonly status: 200 | 201;
  readonly summary: string;
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
export const API_ROUTES = {
  session: {
    method: 'GET',
    path: '/v1/session',
    auth: 'any',
    status: 200,
    summary: 'Who the token acts as',
    response: Session,
  },

  'officer.me': {
    method: 'GET',
    path: '/v1/officer/me',
    auth: 'officer',
    status: 200,
    summary: 'The signed-in officer',
    response: Officer,
  },
  'officer.listClinicians': {
    method: 'GET',
    path: '/v1/officer/clinicians',
    auth: 'officer',
    status: 200,
    summary: "Clinicians of the practices serving the officer's department",
    query: z.extend(ClinicianFilter, { lawEnforcementTrained: z.optional(QueryBoolean) }),
    response: z.array(Clinician),
  },
  'officer.listSlots': {
    method: 'GET',
    path: '/v1/officer/slots',
    auth: 'officer',
    status: 200,
    summary: 'Free slots, soonest first',
    query: SlotQuery,
    response: z.array(Slot),
  },
  'officer.book': {
    method: 'POST',
    path: '/v1/officer/visits',
    auth: 'officer',
    status: 201,
    summary: 'Book a free slot (send an Idempotency-Key to retry safely)',
    body: BookingRequest,
    response: Visit,
  },
  'officer.listVisits': {
    method: 'GET',
    path: '/v1/officer/visits',
    auth: 'officer',
    status: 200,
    summary: "The officer's own visits, soonest first",
    query: VisitRange,
    response: z.array(Visit),
  },
  'officer.getVisit': {
    method: 'GET',
    path: '/v1/officer/visits/:id',
    auth: 'officer',
    status: 200,
    summary: "One of the officer's own visits",
    params: VisitParams,
    response: Visit,
  },
  'officer.reschedule': {
    method: 'POST',
    path: '/v1/officer/visits/:id/reschedule',
    auth: 'officer',
    status: 200,
    summary: 'Move a visit to another free slot; the id stays, the version goes up',
    params: VisitParams,
    body: RescheduleRequest,
    response: Visit,
  },
  'officer.cancel': {
    method: 'POST',
    path: '/v1/officer/visits/:id/cancel',
    auth: 'officer',
    status: 200,
    summary: 'Cancel a visit, within the notice rules',
    params: VisitParams,
    body: z.optional(CancelRequest),
    response: Visit,
  },
  'officer.attendance': {
    method: 'GET',
    path: '/v1/officer/attendance',
    auth: 'officer',
    status: 200,
    summary: "The officer's own status for a period",
    query: PeriodQuery,
    response: OwnAttendance,
  },
  'officer.attendanceAccessLog': {
    method: 'GET',
    path: '/v1/officer/attendance/access-log',
    auth: 'officer',
    status: 200,
    summary: "Who read the officer's attendance, newest first",
    response: z.array(AttendanceAccess),
  },
  'officer.reminders': {
    method: 'GET',
    path: '/v1/officer/reminders',
    auth: 'officer',
    status: 200,
    summary: 'Reminders still ahead',
    response: z.array(Reminder),
  },
  'officer.reminderPreferences': {
    method: 'GET',
    path: '/v1/officer/reminder-preferences',
    auth: 'officer',
    status: 200,
    summary: "The officer's reminder preferences",
    response: ReminderPreferences,
  },
  'officer.setReminderPreferences': {
    method: 'PUT',
    path: '/v1/officer/reminder-preferences',
    auth: 'officer',
    status: 200,
    summary: "Replace the officer's reminder preferences",
    body: ReminderPreferences,
    response: ReminderPreferences,
  },

  'clinician.me': {
    method: 'GET',
    path: '/v1/clinician/me',
    auth: 'clinician',
    status: 200,
    summary: 'The signed-in clinician',
    response: Clinician,
  },
  'clinician.listVisits': {
    method: 'GET',
    path: '/v1/clinician/visits',
    auth: 'clinician',
    status: 200,
    summary: "The clinician's own schedule, soonest first",
    query: VisitRange,
    response: z.array(ClinicianVisit),
  },
  'clinician.markAttendance': {
    method: 'POST',
    path: '/v1/clinician/visits/:id/attendance',
    auth: 'clinician',
    status: 200,
    summary: 'Record that the officer came or did not, once the visit has started',
    params: VisitParams,
    body: AttendanceMark,
    response: ClinicianVisit,
  },
  'clinician.availability': {
    method: 'GET',
    path: '/v1/clinician/availability',
    auth: 'clinician',
    status: 200,
    summary: "The clinician's availability",
    response: Availability,
  },
  'clinician.setAvailability': {
    method: 'PUT',
    path: '/v1/clinician/availability',
    auth: 'clinician',
    status: 200,
    summary: "Replace the clinician's availability",
    body: Availability,
    response: Availability,
  },

  'department.department': {
    method: 'GET',
    path: '/v1/department',
    auth: 'department-admin',
    status: 200,
    summary: 'The department and its policy',
    response: Department,
  },
  'department.updatePolicy': {
    method: 'PUT',
    path: '/v1/department/policy',
    auth: 'department-admin',
    status: 200,
    summary: "Replace the department's attendance policy",
    body: DepartmentPolicy,
    response: Department,
  },
  'department.periods': {
    method: 'GET',
    path: '/v1/department/periods',
    auth: 'department-admin',
    status: 200,
    summary: 'The current period and the ones before it, newest first',
    response: z.array(Period),
  },
  'department.roster': {
    method: 'GET',
    path: '/v1/department/roster',
    auth: 'department-admin',
    status: 200,
    summary: 'Attendance status of every officer for a period',
    query: z.extend(RosterQuery, { limit: z.optional(QueryInt) }),
    response: RosterPage,
  },
  'department.attendance': {
    method: 'GET',
    path: '/v1/department/attendance/:officerId',
    auth: 'department-admin',
    status: 200,
    summary: "One officer's attendance status for a period",
    params: OfficerParams,
    query: PeriodQuery,
    response: AttendanceRecord,
  },
  'department.excuse': {
    method: 'PUT',
    path: '/v1/department/excusals/:officerId/:periodId',
    auth: 'department-admin',
    status: 200,
    summary: 'Excuse an officer for a period (no reason is recorded)',
    params: ExcusalParams,
    response: AttendanceRecord,
  },
  'department.unexcuse': {
    method: 'DELETE',
    path: '/v1/department/excusals/:officerId/:periodId',
    auth: 'department-admin',
    status: 200,
    summary: 'Withdraw an excusal',
    params: ExcusalParams,
    response: AttendanceRecord,
  },

  'admin.createDepartment': {
    method: 'POST',
    path: '/v1/admin/departments',
    auth: 'admin',
    status: 201,
    summary: 'Create a department',
    body: NewDepartment,
    response: Department,
  },
  'admin.createOfficer': {
    method: 'POST',
    path: '/v1/admin/officers',
    auth: 'admin',
    status: 201,
    summary: 'Create an officer',
    body: NewOfficer,
    response: Officer,
  },
  'admin.createPractice': {
    method: 'POST',
    path: '/v1/admin/practices',
    auth: 'admin',
    status: 201,
    summary: 'Create a practice',
    body: NewPractice,
    response: Practice,
  },
  'admin.createClinician': {
    method: 'POST',
    path: '/v1/admin/clinicians',
    auth: 'admin',
    status: 201,
    summary: 'Create a clinician',
    body: NewClinician,
    response: Clinician,
  },
  'admin.issueToken': {
    method: 'POST',
    path: '/v1/admin/tokens',
    auth: 'admin',
    status: 201,
    summary: 'Issue a short-lived token scoped to one principal, for a browser',
    body: TokenRequest,
    response: EmbedToken,
  },
} as const satisfies Record<string, ApiRoute>;

export type ApiRoutes = typeof API_ROUTES;
export type RouteName = keyof ApiRoutes;
