import type { OfficerApi } from '../contract/index.js';
import { visitScopedError } from '../errors/index.js';
import {
  DEFAULT_REMINDER_PREFERENCES,
  type Department,
  type Officer,
  type Period,
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
  shownVideo,
  slotPage,
  slotWindow,
  visitReminders,
  visitWindow,
  localToday,
  policyOn,
  scheduledChange,
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
  // A manage link's session reaches its one visit (to see, move or cancel it) and no more.
  const scope = session.role === 'officer' ? session.visitId : undefined;
  const within = (visitId: string): void => {
    if (scope !== undefined && visitId !== scope) throw noSuch('visit');
  };
  const unscoped = async () => {
    if (scope !== undefined) throw visitScopedError();
    return me();
  };

  /** A visit as the officer may see it now: its video link only within its window. */
  const shown = (visit: Visit): Visit => shownVideo(visit, ctx.now());

  /** The officer's own status: their marks count at once, not at the department's batch. */
  const ownStatus = async (officer: Officer, department: Department, period: Period, now: Date) =>
    (await attendanceOf(store, now, department, period, { officerId: officer.id }, now))(officer);

  /** Every visit an officer reads is audited. */
  const read = async (officerId: string, visits: Visit[]): Promise<Visit[]> => {
    await store.recordReads(
      { action: 'visit.read', actorRole: 'officer', actorId: officerId },
      visits.map((visit) => ({ visitId: visit.id })),
      ctx.now(),
    );
    return visits.map(shown);
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

    async book(request) {
      if (scope !== undefined) throw visitScopedError();
      return shown(await book(ctx, session, request));
    },

    async listVisits(range = {}) {
      const { officer } = await me();
      const { from, to } = visitWindow(range, ctx.now());
      const visits = await store.visits({ officerId: officer.id }, from, to);
      return read(
        officer.id,
        visits.filter((visit) => (scope ?? visit.id) === visit.id),
      );
    },

    async getVisit(visitId) {
      within(visitId);
      const { officer } = await me();
      const visit = await store.visit(visitId);
      if (visit?.officerId !== officer.id) throw noSuch('visit');
      const [seen] = await read(officer.id, [visit]);
      return seen ?? shown(visit);
    },

    reschedule: async (visitId, request) => {
      within(visitId);
      return shown(await reschedule(ctx, await me(), visitId, request));
    },

    cancel: async (visitId, request) => {
      within(visitId);
      return shown(await cancel(ctx, await me(), visitId, request));
    },

    async attendance(periodId) {
      const { officer, department } = await unscoped();
      const now = ctx.now();
      const period = resolvePeriod(now, department, periodId);
      const status = await ownStatus(officer, department, period, now);
      const change = scheduledChange(department, localToday(now, department.timeZone));
      return {
        period,
        status,
        dueBy: dueBy(period, policyOn(department, period.firstDay)),
        ...(change ? { policyChange: change } : {}),
      };
    },

    attendanceAccessLog: async () => store.attendanceReads((await unscoped()).officer.id),

    async reminders() {
      const { officer, department, preferences } = await unscoped();
      const now = ctx.now();
      const booked = await store.bookedVisits(officer.id);
      const forVisits = booked.flatMap((visit) =>
        visitReminders(visit, preferences ?? DEFAULT_REMINDER_PREFERENCES, now),
      );
      const period = resolvePeriod(now, department);
      const status = await ownStatus(officer, department, period, now);
      const nudges = checkInNudges({
        officerId: officer.id,
        period,
        status,
        policy: policyOn(department, period.firstDay),
        timeZone: officer.timeZone,
      });
      return [...forVisits, ...currentNudges(nudges, now)].sort(byAt);
    },

    reminderPreferences: async () => (await me()).preferences ?? DEFAULT_REMINDER_PREFERENCES,

    async setReminderPreferences(preferences) {
      const { officer } = await unscoped();
      await store.setPreferences(officer, preferences, ctx.now());
      return preferences;
    },
  };
}
