import * as z from 'zod/mini';
import { ATTENDANCE_OUTCOMES, MODALITIES, VISIT_STATUSES } from './enums.js';
import { DisplayName, IdempotencyKey, Id, Instant, PlaceLabel } from './primitives.js';
import { VisitVideo } from './video.js';

/**
 * A booked wellness visit, as the officer who booked it sees it. There is deliberately no field
 * for a reason, notes or any other free text: the system stores no clinical content.
 */
export const Visit = z.object({
  id: Id,
  officerId: Id,
  clinicianId: Id,
  modality: z.enum(MODALITIES),
  place: z.optional(PlaceLabel),
  /** A virtual visit's video link, when its clinician's practice set one up. */
  video: z.optional(VisitVideo),
  start: Instant,
  end: Instant,
  status: z.enum(VISIT_STATUSES),
  /** Increases on every change; reschedules and cancellations may require the current one. */
  version: z.int().check(z.gte(1)),
  createdAt: Instant,
  updatedAt: Instant,
});
export type Visit = z.infer<typeof Visit>;

/** A visit on a clinician's schedule: the officer's display name and nothing more of theirs. */
export const ClinicianVisit = z.extend(Visit, { officerDisplayName: DisplayName });
export type ClinicianVisit = z.infer<typeof ClinicianVisit>;

export const BookingRequest = z.object({
  clinicianId: Id,
  start: Instant,
  modality: z.enum(MODALITIES),
  /** The same key sent again returns the first booking instead of making a second one. */
  idempotencyKey: z.optional(IdempotencyKey),
});
export type BookingRequest = z.infer<typeof BookingRequest>;

export const RescheduleRequest = z.object({
  start: Instant,
  /** Move to another clinician too; the current one when left out. */
  clinicianId: z.optional(Id),
  modality: z.optional(z.enum(MODALITIES)),
  /** The version the officer last saw; a stale one is a conflict, not a silent overwrite. */
  expectedVersion: z.optional(z.int().check(z.gte(1))),
});
export type RescheduleRequest = z.infer<typeof RescheduleRequest>;

export const CancelRequest = z.object({
  expectedVersion: z.optional(z.int().check(z.gte(1))),
});
export type CancelRequest = z.infer<typeof CancelRequest>;

export const AttendanceMark = z.object({
  outcome: z.enum(ATTENDANCE_OUTCOMES),
  expectedVersion: z.optional(z.int().check(z.gte(1))),
});
export type AttendanceMark = z.infer<typeof AttendanceMark>;

export const VisitRange = z.object({ from: z.optional(Instant), to: z.optional(Instant) });
export type VisitRange = z.infer<typeof VisitRange>;
