import {
  ConflictError,
  DEFAULT_REMINDER_PREFERENCES,
  NotFoundError,
  checkChangeAllowed,
  checkInNudges,
  computeSlots,
  dueBy,
  visitReminders,
  type Clinician,
  type ClinicianFilter,
  type OfficerApi,
  type Reminder,
  type Session,
  type Slot,
  type Visit,
} from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { channelsFor, scheduleVisitReminders } from '../jobs/schedule.js';
import { attendanceReadsOf, recordReads } from '../store/audit.js';
import { cliniciansServing, findClinician, setReminderPreferences } from '../store/directory.js';
import { bookingHash, findKey, insertKey } from '../store/idempotency.js';
import { newId } from '../store/ids.js';
import {
  bookedVisitsOf,
  busyRanges,
  findVisit,
  insertVisit,
  listVisits,
  updateVisit,
} from '../store/visits.js';
import { attendanceStatuses, resolvePeriod } from './attendance.js';
import { bookableSlot, reachableClinician, slotWindow, visitWindow } from './booking.js';
import { nowInstant, slotTaken, type SqlContext } from './context.js';
import { requireOfficer } from './principal.js';

const byName = (a: Clinician, b: Clinician): number =>
  a.displayName.localeCompare(b.displayName, 'en', { sensitivity: 'base' });
const byStart = (a: { start: string }, b: { start: string }): number =>
  Date.parse(a.start) - Date.parse(b.start);
const byAt = (a: Reminder, b: Reminder): number => Date.parse(a.at) - Date.parse(b.at);

function matchesFilter(filter: ClinicianFilter): (clinician: Clinician) => boolean {
  const language = filter.language?.toLowerCase();
  return (clinician) =>
    (filter.modality === undefined || clinician.modalities.includes(filter.modality)) &&
    (filter.lawEnforcementTrained === undefined ||
      clinician.lawEnforcementTrained === filter.lawEnforcementTrained) &&
    // `es` matches `es-MX`: an officer asks for a language, not a region.
    (language === undefined ||
      clinician.languages.some((tag) => {
        const lower = tag.toLowerCase();
        return lower === language || lower.startsWith(`${language}-`);
      }));
}

function versionMismatch(visit: Visit): ConflictError {
  return new ConflictError(
    `The visit changed (version ${visit.version}); reload it and try again`,
    { code: 'version-mismatch' },
  );
}

/** One of the caller's own visits; another officer's does not exist for them. */
async function ownVisit(db: Queryable, officerId: string, visitId: string): Promise<Visit> {
  const visit = await findVisit(db, visitId, { forUpdate: true });
  if (visit?.officerId !== officerId)
    throw new NotFoundError('No such visit', { code: 'not-found' });
  return visit;
}

