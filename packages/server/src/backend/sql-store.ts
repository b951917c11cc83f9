// The SDK engine's storage port on PostgreSQL (or PGlite): each method one query or one
// transaction of `../store`. What the database guarantees (no double booking, one use of a key,
// rising versions, a deadlock retried) is in `store/visit-writes.ts`.
import type { Store } from '@wellvisit/sdk/server';
import type { Database } from '../db/database.js';
import { setPreferences, type DeliverableChannels } from '../jobs/schedule.js';
import { attendanceReadsOf, recordReads } from '../store/audit.js';
import {
  cliniciansServing,
  departmentOfficers,
  findClinician,
  findDepartment,
  findOfficerWithDepartment,
  insertRecord,
  officerNames,
  schedulePolicy,
  setAvailability,
  setManageLink,
  setService,
  setVideoRoom,
} from '../store/directory.js';
import { excusalsOf, setExcusal } from '../store/excusals.js';
import { clinicianSchedules } from '../store/schedules.js';
import { writeVisit } from '../store/visit-writes.js';
import { bookedVisitsOf, findVisit, fulfilledStarts, listVisits } from '../store/visits.js';

/** `channels`: where reminder jobs can go besides the widget. */
export function sqlStore(db: Database, channels: DeliverableChannels): Store {
  return {
    officer: (officerId, key) => findOfficerWithDepartment(db, officerId, key),
    clinician: (clinicianId) => findClinician(db, clinicianId),
    department: (departmentId) => findDepartment(db, departmentId),
    cliniciansServing: (departmentId) => cliniciansServing(db, departmentId),
    schedules: (departmentId, query) => clinicianSchedules(db, departmentId, query),
    visit: (visitId) => findVisit(db, visitId),
    visits: (scope, from, to) => listVisits(db, scope, from, to),
    bookedVisits: (officerId) => bookedVisitsOf(db, officerId),
    attendanceFacts: async (scope, from, to, periodId, markedBy) => {
      const [starts, excusals] = await Promise.all([
        fulfilledStarts(db, scope, from, to, markedBy),
        excusalsOf(db, scope, periodId),
      ]);
      return { fulfilledStarts: starts, excusals };
    },
    departmentOfficers: (departmentId) => departmentOfficers(db, departmentId),
    officerNames: (officerIds) => officerNames(db, officerIds),
    attendanceReads: (officerId) => attendanceReadsOf(db, officerId),

    writeVisit: (write, now) => writeVisit(db, channels, write, now),
    recordReads: (actor, targets, now) => recordReads(db, now, actor, targets),
    setExcusal: (officerId, periodId, terms, now) =>
      setExcusal(db, officerId, periodId, terms, now),
    schedulePolicy: (departmentId, change) => schedulePolicy(db, departmentId, change),
    setAvailability: (availability) => setAvailability(db, availability),
    setService: (officerId, service) => setService(db, officerId, service),
    setVideoRoom: (clinicianId, room) => setVideoRoom(db, clinicianId, room),
    setManageLink: (departmentId, link) => setManageLink(db, departmentId, link),
    setPreferences: (officer, preferences, now) =>
      setPreferences(db, channels, officer, preferences, now),
    create: (record) => insertRecord(db, record),
  };
}
