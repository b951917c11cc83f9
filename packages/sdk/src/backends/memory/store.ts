// The storage port over the memory state. Each method runs in one synchronous step, so a write's
// checks and the write itself cannot interleave with another call: the guarantees the database's
// constraints give the SQL store.
import {
  ACTIVE_VISIT_STATUSES,
  type Clinician,
  type ExcusalTerms,
  type Visit,
} from '../../model/index.js';
import {
  fulfilledAsOf,
  rangesOverlap,
  toInstant,
  withPolicyChange,
  withService,
  type TimeRange,
} from '../../rules/index.js';
import { newId } from '../../engine/context.js';
import type { Store, VisitScope } from '../../engine/port.js';
import { excusalKey, idempotencyScope, type MemoryState } from './state.js';

/** The port's methods, answering at once. */
type SyncStore = {
  [K in keyof Store]: Store[K] extends (...args: infer A) => Promise<infer R>
    ? (...args: A) => R
    : never;
};

const ACTIVE: readonly string[] = ACTIVE_VISIT_STATUSES;
const isActive = (visit: Visit): boolean => ACTIVE.includes(visit.status);
const byStart = (a: Visit, b: Visit): number =>
  Date.parse(a.start) - Date.parse(b.start) || a.createdAt.localeCompare(b.createdAt);
const ofScope = (scope: VisitScope, visit: Visit): boolean =>
  'officerId' in scope
    ? visit.officerId === scope.officerId
    : visit.clinicianId === scope.clinicianId;

/** A store over `state`; `changed` runs after every write (persistence). */
export function memoryStore(state: MemoryState, changed: () => void): Store {
  const sync = syncStore(state);
  const store: Record<string, unknown> = {};
  for (const [name, method] of Object.entries(sync) as [
    string,
    (...args: unknown[]) => unknown,
  ][]) {
    // Every answer a step later, as any real store's is; every write saved.
    store[name] = async (...args: unknown[]) => {
      await Promise.resolve();
      const result = method(...args);
      if (WRITE.test(name)) changed();
      return result;
    };
  }
  return store as unknown as Store;
}

// The port's writes, by their names' first word.
const WRITE = /^(write|record|set|create)/;

