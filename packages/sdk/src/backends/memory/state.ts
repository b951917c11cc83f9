import type {
  AuditEvent,
  Availability,
  Clinician,
  Department,
  Excusal,
  ManageLink,
  Officer,
  Practice,
  ReminderPreferences,
  Session,
  VideoRoom,
  Visit,
  VisitStatus,
} from '../../model/index.js';

/** What a repeated booking must match to count as the same request. */
export interface IdempotencyRecord {
  visitId: string;
  fingerprint: string;
}

export interface IssuedToken {
  session: Session;
  expiresAtMs: number;
}

/**
 * Everything the memory backend knows. Maps, not plain objects: ids are caller-chosen and a
 * `__proto__` id must stay an ordinary key.
 */
export interface MemoryState {
  departments: Map<string, Department>;
  officers: Map<string, Officer>;
  practices: Map<string, Practice>;
  clinicians: Map<string, Clinician>;
  /** By clinician id. */
  availability: Map<string, Availability>;
  /** Where manage links point, by department id (the memory backend sends no email). */
  manageLinks: Map<string, ManageLink>;
  /** Video rooms for virtual visits, by clinician id. */
  video: Map<string, VideoRoom>;
  visits: Map<string, Visit>;
  /** By visit id: the status a clinician's correction replaced (see `fulfilledAsOf`). */
  previousStatus: Map<string, VisitStatus>;
  /** By `excusalKey(officerId, periodId)`. */
  excusals: Map<string, Excusal>;
  /** `idempotencyScope(officerId, key)`: keys are per officer, never shared. */
  idempotency: Map<string, IdempotencyRecord>;
  /** By officer id; the defaults apply when absent. */
  reminderPreferences: Map<string, ReminderPreferences>;
  audit: AuditEvent[];
  /** Embed tokens. Never persisted: they are short-lived by design. */
  tokens: Map<string, IssuedToken>;
}

export function emptyState(): MemoryState {
  return {
    departments: new Map(),
    officers: new Map(),
    practices: new Map(),
    clinicians: new Map(),
    availability: new Map(),
    manageLinks: new Map(),
    video: new Map(),
    visits: new Map(),
    previousStatus: new Map(),
    excusals: new Map(),
    idempotency: new Map(),
    reminderPreferences: new Map(),
    audit: [],
    tokens: new Map(),
  };
}

// Ids are letters, digits, "-" and "_", so "/" can join them unambiguously.
export const excusalKey = (officerId: string, periodId: string): string =>
  `${officerId}/${periodId}`;
export const idempotencyScope = (officerId: string, key: string): string => `${officerId}/${key}`;
