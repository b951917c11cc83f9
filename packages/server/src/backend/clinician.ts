import {
  ConflictError,
  NotFoundError,
  ValidationError,
  checkMarkAllowed,
  emptyAvailability,
  markRefused,
  visitWindow,
  visitWithStatus,
  type Clinician,
  type ClinicianApi,
  type ClinicianVisit,
  type Session,
  type Visit,
} from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { recordReads } from '../store/audit.js';
import { setAvailability } from '../store/directory.js';
import { findVisit, listVisits, updateVisit } from '../store/visits.js';
import { nowInstant, type SqlContext } from './context.js';
import { requireClinician } from './principal.js';

function versionMismatch(): ConflictError {
  return new ConflictError('The visit changed; reload it and try again', {
    code: 'version-mismatch',
  });
}

/** The clinician's API on the database, for one verified session. */
export function sqlClinicianApi(ctx: SqlContext, session: Session): ClinicianApi {
  const { db } = ctx;
  const me = () => requireClinician(ctx, session);

  /** Schedule entries: each visit plus the officer's display name, nothing more of theirs. */
  const scheduled = async (
    tx: Queryable,
    clinician: Clinician,
    visits: Visit[],
  ): Promise<ClinicianVisit[]> => {
    await recordReads(
      tx,
      ctx.now(),
      { action: 'visit.read', actorRole: 'clinician', actorId: clinician.id },
      visits.map((visit) => ({ visitId: visit.id })),
    );
    const ids = [...new Set(visits.map((visit) => visit.officerId))];
    const rows = await tx.query<{ id: string; display_name: string }>(
      'SELECT id, display_name FROM officers WHERE id = ANY($1::text[])',
      [ids],
    );
    const names = new Map(rows.map((row) => [row.id, row.display_name]));
    return visits.map((visit) => ({
      ...visit,
      officerDisplayName: names.get(visit.officerId) ?? 'Former officer',
    }));
  };

  return {
    me: async () => (await me()).clinician,

    async listVisits(range = {}) {
      const { clinician } = await me();
      const { from, to } = visitWindow(range, ctx.now());
      const visits = await listVisits(db, { clinicianId: clinician.id }, from, to);
      return scheduled(db, clinician, visits);
    },

    async markAttendance(visitId, mark) {
      const { clinician } = await me();
      return db.transaction(async (tx) => {
        const visit = await findVisit(tx, visitId, { forUpdate: true });
        // Another clinician's visit does not exist for this one.
        if (visit?.clinicianId !== clinician.id) {
          throw new NotFoundError('No such visit', { code: 'not-found' });
        }
        if (mark.expectedVersion !== undefined && mark.expectedVersion !== visit.version) {
          throw versionMismatch();
        }
        const check = checkMarkAllowed(visit, ctx.now());
        if (!check.ok) throw markRefused(check.code);
        const marked = visitWithStatus(visit, mark.outcome, nowInstant(ctx));
        if (!(await updateVisit(tx, marked))) throw versionMismatch();
        const [entry] = await scheduled(tx, clinician, [marked]);
        return entry ?? { ...marked, officerDisplayName: 'Former officer' };
      });
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
      await setAvailability(db, availability);
      return availability;
    },
  };
}
