import * as z from 'zod/mini';
import type { OfficerApi } from '../../contract/index.js';
import { ConflictError, NotFoundError, parseOrThrow } from '../../errors/index.js';
import {
  BookingRequest,
  CancelRequest,
  ClinicianFilter,
  DEFAULT_REMINDER_PREFERENCES,
  Id,
  PeriodId,
  ReminderPreferences,
  RescheduleRequest,
  SlotQuery,
  VisitRange,
  type Reminder,
  type Visit,
} from '../../model/index.js';
import {
  bookedVisit,
  byStart,
  changeRefused,
  checkChangeAllowed,
  checkInNudges,
  clinicianMatches,
  computeSlots,
  currentNudges,
  dueBy,
  inVisitWindow,
  movedVisit,
  slotWindow,
  visitReminders,
  visitWindow,
  visitWithStatus,
} from '../../rules/index.js';
import { attendanceStatus, resolvePeriod } from './attendance.js';
import { audit, newId, nowInstant, run, type MemoryContext } from './context.js';
import {
  bookableSlot,
  busyRanges,
  clinicianDirectory,
  minNoticeMinutes,
  reachableClinician,
} from './directory.js';
import { requireOfficer, type AsOfficer, type Principal } from './principal.js';
import { idempotencyScope } from './state.js';

const VisitArgs = z.object({ visitId: Id });
const PeriodArgs = z.object({ periodId: z.optional(PeriodId) });

