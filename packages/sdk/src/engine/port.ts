// The storage port: everything the engine asks of a store. The memory store and the SQL store
// implement it and differ only in storage. Reads are shaped by what one request needs, so an
// adapter can answer each in one round trip; writes carry everything that changes together, so
// an adapter can make each one statement or one transaction.
import type {
  AttendanceAccess,
  AuditEvent,
  Availability,
  Clinician,
  Department,
  ExcusalTerms,
  Officer,
  OfficerService,
  PolicyChange,
  Practice,
  ManageLink,
  ReminderPreferences,
  VideoRoom,
  Visit,
  VisitStatus,
} from '../model/index.js';
import type { TimeRange } from '../rules/index.js';

export interface OfficerRecord {
  officer: Officer;
  /** The officer's own department (the one the officer row names). */
  department: Department;
  preferences: ReminderPreferences | undefined;
}

export interface ClinicianRecord {
  clinician: Clinician;
  availability: Availability | undefined;
  /** The clinician's video room for virtual visits, if the practice set one up. */
  video: VideoRoom | undefined;
}

/** A clinician with the time their active visits hold in the window asked for. */
export interface ClinicianSchedule extends ClinicianRecord {
  busy: TimeRange[];
}

/** Whose schedules, over which window: a department's clinicians (or one), maybe except a visit. */
export interface ScheduleQuery {
  clinicianId?: string;
  from: Date;
  to: Date;
  /** A visit being moved, whose own time does not count as busy. */
  exceptVisitId?: string;
}

/** Whose visits: one officer's or one clinician's. */
export type VisitScope = { officerId: string } | { clinicianId: string };
/** Whose attendance: one officer's or a department's officers'. */
export type AttendanceScope = { officerId: string } | { departmentId: string };

/** What attendance is derived from, for the officers of a scope and one period. */
export interface AttendanceFacts {
  /** Starts of visits fulfilled as of `markedBy` (`fulfilledAsOf`) between the two instants. */
  fulfilledStarts: ReadonlyMap<string, readonly string[]>;
  /** Excusals for the period, by officer. */
  excusals: ReadonlyMap<string, ExcusalTerms>;
}

/** A stored idempotency key: what the first request was, and the visit it made. */
export interface StoredKey {
  fingerprint: string;
  visit: Visit | undefined;
}

/** What happened to a visit: stores that deliver messages tell its officer and clinician. */
export type VisitChangeKind = 'booked' | 'moved' | 'cancelled' | 'marked';

/** One visit written: inserted, or replacing `previous` at its version (optimistic concurrency). */
export interface VisitWrite {
  change: VisitChangeKind;
  visit: Visit;
  /** The stored visit this write replaces; absent for a new one. */
  previous?: Visit;
  /** The booking's idempotency key, stored in the same write. */
  key?: { key: string; fingerprint: string };
  /**
   * The status a clinician's correction replaces; stored with the visit, so department surfaces
   * keep seeing the old mark until the next batch (`fulfilledAsOf`).
   */
  previousStatus?: VisitStatus;
  /** The officer whose reminders follow the visit (a store that delivers reschedules them). */
  reminders?: { officer: Officer; preferences: ReminderPreferences | undefined };
}

/**
 * How a write ended. The store, not a check before it, guarantees the first three: no two
 * active visits of a clinician overlap, a key is used once per officer, versions only rise.
 */
export type WriteOutcome = 'written' | 'slot-taken' | 'key-taken' | 'stale';

export type AuditRead = Pick<AuditEvent, 'action' | 'actorRole' | 'actorId'>;
export type AuditTarget = Pick<AuditEvent, 'officerId' | 'visitId'>;

export type NewRecord =
  | { kind: 'department'; value: Department }
  | { kind: 'officer'; value: Officer }
  | { kind: 'practice'; value: Practice }
  | { kind: 'clinician'; value: Clinician };

/** A create refused by the store: the id is taken, or a record it refers to is missing. */
export type CreateOutcome =
  'created' | 'exists' | { missing: 'department' | 'practice'; id: string };

export interface Store {
  /** The officer's record; with `key`, also that idempotency key if stored (booking's one read). */
  officer(
    officerId: string,
    key?: string,
  ): Promise<(OfficerRecord & { key?: StoredKey }) | undefined>;
  clinician(clinicianId: string): Promise<ClinicianRecord | undefined>;
  department(departmentId: string): Promise<Department | undefined>;
  /** Clinicians of the practices serving a department. */
  cliniciansServing(departmentId: string): Promise<ClinicianRecord[]>;
  /** Clinicians serving a department with their busy time: slots and booking's second read. */
  schedules(departmentId: string, query: ScheduleQuery): Promise<ClinicianSchedule[]>;
  visit(visitId: string): Promise<Visit | undefined>;
  /** Visits of an officer or clinician still going on at `from` and starting before `to`, soonest first. */
  visits(scope: VisitScope, from: Date, to: Date | undefined): Promise<Visit[]>;
  bookedVisits(officerId: string): Promise<Visit[]>;
  /** Facts of a period; fulfilled visits count once marked (`updatedAt`) by `markedBy`. */
  attendanceFacts(
    scope: AttendanceScope,
    from: Date,
    to: Date,
    periodId: string,
    markedBy: Date,
  ): Promise<AttendanceFacts>;
  departmentOfficers(departmentId: string): Promise<Officer[]>;
  officerNames(officerIds: readonly string[]): Promise<Map<string, string>>;
  /** Reads of an officer's attendance by anyone but the officer, newest first. */
  attendanceReads(officerId: string): Promise<AttendanceAccess[]>;

  writeVisit(write: VisitWrite, now: Date): Promise<WriteOutcome>;
  recordReads(actor: AuditRead, targets: readonly AuditTarget[], now: Date): Promise<void>;
  /** Sets (replacing) or, with `undefined`, withdraws an officer's excusal for a period. */
  setExcusal(
    officerId: string,
    periodId: string,
    terms: ExcusalTerms | undefined,
    now: Date,
  ): Promise<void>;
  /**
   * Schedules a policy change: keeps every change before `change.effectiveFrom` and replaces the
   * later ones (`withPolicyChange`), in one write, so a change in effect is never lost or moved.
   */
  schedulePolicy(departmentId: string, change: PolicyChange): Promise<void>;
  setAvailability(availability: Availability): Promise<void>;
  /** Replaces an officer's service dates. */
  setService(officerId: string, service: OfficerService): Promise<void>;
  /** Sets a clinician's video room; false when there is no such clinician. */
  setVideoRoom(clinicianId: string, room: VideoRoom): Promise<boolean>;
  /** Sets where a department's manage links point; false when there is no such department. */
  setManageLink(departmentId: string, link: ManageLink): Promise<boolean>;
  /** Replaces an officer's preferences; a store that delivers reschedules their reminders. */
  setPreferences(officer: Officer, preferences: ReminderPreferences, now: Date): Promise<void>;
  create(record: NewRecord): Promise<CreateOutcome>;
}
