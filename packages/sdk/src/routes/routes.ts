import * as z from 'zod/mini';
import {
  Availability,
  AttendanceAccess,
  AttendanceMark,
  AttendanceRecord,
  ExcusalTerms,
  BookingRequest,
  CancelRequest,
  Clinician,
  ClinicianFilter,
  ClinicianVisit,
  Department,
  DepartmentPolicy,
  EmbedToken,
  Id,
  ManageLink,
  NewClinician,
  NewDepartment,
  NewOfficer,
  NewPractice,
  Officer,
  OfficerService,
  OwnAttendance,
  VideoRoom,
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
} from '../model/index.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE';

/**
 * Where one argument of a contract method travels: `body`, the whole `query`, one query field
 * (`?periodId`) or one path parameter (`:id`). Methods take these in order, then call options.
 */
export type RouteArg = 'body' | 'query' | `?${string}` | `:${string}`;

/**
 * One endpoint of the Wellvisit API, declared once: method, path, the schemas of what goes and
 * comes back, and how the contract method's arguments map onto the request. The HTTP backend
 * sends it, a server mounts and documents it, the memory backend validates calls with it. Who
 * may call it follows from its name (`officer.book` → officers; `admin.*` → the API key). The
 * `:name` path syntax works in Hono and Express.
 */
export interface ApiRoute {
  readonly method: HttpMethod;
  readonly path: `/v1/${string}`;
  readonly args?: readonly RouteArg[];
  /** Answers 201: something was created. */
  readonly created?: true;
  /** Path parameters (`:id`), by name. */
  readonly params?: z.ZodMiniObject;
  /** The query: strings on the wire, the decoded values in process; this schema takes both. */
  readonly query?: z.ZodMiniType;
  /** The JSON request body. */
  readonly body?: z.ZodMiniType;
  /** The JSON response body on success. */
  readonly response: z.ZodMiniType;
}

// Query strings carry text only; these decode the few fields that are not strings, and let an
// in-process caller pass the decoded value itself.
const QueryBoolean = z.union([z.boolean(), z.stringbool()]);
const QueryInt = z.union([
  z.int(),
  z.codec(z.string().check(z.regex(/^\d{1,9}$/)), z.int(), { decode: Number, encode: String }),
]);

const VisitParams = z.object({ id: Id });
const ClinicianParams = z.object({ id: Id });
const DepartmentParams = z.object({ id: Id });
const OfficerParams = z.object({ officerId: Id });
const ExcusalParams = z.object({ officerId: Id, periodId: PeriodId });
const PeriodQuery = z.object({ periodId: z.optional(PeriodId) });