export function memoryOfficerApi(ctx: MemoryContext, principal: Principal): OfficerApi {
  const me = (): AsOfficer => requireOfficer(ctx, principal);

  /** One of the caller's own visits; another officer's does not exist for them. */
  const ownVisit = (officerId: string, visitId: unknown): Visit => {
    const { visitId: id } = parseOrThrow(VisitArgs, { visitId }, 'visit id');
    const visit = ctx.state.visits.get(id);
    if (!visit || visit.officerId !== officerId) {
      throw new NotFoundError('No such visit', { code: 'not-found' });
    }
    return visit;
  };

  const checkVersion = (visit: Visit, expected: number | undefined): void => {
    if (expected !== undefined && expected !== visit.version) {
      throw new ConflictError(
        `The visit changed (version ${visit.version}, not ${expected}); reload it and try again`,
        { code: 'version-mismatch' },
      );
    }
  };

  const checkChange = (visit: Visit): void => {
    const check = checkChangeAllowed(visit, minNoticeMinutes(ctx, visit.clinicianId), ctx.now());
    if (!check.ok) throw changeRefused(check.code);
  };

  const save = (visit: Visit): Visit => {
    ctx.state.visits.set(visit.id, visit);
    ctx.touch();
    return visit;
  };

  const readVisit = (officerId: string, visit: Visit): Visit => {
    audit(ctx, {
      action: 'visit.read',
      actorRole: 'officer',
      actorId: officerId,
      visitId: visit.id,
    });
    return visit;
  };

  return {
    me: (options) => run(ctx, options, () => me().officer),

    listClinicians: (filter, options) =>
      run(ctx, options, () => {
        const { department } = me();
        const parsed = parseOrThrow(ClinicianFilter, filter ?? {}, 'clinician filter');
        return clinicianDirectory(ctx, department.id).filter(clinicianMatches(parsed));
      }),

    listSlots: (query, options) =>
      run(ctx, options, () => {
        const { department } = me();
        const parsed = parseOrThrow(SlotQuery, query, 'slot query');
        const { from, to } = slotWindow(parsed.from, parsed.to);
        const clinicians = parsed.clinicianId
          ? [reachableClinician(ctx, parsed.clinicianId, department.id)]
          : clinicianDirectory(ctx, department.id);
        const slots = clinicians.flatMap((clinician) => {
          const availability = ctx.state.availability.get(clinician.id);
          if (!availability) return [];
          return computeSlots({
            availability,
            busy: busyRanges(ctx, clinician.id),
            now: ctx.now(),
            from,
            to,
            ...(parsed.modality ? { modality: parsed.modality } : {}),
          }).filter((slot) => clinician.modalities.includes(slot.modality));
        });
        return slots.sort(byStart);
      }),

    book: (request, options) =>
      run(ctx, options, () => {
        const { officer, department } = me();
        const parsed = parseOrThrow(BookingRequest, request, 'booking request');
        const fingerprint = JSON.stringify([
          parsed.clinicianId,
          Date.parse(parsed.start),
          parsed.modality,
        ]);
        const scope = parsed.idempotencyKey && idempotencyScope(officer.id, parsed.idempotencyKey);
        const prior = scope ? ctx.state.idempotency.get(scope) : undefined;
        if (prior) {
          const visit = ctx.state.visits.get(prior.visitId);
          if (prior.fingerprint !== fingerprint || !visit) {
            throw new ConflictError('This idempotency key was used for a different booking', {
              code: 'idempotency-mismatch',
            });
          }
          return visit;
        }
        const clinician = reachableClinician(ctx, parsed.clinicianId, department.id);
        const slot = bookableSlot(ctx, clinician, parsed.start, parsed.modality);
        const visit = bookedVisit({
          id: newId('visit'),
          officerId: officer.id,
          clinicianId: clinician.id,
          slot,
          at: nowInstant(ctx),
        });
        if (scope) ctx.state.idempotency.set(scope, { visitId: visit.id, fingerprint });
        return save(visit);
      }),

    listVisits: (range, options) =>
      run(ctx, options, () => {
        const { officer } = me();
        const parsed = parseOrThrow(VisitRange, range ?? {}, 'visit range');
        const within = inVisitWindow(visitWindow(parsed, ctx.now()));
        return [...ctx.state.visits.values()]
          .filter((visit) => visit.officerId === officer.id && within(visit))
          .sort(byStart)
          .map((visit) => readVisit(officer.id, visit));
      }),

    getVisit: (visitId, options) =>
      run(ctx, options, () => {
        const { officer } = me();
        return readVisit(officer.id, ownVisit(officer.id, visitId));
      }),

    reschedule: (visitId, request, options) =>
      run(ctx, options, () => {
        const { officer, department } = me();
        const visit = ownVisit(officer.id, visitId);
        const parsed = parseOrThrow(RescheduleRequest, request, 'reschedule request');
        checkVersion(visit, parsed.expectedVersion);
        checkChange(visit);
        const clinician = reachableClinician(
          ctx,
          parsed.clinicianId ?? visit.clinicianId,
          department.id,
        );
        const modality = parsed.modality ?? visit.modality;
        const slot = bookableSlot(ctx, clinician, parsed.start, modality, visit.id);
        return save(movedVisit(visit, { clinicianId: clinician.id, slot, at: nowInstant(ctx) }));
      }),

    cancel: (visitId, request, options) =>
      run(ctx, options, () => {
        const { officer } = me();
        const visit = ownVisit(officer.id, visitId);
        const parsed = parseOrThrow(CancelRequest, request ?? {}, 'cancel request');
        checkVersion(visit, parsed.expectedVersion);
        checkChange(visit);
        return save(visitWithStatus(visit, 'cancelled', nowInstant(ctx)));
      }),

    attendance: (periodId, options) =>
      run(ctx, options, () => {
        const { officer, department } = me();
        const parsed = parseOrThrow(PeriodArgs, { periodId }, 'attendance request');
        const period = resolvePeriod(ctx, department, parsed.periodId);
        return {
          period,
          status: attendanceStatus(ctx, officer, department, period),
          dueBy: dueBy(period, department.policy),
        };
      }),

    attendanceAccessLog: (options) =>
      run(ctx, options, () => {
        const { officer } = me();
        return ctx.state.audit
          .filter(
            (event) =>
              event.action === 'attendance.read' &&
              event.officerId === officer.id &&
              event.actorRole !== 'officer',
          )
          .reverse()
          .map(({ at, actorRole, actorId }) => ({ at, actorRole, actorId }));
      }),

    reminders: (options) =>
      run(ctx, options, () => {
        const { officer, department } = me();
        const now = ctx.now();
        const preferences =
          ctx.state.reminderPreferences.get(officer.id) ?? DEFAULT_REMINDER_PREFERENCES;
        const forVisits = [...ctx.state.visits.values()]
          .filter((visit) => visit.officerId === officer.id && visit.status === 'booked')
          .flatMap((visit) => visitReminders(visit, preferences, now));
        const period = resolvePeriod(ctx, department);
        const nudges = checkInNudges({
          officerId: officer.id,
          period,
          status: attendanceStatus(ctx, officer, department, period),
          policy: department.policy,
          timeZone: officer.timeZone,
        });
        return [...forVisits, ...currentNudges(nudges, now)].sort(byAt);
      }),

    reminderPreferences: (options) =>
      run(
        ctx,
        options,
        () => ctx.state.reminderPreferences.get(me().officer.id) ?? DEFAULT_REMINDER_PREFERENCES,
      ),

    setReminderPreferences: (preferences, options) =>
      run(ctx, options, () => {
        const { officer } = me();
        const parsed = parseOrThrow(ReminderPreferences, preferences, 'reminder preferences');
        ctx.state.reminderPreferences.set(officer.id, parsed);
        ctx.touch();
        return parsed;
      }),
  };
}

const byAt = (a: Reminder, b: Reminder): number => Date.parse(a.at) - Date.parse(b.at);
