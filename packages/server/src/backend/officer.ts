import {
  DEFAULT_REMINDER_PREFERENCES,
  NotFoundError,
  byClinicianName,
  byStart,
  clinicianMatches,
  computeSlots,
  dueBy,
  slotWindow,
  visitWindow,
  type OfficerApi,
  type Session,
  type Slot,
  type Visit,
} from '@wellvisit/sdk';
import { channelsFor, scheduleVisitReminders } from '../jobs/schedule.js';
import { attendanceReadsOf, recordReads } from '../store/audit.js';
import { cliniciansServing, setReminderPreferences } from '../store/directory.js';
import { bookedVisitsOf, busyRanges, findVisit, listVisits } from '../store/visits.js';
import { attendanceStatuses, resolvePeriod } from './attendance.js';
import { reachableClinician } from './booking.js';
import type { SqlContext } from './context.js';
import { bookVisit, cancelVisit, rescheduleVisit } from './officer-booking.js';
import { officerReminders } from './officer-reminders.js';
import { requireOfficer } from './principal.js';

/** The officer's API on the database, for one verified session. */
export function sqlOfficerApi(ctx: SqlContext, session: Session): OfficerApi {
  const { db } = ctx;
  const me = () => requireOfficer(ctx, session);

  const audited = async (officerId: string, visits: Visit[]): Promise<Visit[]> => {
    await recordReads(
      db,
      ctx.now(),
      { action: 'visit.read', actorRole: 'officer', actorId: officerId },
      visits.map((visit) => ({ visitId: visit.id })),
    );
    return visits;
  };

  return {
    me: async () => (await me()).officer,

    async listClinicians(filter = {}) {
      const { department } = await me();
      const records = await cliniciansServing(db, department.id);
      return records
        .map((r) => r.clinician)
        .sort(byClinicianName)
        .filter(clinicianMatches(filter));
    },

    async listSlots(query) {
      const { department } = await me();
      const { from, to } = slotWindow(query.from, query.to);
      const records = query.clinicianId
        ? [await reachableClinician(db, query.clinicianId, department.id)]
        : await cliniciansServing(db, department.id);
      const now = ctx.now();
      const perClinician = await Promise.all(
        records.map(async ({ clinician, availability }): Promise<Slot[]> => {
          if (!availability) return [];
          const busy = await busyRanges(
            db,
            clinician.id,
            new Date(from.getTime() - 86_400_000),
            new Date(to.getTime() + 86_400_000),
          );
          return computeSlots({
            availability,
            busy,
            now,
            from,
            to,
            ...(query.modality ? { modality: query.modality } : {}),
          }).filter((slot) => clinician.modalities.includes(slot.modality));
        }),
      );
      return perClinician.flat().sort(byStart);
    },

    book: async (request) => bookVisit(ctx, await me(), request),

    async listVisits(range = {}) {
      const { officer } = await me();
      const { from, to } = visitWindow(range, ctx.now());
      return audited(officer.id, await listVisits(db, { officerId: officer.id }, from, to));
    },

    async getVisit(visitId) {
      const { officer } = await me();
      const visit = await findVisit(db, visitId);
      if (visit?.officerId !== officer.id) {
        throw new NotFoundError('No such visit', { code: 'not-found' });
      }
      const [read] = await audited(officer.id, [visit]);
      return read ?? visit;
    },

    reschedule: async (visitId, request) => rescheduleVisit(ctx, await me(), visitId, request),

    cancel: async (visitId, request) => cancelVisit(ctx, await me(), visitId, request),

    async attendance(periodId) {
      const { officer, department } = await me();
      const now = ctx.now();
      const period = resolvePeriod(now, department, periodId);
      const statusOf = await attendanceStatuses(db, now, department, period, {
        officerId: officer.id,
      });
      return { period, status: statusOf(officer.id), dueBy: dueBy(period, department.policy) };
    },

    async attendanceAccessLog() {
      const { officer } = await me();
      return attendanceReadsOf(db, officer.id);
    },

    reminders: async () => officerReminders(ctx, await me()),

    reminderPreferences: async () => (await me()).preferences ?? DEFAULT_REMINDER_PREFERENCES,

    async setReminderPreferences(preferences) {
      const { officer } = await me();
      const now = ctx.now();
      await db.transaction(async (tx) => {
        await setReminderPreferences(tx, officer.id, preferences);
        // New channels or lead times apply to the visits already booked.
        for (const visit of await bookedVisitsOf(tx, officer.id)) {
          await scheduleVisitReminders(
            tx,
            visit,
            preferences,
            channelsFor(ctx.channels, officer),
            now,
          );
        }
      });
      return preferences;
    },
  };
}
