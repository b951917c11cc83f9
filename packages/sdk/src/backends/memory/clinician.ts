import * as z from 'zod/mini';
import type { ClinicianApi } from '../../contract/index.js';
import { ConflictError, NotFoundError, ValidationError, parseOrThrow } from '../../errors/index.js';
import {
  AttendanceMark,
  Availability,
  Id,
  VisitRange,
  type Clinician,
  type ClinicianVisit,
  type Visit,
} from '../../model/index.js';
import {
  byStart,
  checkMarkAllowed,
  emptyAvailability,
  inVisitWindow,
  markRefused,
  visitWindow,
  visitWithStatus,
} from '../../rules/index.js';
import { audit, nowInstant, run, type MemoryContext } from './context.js';
import { requireClinician, type Principal } from './principal.js';

const VisitArgs = z.object({ visitId: Id });

export function memoryClinicianApi(ctx: MemoryContext, principal: Principal): ClinicianApi {
  const me = (): Clinician => requireClinician(ctx, principal).clinician;

  /** The schedule entry: the visit plus the officer's display name, nothing more of theirs. */
  const scheduled = (clinician: Clinician, visit: Visit): ClinicianVisit => {
    audit(ctx, {
      action: 'visit.read',
      actorRole: 'clinician',
      actorId: clinician.id,
      visitId: visit.id,
    });
    const officer = ctx.state.officers.get(visit.officerId);
    return { ...visit, officerDisplayName: officer?.displayName ?? 'Former officer' };
  };

  return {
    me: (options) => run(ctx, options, me),

    listVisits: (range, options) =>
      run(ctx, options, () => {
        const clinician = me();
        const parsed = parseOrThrow(VisitRange, range ?? {}, 'visit range');
        const within = inVisitWindow(visitWindow(parsed, ctx.now()));
        return [...ctx.state.visits.values()]
          .filter((visit) => visit.clinicianId === clinician.id && within(visit))
          .sort(byStart)
          .map((visit) => scheduled(clinician, visit));
      }),

    markAttendance: (visitId, mark, options) =>
      run(ctx, options, () => {
        const clinician = me();
        const { visitId: id } = parseOrThrow(VisitArgs, { visitId }, 'visit id');
        const visit = ctx.state.visits.get(id);
        // Another clinician's visit does not exist for this one.
        if (!visit || visit.clinicianId !== clinician.id) {
          throw new NotFoundError('No such visit', { code: 'not-found' });
        }
        const parsed = parseOrThrow(AttendanceMark, mark, 'attendance mark');
        if (parsed.expectedVersion !== undefined && parsed.expectedVersion !== visit.version) {
          throw new ConflictError('The visit changed; reload it and try again', {
            code: 'version-mismatch',
          });
        }
        const check = checkMarkAllowed(visit, ctx.now());
        if (!check.ok) throw markRefused(check.code);
        const marked = visitWithStatus(visit, parsed.outcome, nowInstant(ctx));
        ctx.state.visits.set(marked.id, marked);
        ctx.touch();
        return scheduled(clinician, marked);
      }),

    availability: (options) =>
      run(ctx, options, () => {
        const clinician = me();
        return (
          ctx.state.availability.get(clinician.id) ??
          emptyAvailability(clinician.id, clinician.timeZone)
        );
      }),

    setAvailability: (availability, options) =>
      run(ctx, options, () => {
        const clinician = me();
        const parsed = parseOrThrow(Availability, availability, 'availability');
        if (parsed.clinicianId !== clinician.id) {
          throw new ValidationError('Invalid availability at clinicianId: it must be your own', [
            { path: ['clinicianId'], message: 'Must be your own clinician id', code: 'custom' },
          ]);
        }
        ctx.state.availability.set(clinician.id, parsed);
        ctx.touch();
        return parsed;
      }),
  };
}
