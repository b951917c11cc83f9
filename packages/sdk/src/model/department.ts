import * as z from 'zod/mini';
import { CADENCES } from './enums.js';
import { DisplayName, Email, Id, LanguageTag, TimeZone } from './primitives.js';

/** What a department expects of its officers. Attendance status is derived from it, never stored. */
export const DepartmentPolicy = z.object({
  cadence: z.enum(CADENCES),
  /** The month (1–12) the first period of each year starts in: the department's fiscal year. */
  periodStartMonth: z.int().check(z.gte(1), z.lte(12)),
  /** Whether attendance is required; when not, every officer's status is `not-required`. */
  required: z.boolean(),
  /** Days after a period ends before a missing visit turns `due` into `overdue`. */
  graceDays: z.int().check(z.gte(0), z.lte(180)),
  /** Neutral reminder and calendar wording unless an officer opts into detail. */
  discreetReminders: z._default(z.boolean(), true),
});
export type DepartmentPolicy = z.infer<typeof DepartmentPolicy>;

export const Department = z.object({
  id: Id,
  name: DisplayName,
  timeZone: TimeZone,
  policy: DepartmentPolicy,
});
export type Department = z.infer<typeof Department>;

/** What a create call takes: the same fields, with the id optional (the backend picks one). */
export const NewDepartment = z.extend(Department, { id: z.optional(Id) });
export type NewDepartment = z.input<typeof NewDepartment>;

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
});
export type Officer = z.infer<typeof Officer>;

/** What a create call takes: the same fields, with the id optional (the backend picks one). */
export const NewOfficer = z.extend(Officer, { id: z.optional(Id) });
export type NewOfficer = z.input<typeof NewOfficer>;
