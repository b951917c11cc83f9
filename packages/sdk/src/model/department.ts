import * as z from 'zod/mini';
import { CADENCES } from './enums.js';
import { DisplayName, Email, Id, LanguageTag, LocalDate, TimeZone } from './primitives.js';

/** The longest cadence a policy may set: five years (a state's five-yearly assessment). */
export const MAX_CADENCE_MONTHS = 60;

/** The policy's fields, without the rule that ties `months` to its cadence. */
export const PolicyFields = z.object({
  cadence: z.enum(CADENCES),
  /**
   * With cadence `months`, the length of a period in months (1–60). Periods are laid from
   * `periodStartMonth` of the year 2000, so a 60-month cycle starts in 2000, 2005, 2010, …
   */
  months: z.optional(z.int().check(z.gte(1), z.lte(MAX_CADENCE_MONTHS))),
  /** The month (1–12) the first period of each year starts in: the department's fiscal year. */
  periodStartMonth: z.int().check(z.gte(1), z.lte(12)),
  /** Whether attendance is required; when not, every officer's status is `not-required`. */
  required: z.boolean(),
  /** Days after a period ends before a missing visit turns `due` into `overdue`. */
  graceDays: z.int().check(z.gte(0), z.lte(180)),
  /** Neutral reminder and calendar wording unless an officer opts into detail. */
  discreetReminders: z._default(z.boolean(), true),
});

/** What a department expects of its officers. Attendance status is derived from it, never stored. */
export const DepartmentPolicy = PolicyFields.check(
  z.refine((policy) => (policy.cadence === 'months') === (policy.months !== undefined), {
    error: 'Set months with cadence "months", and only then',
    path: ['months'],
  }),
);
export type DepartmentPolicy = z.infer<typeof DepartmentPolicy>;

/**
 * A policy from a period boundary on. A change never rewrites a period that has started: it takes
 * effect the day after the current period ends, so past and current periods never move.
 */
export const PolicyChange = z.strictObject({
  effectiveFrom: LocalDate,
  policy: DepartmentPolicy,
});
export type PolicyChange = z.infer<typeof PolicyChange>;

export const Department = z.object({
  id: Id,
  name: DisplayName,
  timeZone: TimeZone,
  /** The first policy: in effect until the first of `policyChanges` (`policyOn` gives a day's). */
  policy: DepartmentPolicy,
  /** Every change of the policy, oldest first, each from its effective date. */
  policyChanges: z._default(z.array(PolicyChange), []),
  /** When the program began: nothing is due in a period that ended before it. */
  programStart: z.optional(LocalDate),
});
export type Department = z.infer<typeof Department>;

/**
 * What a create call takes: the same fields, with the id optional (the backend picks one) and no
 * history; `programStart` defaults to the day of creation in the department's zone.
 */
export const NewDepartment = z.extend(z.omit(Department, { policyChanges: true }), {
  id: z.optional(Id),
});
export type NewDepartment = z.input<typeof NewDepartment>;

/** An officer's service here; nothing is due outside it. Set at creation, changed by the admin. */
export const OfficerService = z.strictObject({
  /** First day of service here (hire or transfer in); nothing is due in a period before it. */
  serviceStart: z.optional(LocalDate),
  /** Last day of service here (leave, retirement, transfer out); nothing is due after it. */
  serviceEnd: z.optional(LocalDate),
});
export type OfficerService = z.infer<typeof OfficerService>;

export const Officer = z.object({
  id: Id,
  departmentId: Id,
  displayName: DisplayName,
  timeZone: TimeZone,
  /**
   * Where email reminders and messages about the officer's visits go. Never shown to the
   * department.
   */
  email: z.optional(Email),
  /** The language messages to the officer are written in (English unless a supported one). */
  language: z.optional(LanguageTag),
  ...OfficerService.shape,
});
export type Officer = z.infer<typeof Officer>;

/** What a create call takes: the same fields, with the id optional (the backend picks one). */
export const NewOfficer = z.extend(Officer, { id: z.optional(Id) });
export type NewOfficer = z.input<typeof NewOfficer>;
