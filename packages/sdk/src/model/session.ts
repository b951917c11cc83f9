import * as z from 'zod/mini';
import { Id, Instant } from './primitives.js';

/** Who is acting: the principal an embed token (or a memory-backend handle) is scoped to. */
export const Session = z.discriminatedUnion('role', [
  z.object({
    role: z.literal('officer'),
    officerId: Id,
    departmentId: Id,
    /** A manage link's session: this one visit of the officer's and nothing else. */
    visitId: z.optional(Id),
  }),
  z.object({ role: z.literal('clinician'), clinicianId: Id, practiceId: Id }),
  z.object({ role: z.literal('department-admin'), adminId: Id, departmentId: Id }),
]);
export type Session = z.infer<typeof Session>;
export type OfficerSession = Extract<Session, { role: 'officer' }>;
export type ClinicianSession = Extract<Session, { role: 'clinician' }>;
export type DepartmentSession = Extract<Session, { role: 'department-admin' }>;

/** What a host's backend asks for when it mints an embed token for a browser. */
export const TokenRequest = z.object({
  session: Session,
  /** The page origin the token may be used from, e.g. `https://intranet.example.gov`. */
  allowedOrigin: z.optional(z.url({ protocol: /^https?$/ })),
  /** Lifetime in seconds: 60 to 3600, 900 by default. */
  ttlSeconds: z.optional(z.int().check(z.gte(60), z.lte(3600))),
});
export type TokenRequest = z.infer<typeof TokenRequest>;

export const EmbedToken = z.object({ token: z.string().check(z.minLength(1)), expiresAt: Instant });
export type EmbedToken = z.infer<typeof EmbedToken>;
