import * as z from 'zod/mini';
import {
  AuditEvent,
  Availability,
  Clinician,
  Department,
  Excusal,
  Id,
  IdempotencyKey,
  ManageLink,
  Officer,
  Practice,
  ReminderPreferences,
  VISIT_STATUSES,
  VideoRoom,
  Visit,
} from '../../model/index.js';
import { emptyState, excusalKey, idempotencyScope, type MemoryState } from './state.js';

/** The part of the Web Storage API that persistence needs: `localStorage` fits. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const FORMAT = 'wellvisit-memory/1';

const Snapshot = z.object({
  format: z.literal(FORMAT),
  departments: z.array(Department),
  officers: z.array(Officer),
  practices: z.array(Practice),
  clinicians: z.array(Clinician),
  availability: z.array(Availability),
  // Absent in snapshots saved before video rooms.
  video: z._default(z.array(z.object({ clinicianId: Id, room: VideoRoom })), []),
  manageLinks: z._default(z.array(z.object({ departmentId: Id, link: ManageLink })), []),
  visits: z.array(Visit),
  previousStatus: z._default(
    z.array(z.object({ visitId: Id, status: z.enum(VISIT_STATUSES) })),
    [],
  ),
  excusals: z.array(Excusal),
  idempotency: z.array(
    z.object({ officerId: Id, key: IdempotencyKey, visitId: Id, fingerprint: z.string() }),
  ),
  reminderPreferences: z.array(z.object({ officerId: Id, preferences: ReminderPreferences })),
  audit: z.array(AuditEvent),
});
type Snapshot = z.infer<typeof Snapshot>;

function snapshotOf(state: MemoryState): Snapshot {
  return {
    format: FORMAT,
    departments: [...state.departments.values()],
    officers: [...state.officers.values()],
    practices: [...state.practices.values()],
    clinicians: [...state.clinicians.values()],
    availability: [...state.availability.values()],
    video: [...state.video].map(([clinicianId, room]) => ({ clinicianId, room })),
    manageLinks: [...state.manageLinks].map(([departmentId, link]) => ({ departmentId, link })),
    visits: [...state.visits.values()],
    previousStatus: [...state.previousStatus].map(([visitId, status]) => ({ visitId, status })),
    excusals: [...state.excusals.values()],
    idempotency: [...state.idempotency].map(([scope, record]) => {
      const slash = scope.indexOf('/');
      return { officerId: scope.slice(0, slash), key: scope.slice(slash + 1), ...record };
    }),
    reminderPreferences: [...state.reminderPreferences].map(([officerId, preferences]) => ({
      officerId,
      preferences,
    })),
    audit: state.audit,
  };
}

function stateOf(snapshot: Snapshot): MemoryState {
  const state = emptyState();
  for (const d of snapshot.departments) state.departments.set(d.id, d);
  for (const o of snapshot.officers) state.officers.set(o.id, o);
  for (const p of snapshot.practices) state.practices.set(p.id, p);
  for (const c of snapshot.clinicians) state.clinicians.set(c.id, c);
  for (const a of snapshot.availability) state.availability.set(a.clinicianId, a);
  for (const { clinicianId, room } of snapshot.video) state.video.set(clinicianId, room);
  for (const { departmentId, link } of snapshot.manageLinks) {
    state.manageLinks.set(departmentId, link);
  }
  for (const v of snapshot.visits) state.visits.set(v.id, v);
  for (const p of snapshot.previousStatus) state.previousStatus.set(p.visitId, p.status);
  for (const e of snapshot.excusals) state.excusals.set(excusalKey(e.officerId, e.periodId), e);
  for (const { officerId, key, visitId, fingerprint } of snapshot.idempotency) {
    state.idempotency.set(idempotencyScope(officerId, key), { visitId, fingerprint });
  }
  for (const r of snapshot.reminderPreferences) {
    state.reminderPreferences.set(r.officerId, r.preferences);
  }
  state.audit = snapshot.audit;
  return state;
}

/** The state saved under `key`, or undefined when there is none or it is not ours. */
export function loadState(storage: StorageLike, key: string): MemoryState | undefined {
  const text = storage.getItem(key);
  if (text === null) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  const result = z.safeParse(Snapshot, json);
  if (!result.success) {
    console.warn(`Wellvisit memory backend: ignoring unreadable saved state under "${key}"`);
    return undefined;
  }
  return stateOf(result.data);
}

export function saveState(storage: StorageLike, key: string, state: MemoryState): void {
  try {
    storage.setItem(key, JSON.stringify(snapshotOf(state)));
  } catch (error) {
    // A full or blocked storage must not break the app; the state lives on in memory.
    console.warn('Wellvisit memory backend: could not save state', error);
  }
}
