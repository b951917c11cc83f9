import * as z from 'zod/mini';
import { ROLES } from './enums.js';
import { Id, Instant } from './primitives.js';

/** Reads of attendance and visits, and a clinician's correction of a mark. */
export const AUDIT_ACTIONS = ['attendance.read', 'visit.read', 'attendance.corrected'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** One read of someone's attendance or visit. */
export const AuditEvent = z.object({
  id: Id,
  at: Instant,
  action: z.enum(AUDIT_ACTIONS),
  actorRole: z.enum([...ROLES, 'system']),
  actorId: Id,
  officerId: z.optional(Id),
  visitId: z.optional(Id),
});
export type AuditEvent = z.infer<typeof AuditEvent>;

/** What an officer is told about a read of their attendance. */
export const AttendanceAccess = z.object({
  at: Instant,
  actorRole: z.enum([...ROLES, 'system']),
  actorId: Id,
});
export type AttendanceAccess = z.infer<typeof AttendanceAccess>;
