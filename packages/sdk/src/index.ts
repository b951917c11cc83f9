/**
 * @wellvisit/sdk — the typed client for Wellvisit.
 *
 * The domain model (zod schemas and their types), the role-bound backend contract, the error
 * hierarchy, calendar files, time-zone helpers, and two backends: in memory and HTTP.
 * Server-side pieces live in `@wellvisit/sdk/server`, demo data in `@wellvisit/sdk/demo`.
 */
// The model: every schema a contract method takes or returns, and the enumerations they use.
// Field primitives, audit events and server defaults are in `@wellvisit/sdk/server`.
export type * from './model/index.js';
export {
  AttendanceAccess,
  AttendanceCounts,
  AttendanceMark,
  AttendanceRecord,
  Availability,
  AVAILABILITY_LIMITS,
  BookingRequest,
  CancelRequest,
  Clinician,
  ClinicianFilter,
  ClinicianVisit,
  DateException,
  DEFAULT_REMINDER_PREFERENCES,
  Department,
  DepartmentPolicy,
  EmbedToken,
  Excusal,
  ExcusalTerms,
  PolicyChange,
  Id,
  Instant,
  NewClinician,
  NewDepartment,
  NewOfficer,
  OfficerService,
  NewPractice,
  Officer,
  OwnAttendance,
  Period,
  PeriodId,
  PLACE_LABEL_MAX_LENGTH,
  Practice,
  Reminder,
  ReminderPreferences,
  RescheduleRequest,
  RosterPage,
  RosterQuery,
  Session,
  Slot,
  SlotQuery,
  TimeZone,
  TokenRequest,
  Visit,
  VisitRange,
  WeeklyRule,
  ATTENDANCE_OUTCOMES,
  ATTENDANCE_STATUSES,
  CADENCES,
  EXCUSAL_CATEGORIES,
  MODALITIES,
  REMINDER_CHANNELS,
  ROLES,
  VISIT_STATUSES,
  WEEKDAYS,
} from './model/index.js';
export type * from './contract/index.js';
export {
  WellvisitError,
  ConflictError,
  NotFoundError,
  ForbiddenError,
  UnauthorizedError,
  ValidationError,
  NetworkError,
  TimeoutError,
  RateLimitedError,
  type ValidationIssue,
  type WellvisitErrorOptions,
} from './errors/errors.js';
export * from './errors/guards.js';
export { parseOrThrow } from './errors/validate.js';
export { BOOKING_REFUSALS, type BookingRefusal } from './rules/refusals.js';
export { Problem, PROBLEM_CONTENT_TYPE, problemToError } from './errors/problem.js';
// Calendar files; their options are types (the functions check what they are given).
export {
  icsFileName,
  MESSAGE_LANGUAGES,
  visitInvitation,
  visitToIcs,
  type CalendarAddress,
  type IcsOptions,
  type InvitationOptions,
  type MessageLanguage,
} from './calendar/index.js';
export { addDays, instantToZoned, toInstant, zonedToInstant } from './rules/time.js';
export { policyOn, scheduledChange } from './rules/policy-timeline.js';
export { slotCursor } from './rules/slot-pages.js';
export type { ZonedDateTime } from './rules/time.js';
export type { TimeRange } from './rules/overlap.js';
export {
  createMemoryBackend,
  type MemoryBackend,
  type MemoryBackendOptions,
  type SeedData,
  type SeedVisit,
  type StorageLike,
} from './backends/memory/index.js';
export {
  createHttpBackend,
  type HttpBackendOptions,
  type HttpRetryOptions,
  type TokenSource,
} from './backends/http/index.js';