/** Every route of the API, keyed by `role.method` of the contract method it serves. */
export const API_ROUTES = {
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
    args: ['query'],
    method: 'GET',
    path: '/v1/officer/clinicians',
    query: z.extend(ClinicianFilter, { lawEnforcementTrained: z.optional(QueryBoolean) }),
    response: z.array(Clinician),
  },
  'officer.listSlots': {
    args: ['query'],
    method: 'GET',
    path: '/v1/officer/slots',
    query: z.extend(SlotQuery, { limit: z.optional(QueryInt) }),
    response: z.array(Slot),
  },
  'officer.book': {
    args: ['body'],
    created: true,
    method: 'POST',
    path: '/v1/officer/visits',
    body: BookingRequest,
    response: Visit,
  },
  'officer.listVisits': {
    args: ['query'],
    method: 'GET',
    path: '/v1/officer/visits',
    query: VisitRange,
    response: z.array(Visit),
  },
  'officer.getVisit': {
    args: [':id'],
    method: 'GET',
    path: '/v1/officer/visits/:id',
    params: VisitParams,
    response: Visit,
  },
  'officer.reschedule': {
    args: [':id', 'body'],
    method: 'POST',
    path: '/v1/officer/visits/:id/reschedule',
    params: VisitParams,
    body: RescheduleRequest,
    response: Visit,
  },
  'officer.cancel': {
    args: [':id', 'body'],
    method: 'POST',
    path: '/v1/officer/visits/:id/cancel',
    params: VisitParams,
    body: z.optional(CancelRequest),
    response: Visit,
  },
  'officer.attendance': {
    args: ['?periodId'],
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
    args: ['body'],
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
    args: ['query'],
    method: 'GET',
    path: '/v1/clinician/visits',
    query: VisitRange,
    response: z.array(ClinicianVisit),
  },
  'clinician.markAttendance': {
    args: [':id', 'body'],
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
    args: ['body'],
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
    args: ['body'],
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
    args: ['query'],
    method: 'GET',
    path: '/v1/department/roster',
    query: z.extend(RosterQuery, { limit: z.optional(QueryInt) }),
    response: RosterPage,
  },
  'department.attendance': {
    args: [':officerId', '?periodId'],
    method: 'GET',
    path: '/v1/department/attendance/:officerId',
    params: OfficerParams,
    query: PeriodQuery,
    response: AttendanceRecord,
  },
  'department.excuse': {
    args: [':officerId', ':periodId', 'body'],
    method: 'PUT',
    path: '/v1/department/excusals/:officerId/:periodId',
    params: ExcusalParams,
    body: z.optional(ExcusalTerms),
    response: AttendanceRecord,
  },
  'department.unexcuse': {
    args: [':officerId', ':periodId'],
    method: 'DELETE',
    path: '/v1/department/excusals/:officerId/:periodId',
    params: ExcusalParams,
    response: AttendanceRecord,
  },

  'admin.createDepartment': {
    args: ['body'],
    created: true,
    method: 'POST',
    path: '/v1/admin/departments',
    body: NewDepartment,
    response: Department,
  },
  'admin.createOfficer': {
    args: ['body'],
    created: true,
    method: 'POST',
    path: '/v1/admin/officers',
    body: NewOfficer,
    response: Officer,
  },
  'admin.setOfficerService': {
    args: [':officerId', 'body'],
    method: 'PUT',
    path: '/v1/admin/officers/:officerId/service',
    params: OfficerParams,
    body: OfficerService,
    response: Officer,
  },
  'admin.createPractice': {
    args: ['body'],
    created: true,
    method: 'POST',
    path: '/v1/admin/practices',
    body: NewPractice,
    response: Practice,
  },
  'admin.createClinician': {
    args: ['body'],
    created: true,
    method: 'POST',
    path: '/v1/admin/clinicians',
    body: NewClinician,
    response: Clinician,
  },
  'admin.setVideoRoom': {
    args: [':id', 'body'],
    method: 'PUT',
    path: '/v1/admin/clinicians/:id/video',
    params: ClinicianParams,
    body: VideoRoom,
    response: VideoRoom,
  },
  'admin.setManageLink': {
    args: [':id', 'body'],
    method: 'PUT',
    path: '/v1/admin/departments/:id/manage-link',
    params: DepartmentParams,
    body: ManageLink,
    response: ManageLink,
  },
  'admin.issueToken': {
    args: ['body'],
    created: true,
    method: 'POST',
    path: '/v1/admin/tokens',
    body: TokenRequest,
    response: EmbedToken,
  },
} as const satisfies Record<string, ApiRoute>;

export type ApiRoutes = typeof API_ROUTES;
export type RouteName = keyof ApiRoutes;

/**
 * One line per route for the API's documentation. Kept beside the table but apart from it, so
 * that a browser, which sends routes and never documents them, does not download these.
 */
export const ROUTE_SUMMARIES = {
  session: 'Who the token acts as',
  'officer.me': 'The signed-in officer',
  'officer.listClinicians': "Clinicians of the practices serving the officer's department",
  'officer.listSlots': 'Free slots, soonest first; `limit` and `after` (a slot cursor) page them',
  'officer.book': 'Book a free slot (send an Idempotency-Key to retry safely)',
  'officer.listVisits': "The officer's own visits, soonest first",
  'officer.getVisit': "One of the officer's own visits",
  'officer.reschedule': 'Move a visit to another free slot; the id stays, the version goes up',
  'officer.cancel': 'Cancel a visit, within the notice rules',
  'officer.attendance': "The officer's own status for a period",
  'officer.attendanceAccessLog': "Who read the officer's attendance, newest first",
  'officer.reminders': 'Reminders still ahead',
  'officer.reminderPreferences': "The officer's reminder preferences",
  'officer.setReminderPreferences': "Replace the officer's reminder preferences",
  'clinician.me': 'The signed-in clinician',
  'clinician.listVisits': "The clinician's own schedule, soonest first",
  'clinician.markAttendance': 'Record that the officer came or did not, once the visit has started',
  'clinician.availability': "The clinician's availability",
  'clinician.setAvailability': "Replace the clinician's availability",
  'department.department': 'The department and its policy',
  'department.updatePolicy': "Replace the department's attendance policy",
  'department.periods': 'The current period and the ones before it, newest first',
  'department.roster': 'Attendance status of every officer for a period',
  'department.attendance': "One officer's attendance status for a period",
  'department.excuse':
    'Excuse an officer for a period: a category and an optional last day, no reason recorded',
  'department.unexcuse': 'Withdraw an excusal',
  'admin.createDepartment': 'Create a department',
  'admin.createOfficer': 'Create an officer',
  'admin.setOfficerService': "Replace an officer's service start and end dates",
  'admin.createPractice': 'Create a practice',
  'admin.createClinician': 'Create a clinician',
  'admin.setVideoRoom': "Set a clinician's video room for virtual visits",
  'admin.setManageLink': "Set the department's page that emailed manage links open",
  'admin.issueToken': 'Issue a short-lived token scoped to one principal, for a browser',
} as const satisfies Record<RouteName, string>;
