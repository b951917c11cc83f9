// The SDK engine's storage port on PostgreSQL (or PGlite): each method one query or one
// transaction of `../store`. What the database guarantees (no double booking, one use of a key,
// rising versions, a deadlock retried) is in `store/visit-writes.ts`.
import type { Store } from '@wellvisit/sdk/server';
import type { Database } from '../db/database.js';
import { setPreferences, type DeliverableChannels } from '../jobs/schedule.js';
import { attendanceReadsOf, recordReads } from '../store/audit.js';
import {
  clinicianServing,
  cliniciansServing,
  departmentOfficers,
  findClinician,
  findDepartment,
  findOfficerWithDepartment,
  insertRecord,
  officerNames,
  setAvailability,
  setManageLink,
  setVideoRoom,
  updatePolicy,
} from '../store/directory.js';
import { excusedOfficers, setExcused } from '../store/excusals.js';
import { findKey } from '../store/idempotency.js';
import { writeVisit } from '../store/visit-writes.js';
import {
  bookedVisitsOf,
  busyRanges,
  findVisit,
  fulfilledStarts,
  listVisits,
} from '../store/visits.js';

/** `channels`: where reminder jobs can go besides the widget. */
export function sqlStore(db: Database, channels: DeliverableChannels): Store {
  return {
    officer: (officerId) => findOfficerWithDepartment(db, officerId),
    clinician: (clinicianId) => findClinician(db, clinicianId),
    department: (departmentId) => findDepartment(db, departmentId),
    cliniciansServing: async (departmentId, clinicianId) => {
      if (clinicianId === undefined) return cliniciansServing(db, departmentId);
      const record = await clinicianServing(db, clinicianId, departmentId);
      return record ? [record] : [];
    },
    busy: (clinicianIds, from, to, except) => busyRanges(db, clinicianIds, from, to, except),
    visit: (visitId) => findVisit(db, visitId),
    visits: (scope, from, to) => listVisits(db, scope, from, to),
    bookedVisits: (officerId) => bookedVisitsOf(db, officerId),
    key: (officerId, key) => findKey(db, officerId, key),
    attendanceFacts: async (scope, from, to, periodId) => {
      const [starts, excused] = await Promise.all([
        fulfilledStarts(db, scope, from, to),
        excusedOfficers(db, scope, periodId),
      ]);
      return { fulfilledStarts: starts, excused };
    },
    departmentOfficers: (departmentId) => departmentOfficers(db, departmentId),
    officerNames: (officerIds) => officerNames(db, officerIds),
    attendanceReads: (officerId) => attendanceReadsOf(db, officerId),

    writeVisit: (write, now) => writeVisit(db, channels, write, now),
    recordReads: (actor, targets, now) => recordReads(db, now, actor, targets),
    setExcused: (officerId, periodId, excused, now) =>
      setExcused(db, officerId, periodId, excused, now),
    setPolicy: (departmentId, policy) => updatePolicy(db, departmentId, policy),
    setAvailability: (availability) => setAvailability(db, availability),
    setVideoRoom: (clinicianId, room) => setVideoRoom(db, clinicianId, room),
    setManageLink: (departmentId, link) => setManageLink(db, departmentId, link),
    setPreferences: (officer, preferences, now) =>
      setPreferences(db, channels, officer, preferences, now),
    create: (record) => insertRecord(db, record),
  };
}