function syncStore(state: MemoryState): SyncStore {
  const { departments, officers, practices, clinicians, availability, visits } = state;
  const recordOf = (clinician: Clinician) => ({
    clinician,
    availability: availability.get(clinician.id),
    video: state.video.get(clinician.id),
  });
  const clinicianRecord = (id: string) => {
    const clinician = clinicians.get(id);
    return clinician && recordOf(clinician);
  };
  const serving = (departmentId: string) =>
    [...clinicians.values()].filter((c) =>
      practices.get(c.practiceId)?.departmentIds.includes(departmentId),
    );
  const tables = {
    department: departments,
    officer: officers,
    practice: practices,
    clinician: clinicians,
  };

  return {
    officer: (officerId, key) => {
      const officer = officers.get(officerId);
      const department = officer && departments.get(officer.departmentId);
      const preferences = state.reminderPreferences.get(officerId);
      const stored =
        key === undefined ? undefined : state.idempotency.get(idempotencyScope(officerId, key));
      return (
        officer &&
        department && {
          officer,
          department,
          preferences,
          ...(stored && {
            key: { fingerprint: stored.fingerprint, visit: visits.get(stored.visitId) },
          }),
        }
      );
    },
    clinician: clinicianRecord,
    department: (departmentId) => departments.get(departmentId),
    cliniciansServing: (departmentId) => serving(departmentId).map(recordOf),
    schedules: (departmentId, { clinicianId, from, to, exceptVisitId }) => {
      const window = { start: toInstant(from), end: toInstant(to) };
      const schedules = serving(departmentId)
        .filter((c) => (clinicianId ?? c.id) === c.id)
        .map((c) => ({ ...recordOf(c), busy: [] as TimeRange[] }));
      const byId = new Map(schedules.map((schedule) => [schedule.clinician.id, schedule]));
      for (const v of visits.values()) {
        if (isActive(v) && v.id !== exceptVisitId && rangesOverlap(v, window)) {
          byId.get(v.clinicianId)?.busy.push({ start: v.start, end: v.end });
        }
      }
      return schedules;
    },
    visit: (visitId) => visits.get(visitId),
    visits: (scope, from, to) =>
      [...visits.values()]
        .filter((v) => ofScope(scope, v) && Date.parse(v.end) > from.getTime())
        .filter((v) => to === undefined || Date.parse(v.start) < to.getTime())
        .sort(byStart),
    bookedVisits: (officerId) =>
      [...visits.values()]
        .filter((v) => v.officerId === officerId && v.status === 'booked')
        .sort(byStart),
    attendanceFacts: (scope, from, to, periodId, markedBy) => {
      const counted = (officerId: string): boolean =>
        'officerId' in scope
          ? officerId === scope.officerId
          : officers.get(officerId)?.departmentId === scope.departmentId;
      const fulfilledStarts = new Map<string, string[]>();
      for (const v of visits.values()) {
        const at = Date.parse(v.start);
        if (at < from.getTime() || at >= to.getTime()) continue;
        if (!fulfilledAsOf(v, state.previousStatus.get(v.id), markedBy)) continue;
        if (counted(v.officerId)) {
          fulfilledStarts.set(v.officerId, [...(fulfilledStarts.get(v.officerId) ?? []), v.start]);
        }
      }
      const excusals = new Map<string, ExcusalTerms>();
      for (const e of state.excusals.values()) {
        if (e.periodId === periodId && counted(e.officerId)) {
          excusals.set(e.officerId, {
            category: e.category,
            ...(e.lastDay ? { lastDay: e.lastDay } : {}),
          });
        }
      }
      return { fulfilledStarts, excusals };
    },
    departmentOfficers: (departmentId) =>
      [...officers.values()].filter((o) => o.departmentId === departmentId),
    officerNames: (officerIds) =>
      new Map(
        officerIds.flatMap((id) => {
          const officer = officers.get(id);
          return officer ? [[id, officer.displayName] as const] : [];
        }),
      ),
    attendanceReads: (officerId) =>
      state.audit
        .filter((e) => e.action === 'attendance.read' && e.officerId === officerId)
        .filter((e) => e.actorRole !== 'officer')
        .reverse()
        .map(({ at, actorRole, actorId }) => ({ at, actorRole, actorId })),

    writeVisit: ({ visit, previous, key, previousStatus }) => {
      if (previous && visits.get(visit.id)?.version !== previous.version) return 'stale';
      const scope = key && idempotencyScope(visit.officerId, key.key);
      if (scope !== undefined && state.idempotency.has(scope)) return 'key-taken';
      const clash = (other: Visit): boolean =>
        other.id !== visit.id &&
        other.clinicianId === visit.clinicianId &&
        isActive(other) &&
        rangesOverlap(other, visit);
      if (isActive(visit) && [...visits.values()].some(clash)) return 'slot-taken';
      visits.set(visit.id, visit);
      if (previousStatus) state.previousStatus.set(visit.id, previousStatus);
      else state.previousStatus.delete(visit.id);
      if (scope !== undefined && key) {
        state.idempotency.set(scope, { visitId: visit.id, fingerprint: key.fingerprint });
      }
      return 'written';
    },
    recordReads: (actor, targets, now) => {
      const at = toInstant(now);
      for (const target of targets)
        state.audit.push({ id: newId('audit'), at, ...actor, ...target });
    },
    setExcusal: (officerId, periodId, terms) => {
      const key = excusalKey(officerId, periodId);
      if (terms) state.excusals.set(key, { officerId, periodId, ...terms });
      else state.excusals.delete(key);
    },
    schedulePolicy: (departmentId, change) => {
      const department = departments.get(departmentId);
      if (!department) return;
      const policyChanges = withPolicyChange(department.policyChanges, change);
      departments.set(departmentId, { ...department, policyChanges });
    },
    setService: (officerId, service) => {
      const officer = officers.get(officerId);
      if (officer) officers.set(officerId, withService(officer, service));
    },
    setAvailability: (chosen) => {
      availability.set(chosen.clinicianId, chosen);
    },
    setVideoRoom: (clinicianId, room) => {
      if (!clinicians.has(clinicianId)) return false;
      state.video.set(clinicianId, room);
      return true;
    },
    setManageLink: (departmentId, link) => {
      if (!departments.has(departmentId)) return false;
      state.manageLinks.set(departmentId, link);
      return true;
    },
    setPreferences: (officer, preferences) => {
      state.reminderPreferences.set(officer.id, preferences);
    },
    create: ({ kind, value }) => {
      if (tables[kind].has(value.id)) return 'exists';
      const departmentIds =
        'departmentIds' in value
          ? value.departmentIds
          : 'departmentId' in value
            ? [value.departmentId]
            : [];
      const missing = departmentIds.find((id) => !departments.has(id));
      if (missing !== undefined) return { missing: 'department', id: missing };
      if ('practiceId' in value && !practices.has(value.practiceId)) {
        return { missing: 'practice', id: value.practiceId };
      }
      (tables[kind] as Map<string, typeof value>).set(value.id, value);
      return 'created';
    },
  };
}
