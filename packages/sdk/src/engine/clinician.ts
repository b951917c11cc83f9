import type { ClinicianApi } from '../contract/index.js';
import { ValidationError } from '../errors/index.js';
import type { Clinician, ClinicianVisit, Session, Visit } from '../model/index.js';
import {
  checkMarkAllowed,
  emptyAvailability,
  markRefused,
  shownVideo,
  visitWindow,
  visitWithStatus,
} from '../rules/index.js';
import {
  checkVersion,
  noSuch,
  nowInstant,
  versionMismatch,
  type EngineContext,
} from './context.js';
import { asRole } from './principal.js';

/** The clinician's API for one session: their own schedule and availability. */
export function clinicianApi(ctx: EngineContext, session: Session): ClinicianApi {
  const { store } = ctx;
  const me = () => asRole(store, session, 'clinician');

  /** Schedule entries, audited: each visit plus the officer's display name, nothing more. */
  const scheduled = async (clinician: Clinician, visits: Visit[]): Promise<ClinicianVisit[]> => {
    const [names] = await Promise.all([
      store.officerNames([...new Set(visits.map((visit) => visit.officerId))]),
      store.recordReads(
        { action: 'visit.read', actorRole: 'clinician', actorId: clinician.id },
        visits.map((visit) => ({ visitId: visit.id })),
        ctx.now(),
      ),
    ]);
    return visits.map((visit) => ({
      ...shownVideo(visit, ctx.now()),
      officerDisplayName: names.get(visit.officerId) ?? 'Former officer',
    }));
  };

  return {
    me: async () => (await me()).clinician,

    async listVisits(range = {}) {
      const { clinician } = await me();
      const { from, to } = visitWindow(range, ctx.now());
      return scheduled(clinician, await store.visits({ clinicianId: clinician.id }, from, to));
    },

    async markAttendance(visitId, mark) {
      const { clinician } = await me();
      const visit = await store.visit(visitId);
      // Another clinician's visit does not exist for this one.
      if (visit?.clinicianId !== clinician.id) throw noSuch('visit');
      checkVersion(visit, mark.expectedVersion);
      const check = checkMarkAllowed(visit, ctx.now(), mark.outcome);
      if (!check.ok) throw markRefused(check.code);
      const marked = visitWithStatus(visit, mark.outcome, nowInstant(ctx));
      const correcting = visit.status !== 'booked';
      const outcome = await store.writeVisit(
        {
          change: 'marked',
          visit: marked,
          previous: visit,
          ...(correcting ? { previousStatus: visit.status } : {}),
        },
        ctx.now(),
      );
      if (outcome !== 'written') throw versionMismatch(visit);
      if (correcting) {
        await store.recordReads(
          { action: 'attendance.corrected', actorRole: 'clinician', actorId: clinician.id },
          [{ officerId: visit.officerId, visitId: visit.id }],
          ctx.now(),
        );
      }
      const [entry] = await scheduled(clinician, [marked]);
      return entry ?? { ...shownVideo(marked, ctx.now()), officerDisplayName: 'Former officer' };
    },

    async availability() {
      const { clinician, availability } = await me();
      return availability ?? emptyAvailability(clinician.id, clinician.timeZone);
    },

    async setAvailability(availability) {
      const { clinician } = await me();
      if (availability.clinicianId !== clinician.id) {
        throw new ValidationError('Invalid availability at clinicianId: it must be your own', [
          { path: ['clinicianId'], message: 'Must be your own clinician id', code: 'custom' },
        ]);
      }
      await store.setAvailability(availability);
      return availability;
    },
  };
}
