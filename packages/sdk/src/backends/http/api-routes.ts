import type { Role } from '../../model/index.js';
import { WIRE_ROUTES, type RouteName, type WireRoute, type WireRoutes } from './routes.js';

/**
 * What a server enforces and documents for a route, beside what travels on the wire. Kept apart
 * from `WIRE_ROUTES` so that browsers, which never need it, do not download it.
 */
export interface RoutePolicy {
  /** The role whose embed token may call it, `any` for every role, `admin` for the API key. */
  readonly auth: Role | 'any' | 'admin';
  /** The success status: 201 where something is created. */
  readonly status: 200 | 201;
  readonly summary: string;
}

/** One REST route with its policy: what a server mounts and documents. */
export type ApiRoute = WireRoute & RoutePolicy;

// `satisfies Record<RouteName, …>`: a route without a policy, or a policy without a route, does
// not compile.
const ROUTE_POLICIES = {
  session: {
    auth: 'any',
    status: 200,
    summary: 'Who the token acts as',
  },

  'officer.me': {
    auth: 'officer',
    status: 200,
    summary: 'The signed-in officer',
  },
  'officer.listClinicians': {
    auth: 'officer',
    status: 200,
    summary: "Clinicians of the practices serving the officer's department",
  },
  'officer.listSlots': {
    auth: 'officer',
    status: 200,
    summary: 'Free slots, soonest first',
  },
  'officer.book': {
    auth: 'officer',
    status: 201,
    summary: 'Book a free slot (send an Idempotency-Key to retry safely)',
  },
  'officer.listVisits': {
    auth: 'officer',
    status: 200,
    summary: "The officer's own visits, soonest first",
  },
  'officer.getVisit': {
    auth: 'officer',
    status: 200,
    summary: "One of the officer's own visits",
  },
  'officer.reschedule': {
    auth: 'officer',
    status: 200,
    summary: 'Move a visit to another free slot; the id stays, the version goes up',
  },
  'officer.cancel': {
    auth: 'officer',
    status: 200,
    summary: 'Cancel a visit, within the notice rules',
  },
  'officer.attendance': {
    auth: 'officer',
    status: 200,
    summary: "The officer's own status for a period",
  },
  'officer.attendanceAccessLog': {
    auth: 'officer',
    status: 200,
    summary: "Who read the officer's attendance, newest first",
  },
  'officer.reminders': {
    auth: 'officer',
    status: 200,
    summary: 'Reminders still ahead',
  },
  'officer.reminderPreferences': {
    auth: 'officer',
    status: 200,
    summary: "The officer's reminder preferences",
  },
  'officer.setReminderPreferences': {
    auth: 'officer',
    status: 200,
    summary: "Replace the officer's reminder preferences",
  },

  'clinician.me': {
    auth: 'clinician',
    status: 200,
    summary: 'The signed-in clinician',
  },
  'clinician.listVisits': {
    auth: 'clinician',
    status: 200,
    summary: "The clinician's own schedule, soonest first",
  },
  'clinician.markAttendance': {
    auth: 'clinician',
    status: 200,
    summary: 'Record that the officer came or did not, once the visit has started',
  },
  'clinician.availability': {
    auth: 'clinician',
    status: 200,
    summary: "The clinician's availability",
  },
  'clinician.setAvailability': {
    auth: 'clinician',
    status: 200,
    summary: "Replace the clinician's availability",
  },

  'department.department': {
    auth: 'department-admin',
    status: 200,
    summary: 'The department and its policy',
  },
  'department.updatePolicy': {
    auth: 'department-admin',
    status: 200,
    summary: "Replace the department's attendance policy",
  },
  'department.periods': {
    auth: 'department-admin',
    status: 200,
    summary: 'The current period and the ones before it, newest first',
  },
  'department.roster': {
    auth: 'department-admin',
    status: 200,
    summary: 'Attendance status of every officer for a period',
  },
  'department.attendance': {
    auth: 'department-admin',
    status: 200,
    summary: "One officer's attendance status for a period",
  },
  'department.excuse': {
    auth: 'department-admin',
    status: 200,
    summary: 'Excuse an officer for a period (no reason is recorded)',
  },
  'department.unexcuse': {
    auth: 'department-admin',
    status: 200,
    summary: 'Withdraw an excusal',
  },

  'admin.createDepartment': {
    auth: 'admin',
    status: 201,
    summary: 'Create a department',
  },
  'admin.createOfficer': {
    auth: 'admin',
    status: 201,
    summary: 'Create an officer',
  },
  'admin.createPractice': {
    auth: 'admin',
    status: 201,
    summary: 'Create a practice',
  },
  'admin.createClinician': {
    auth: 'admin',
    status: 201,
    summary: 'Create a clinician',
  },
  'admin.issueToken': {
    auth: 'admin',
    status: 201,
    summary: 'Issue a short-lived token scoped to one principal, for a browser',
  },
} as const satisfies Record<RouteName, RoutePolicy>;

export type ApiRoutes = {
  readonly [Name in RouteName]: WireRoutes[Name] & (typeof ROUTE_POLICIES)[Name];
};

function withPolicies(): ApiRoutes {
  const routes = Object.entries(WIRE_ROUTES).map(([name, route]) => [
    name,
    { ...route, ...ROUTE_POLICIES[name as RouteName] },
  ]);
  return Object.fromEntries(routes) as ApiRoutes;
}

/**
 * Every route of the API with its policy, keyed by `role.method` of the contract it serves. A
 * server mounts this table and generates its OpenAPI document from it, and the HTTP backend
 * sends the same wire routes, so client and server cannot drift apart.
 */
export const API_ROUTES: ApiRoutes = /* @__PURE__ */ withPolicies();
