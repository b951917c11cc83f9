import type { OfficerApi } from '../contract/index.js';
import {
  DEFAULT_REMINDER_PREFERENCES,
  type Reminder,
  type Session,
  type Visit,
} from '../model/index.js';
import { DAY_MS } from '../rules/civil.js';
import {
  byClinicianName,
  bySlot,
  checkInNudges,
  clinicianMatches,
  computeSlots,
  currentNudges,
  dueBy,
  slotPage,
  slotWindow,
  visitReminders,
  visitWindow,
} from '../rules/index.js';
import { attendanceOf, resolvePeriod } from './attendance.js';
import { noSuch, type EngineContext } from './context.js';
import { asRole } from './principal.js';
import { book, cancel, reschedule } from './visits.js';

const byAt = (a: Reminder, b: Reminder): number => Date.parse(a.at) - Date.parse(b.at);

/** The officer's API for one session: their own visits, reminders and attendance. */
export function officerApi(ctx: EngineContext, session: Session): OfficerApi {
  const { store } = ctx;
  const me = () => asRole(store, session, 'officer');

  /** Every visit an officer reads is audited. */
  const read = async (officerId: string, visits: Visit[]): Promise<Visit[]> => {
    await store.recordReads(
      { action: 'visit.read', actorRole: 'officer', actorId: officerId },
      visits.map((visit) => ({ visitId: visit.id })),
      ctx.now(),
    );
    return visits;
  };

  return {
    me: async () => (await me()).officer,

    async listClinicians(filter = {}) {
      const { department } = await me();
      const records = await store.cliniciansServing(department.id);
      return records
        .map((record) => record.clinician)
        .sort(byClinicianName)
        .filter(clinicianMatches(filter));
    },

    async listSlots(query) {
      const { department } = await me();
      const { from, to } = slotWindow(query.from, query.to);
      const records = await store.schedules(department.id, {
        ...(query.clinicianId === undefined ? {} : { clinicianId: query.clinicianId }),
        from: new Date(from.getTime() - DAY_MS),
        to: new Date(to.getTime() + DAY_MS),
      });
      if (query.clinicianId !== undefined && records.length === 0) throw noSuch('clinician');
      const now = ctx.now();
      const slotsIn = (start: Date, end: Date) =>
        records.flatMap(({ clinician, availability, busy }) =>
          availability
            ? computeSlots({
                availability,
                busy,
                now,
                from: start,
                to: end,
                ...(query.modality ? { modality: query.modality } : {}),
              }).filter((slot) => clinician.modalities.includes(slot.modality))
            : [],
        );
      if (query.limit === undefined && query.after === undefined) {
        return slotsIn(from, to).sort(bySlot);
      }
      return slotPage({ from, to }, query, slotsIn);
    },

    book: async (request) => book(ctx, session, request),

    async listVisits(range = {}) {
      const { officer } = await me();
      const { from, to } = visitWindow(range, ctx.now());
      return read(officer.id, await store.visits({ officerId: officer.id }, from, to));
    },

    async getVisit(visitId) {
      const { officer } = await me();
      const visit = await store.visit(visitId);
      if (visit?.officerId !== officer.id) throw noSuch('visit');
      await read(officer.id, [visit]);
      return visit;
    },

    reschedule: async (visitId, request) => reschedule(ctx, await me(), visitId, request),

    cancel: async (visitId, request) => cancel(ctx, await me(), visitId, request),

    async attendance(periodId) {
      const { officer, department } = await me();
      const now = ctx.now();
      const period = resolvePeriod(now, department, periodId);
      const statusOf = await attendanceOf(store, now, department, period, {
        officerId: officer.id,
      });
      return { period, status: statusOf(officer.id), dueBy: dueBy(period, department.policy) };
    },

    attendanceAccessLog: async () => store.attendanceReads((await me()).officer.id),

    async reminders() {
      const { officer, department, preferences } = await me();
      const now = ctx.now();
      const booked = await store.bookedVisits(officer.id);
      const forVisits = booked.flatMap((visit) =>
        visitReminders(visit, preferences ?? DEFAULT_REMINDER_PREFERENCES, now),
      );
      const period = resolvePeriod(now, department);
      const statusOf = await attendanceOf(store, now, department, period, {
        officerId: officer.id,
      });
      const nudges = checkInNudges({
        officerId: officer.id,
        period,
        status: statusOf(officer.id),
        policy: department.policy,
        timeZone: officer.timeZone,
      });
      return [...forVisits, ...currentNudges(nudges, now)].sort(byAt);
    },

    reminderPreferences: async () => (await me()).preferences ?? DEFAULT_REMINDER_PREFERENCES,

    async setReminderPreferences(preferences) {
      const { officer } = await me();
      await store.setPreferences(officer, preferences, ctx.now());
      return preferences;
    },
  };
}
