import * as z from 'zod/mini';
import { PolicyChange } from './department.js';
import { ATTENDANCE_STATUSES, CADENCES, EXCUSAL_CATEGORIES } from './enums.js';
import { DisplayName, Id, LocalDate, PeriodId } from './primitives.js';

/** One attendance period of a department, in its time zone, end date inclusive. */
export const Period = z.object({
  id: PeriodId,
  cadence: z.enum(CADENCES),
  firstDay: LocalDate,
  lastDay: LocalDate,
});
export type Period = z.infer<typeof Period>;

/**
 * What a department sees of one officer for one period — and all it can see. This type is the
 * confidentiality boundary: it has no field that could carry a visit's time, clinician, modality,
 * place or any free text, and none may be added.
 */
export const AttendanceRecord = z.strictObject({
  officerId: Id,
  officerName: DisplayName,
  periodId: PeriodId,
  status: z.enum(ATTENDANCE_STATUSES),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

export const AttendanceCounts = z.strictObject({
  completed: z.int(),
  due: z.int(),
  overdue: z.int(),
  excused: z.int(),
  'not-required': z.int(),
});
export type AttendanceCounts = z.infer<typeof AttendanceCounts>;

export const RosterQuery = z.object({
  periodId: z.optional(PeriodId),
  status: z.optional(z.enum(ATTENDANCE_STATUSES)),
  /** Matches officer names, case- and accent-insensitively. */
  search: z.optional(z.string().check(z.maxLength(120))),
  cursor: z.optional(z.string().check(z.maxLength(200))),
  limit: z.optional(z.int().check(z.gte(1), z.lte(10_000))),
});
export type RosterQuery = z.infer<typeof RosterQuery>;

/** A page of the department roster for one period. `counts` cover the whole filtered roster. */
export const RosterPage = z.strictObject({
  period: Period,
  /** The period's deadline: its last day plus the grace days of its policy. */
  dueBy: LocalDate,
  records: z.array(AttendanceRecord),
  counts: AttendanceCounts,
  total: z.int(),
  nextCursor: z.optional(z.string()),
});
export type RosterPage = z.infer<typeof RosterPage>;

/** An officer's own status for a period, with the date it is due by (end plus grace days). */
export const OwnAttendance = z.strictObject({
  period: Period,
  status: z.enum(ATTENDANCE_STATUSES),
  dueBy: LocalDate,
  /** The department's next policy and the day it takes effect, when one is scheduled. */
  policyChange: z.optional(PolicyChange),
});
export type OwnAttendance = z.infer<typeof OwnAttendance>;

/**
 * What a department says when it excuses: a category (no free text, ever) and, optionally, the
 * last day the excusal covers — after it the officer is due again, unless it reaches the period's
 * due-by date. Without one it covers the whole period.
 */
export const ExcusalTerms = z.strictObject({
  category: z._default(z.enum(EXCUSAL_CATEGORIES), 'other'),
  lastDay: z.optional(LocalDate),
});
export type ExcusalTerms = z.infer<typeof ExcusalTerms>;

/** An excusal given without terms: category `other`, the whole period. */
export const DEFAULT_EXCUSAL: ExcusalTerms = z.parse(ExcusalTerms, {});

/** A department's decision that an officer need not attend in a period. No reason is recorded. */
export const Excusal = z.strictObject({
  officerId: Id,
  periodId: PeriodId,
  category: z._default(z.enum(EXCUSAL_CATEGORIES), DEFAULT_EXCUSAL.category),
  lastDay: z.optional(LocalDate),
});
export type Excusal = z.infer<typeof Excusal>;