/** Reschedule and cancel: only while booked and outside the clinician's notice period. */
async function checkChange(db: Queryable, visit: Visit, expected: number | undefined, now: Date) {
  if (expected !== undefined && expected !== visit.version) throw versionMismatch(visit);
  const current = await findClinician(db, visit.clinicianId);
  const check = checkChangeAllowed(visit, current?.availability?.minNoticeMinutes ?? 0, now);
  if (!check.ok) {
    const message =
      check.code === 'not-active'
        ? 'Only a booked visit can be changed'
        : 'The visit starts too soon to change it here; contact the clinician';
    throw new ConflictError(message, { code: check.code });
  }
}

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
        .sort(byName)
        .filter(matchesFilter(filter));
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

    async book(request) {
      const { officer, department, preferences } = await me();
      const hash = bookingHash(request.clinicianId, request.start, request.modality);
      const key = request.idempotencyKey;
      const replay = async (): Promise<Visit | undefined> => {
        if (key === undefined) return undefined;
        const stored = await findKey(db, officer.id, key);
        if (!stored) return undefined;
        const visit = await findVisit(db, stored.visitId);
        if (stored.requestHash !== hash || !visit) {
          throw new ConflictError('This idempotency key was used for a different booking', {
            code: 'idempotency-mismatch',
          });
        }
        return visit;
      };
      const prior = await replay();
      if (prior) return prior;

      const { clinician, availability } = await reachableClinician(
        db,
        request.clinicianId,
        department.id,
      );
      const now = ctx.now();
      try {
        const slot = await bookableSlot(db, clinician, availability, {
          start: request.start,
          modality: request.modality,
          now,
        });
        const at = nowInstant(ctx);
        const visit: Visit = {
          id: newId('visit'),
          officerId: officer.id,
          clinicianId: clinician.id,
          modality: slot.modality,
          ...(slot.place === undefined ? {} : { place: slot.place }),
          start: slot.start,
          end: slot.end,
          status: 'booked',
          version: 1,
          createdAt: at,
          updatedAt: at,
        };
        await db.transaction(async (tx) => {
          await insertVisit(tx, visit);
          if (key !== undefined) {
            await insertKey(tx, officer.id, key, { requestHash: hash, visitId: visit.id }, now);
          }
          await scheduleVisitReminders(
            tx,
            visit,
            preferences,
            channelsFor(ctx.channels, officer),
            now,
          );
        });
        return visit;
      } catch (error) {
        // A concurrent request with the same key got there first (its visit now holds the slot,
        // or its key row beat ours): answer with its visit.
        const winner = await replay();
        if (winner) return winner;
        throw slotTaken(error);
      }
    },

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

    async reschedule(visitId, request) {
      const { officer, department, preferences } = await me();
      const now = ctx.now();
      try {
        return await db.transaction(async (tx) => {
          const visit = await ownVisit(tx, officer.id, visitId);
          await checkChange(tx, visit, request.expectedVersion, now);
          const { clinician, availability } = await reachableClinician(
            tx,
            request.clinicianId ?? visit.clinicianId,
            department.id,
          );
          const modality = request.modality ?? visit.modality;
          const slot = await bookableSlot(tx, clinician, availability, {
            start: request.start,
            modality,
            now,
            exceptVisitId: visit.id,
          });
          const moved: Visit = { ...visit };
          delete moved.place;
          Object.assign(moved, {
            clinicianId: clinician.id,
            modality,
            ...(slot.place === undefined ? {} : { place: slot.place }),
            start: slot.start,
            end: slot.end,
            version: visit.version + 1,
            updatedAt: nowInstant(ctx),
          });
          if (!(await updateVisit(tx, moved))) throw versionMismatch(visit);
          await scheduleVisitReminders(
            tx,
            moved,
            preferences,
            channelsFor(ctx.channels, officer),
            now,
          );
          return moved;
        });
      } catch (error) {
        throw slotTaken(error);
      }
    },

    async cancel(visitId, request = {}) {
      const { officer, preferences } = await me();
      const now = ctx.now();
      return db.transaction(async (tx) => {
        const visit = await ownVisit(tx, officer.id, visitId);
        await checkChange(tx, visit, request.expectedVersion, now);
        const cancelled: Visit = {
          ...visit,
          status: 'cancelled',
          version: visit.version + 1,
          updatedAt: nowInstant(ctx),
        };
        if (!(await updateVisit(tx, cancelled))) throw versionMismatch(visit);
        await scheduleVisitReminders(
          tx,
          cancelled,
          preferences,
          channelsFor(ctx.channels, officer),
          now,
        );
        return cancelled;
      });
    },

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

    async reminders() {
      const { officer, department, preferences } = await me();
      const now = ctx.now();
      const chosen = preferences ?? DEFAULT_REMINDER_PREFERENCES;
      const forVisits = (await bookedVisitsOf(db, officer.id)).flatMap((visit) =>
        visitReminders(visit, chosen, now),
      );
      const period = resolvePeriod(now, department);
      const statusOf = await attendanceStatuses(db, now, department, period, {
        officerId: officer.id,
      });
      const nudges = checkInNudges({
        officerId: officer.id,
        period,
        status: statusOf(officer.id),
        policy: department.policy,
        timeZone: officer.timeZone,
      });
      // The nudge in effect (the latest one already past) and those still to come.
      const current = nudges.filter((_, i) => {
        const next = nudges[i + 1];
        return next === undefined || Date.parse(next.at) > now.getTime();
      });
      return [...forVisits, ...current].sort(byAt);
    },

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
