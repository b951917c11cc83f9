import * as z from 'zod/mini';
import type { DepartmentApi } from '../../contract/index.js';
import { parseOrThrow } from '../../errors/index.js';
import {
  DepartmentPolicy,
  Id,
  PeriodId,
  RosterQuery,
  type AttendanceRecord,
  type Department,
  type Officer,
  type Period,
} from '../../model/index.js';
import {
  LISTED_PERIODS,
  attendanceRecord,
  byRosterOrder,
  nameSearch,
  periodById,
  recentPeriods,
  rosterOffset,
  rosterPage,
} from '../../rules/index.js';
import {
  attendanceStatus,
  departmentOfficer,
  fulfilledStartsByOfficer,
  resolvePeriod,
} from './attendance.js';
import { audit, run, type MemoryContext } from './context.js';
import { requireDepartmentAdmin, type AsDepartmentAdmin, type Principal } from './principal.js';
import { excusalKey } from './state.js';

const AttendanceArgs = z.object({ officerId: Id, periodId: z.optional(PeriodId) });
const ExcusalArgs = z.object({ officerId: Id, periodId: PeriodId });

export function memoryDepartmentApi(ctx: MemoryContext, principal: Principal): DepartmentApi {
  const me = (): AsDepartmentAdmin => requireDepartmentAdmin(ctx, principal);

  /** Every attendance a department admin reads is audited, so the officer can see it. */
  const read = (admin: AsDepartmentAdmin, record: AttendanceRecord): AttendanceRecord => {
    audit(ctx, {
      action: 'attendance.read',
      actorRole: 'department-admin',
      actorId: admin.session.adminId,
      officerId: record.officerId,
    });
    return record;
  };

  const recordOf = (department: Department, officer: Officer, period: Period): AttendanceRecord =>
    attendanceRecord(officer, period, attendanceStatus(ctx, officer, department, period));

  const setExcused = (officerId: unknown, periodId: unknown, excused: boolean) => {
    const admin = me();
    const args = parseOrThrow(ExcusalArgs, { officerId, periodId }, 'excusal');
    const officer = departmentOfficer(ctx, admin.department, args.officerId);
    const period = periodById(args.periodId, admin.department.policy);
    const key = excusalKey(officer.id, period.id);
    if (excused) ctx.state.excusals.add(key);
    else ctx.state.excusals.delete(key);
    ctx.touch();
    return read(admin, recordOf(admin.department, officer, period));
  };

  return {
    department: (options) => run(ctx, options, () => me().department),

    updatePolicy: (policy, options) =>
      run(ctx, options, () => {
        const { department } = me();
        const parsed = parseOrThrow(DepartmentPolicy, policy, 'policy');
        const updated: Department = { ...department, policy: parsed };
        ctx.state.departments.set(updated.id, updated);
        ctx.touch();
        return updated;
      }),

    periods: (options) =>
      run(ctx, options, () => {
        const { department } = me();
        return recentPeriods(ctx.now(), department.policy, department.timeZone, LISTED_PERIODS);
      }),

    roster: (query, options) =>
      run(ctx, options, () => {
        const admin = me();
        const { department } = admin;
        const parsed = parseOrThrow(RosterQuery, query ?? {}, 'roster query');
        rosterOffset(parsed.cursor); // a bad cursor is refused before anything else is read
        const period = resolvePeriod(ctx, department, parsed.periodId);
        const matchesSearch = nameSearch(parsed.search);
        const fulfilled = fulfilledStartsByOfficer(ctx);
        const matching = [...ctx.state.officers.values()]
          .filter((o) => o.departmentId === department.id && matchesSearch(o.displayName))
          .sort(byRosterOrder)
          .map((o) =>
            attendanceRecord(o, period, attendanceStatus(ctx, o, department, period, fulfilled)),
          );
        const page = rosterPage(matching, parsed);
        return { period, ...page, records: page.records.map((record) => read(admin, record)) };
      }),

    attendance: (officerId, periodId, options) =>
      run(ctx, options, () => {
        const admin = me();
        const args = parseOrThrow(AttendanceArgs, { officerId, periodId }, 'attendance request');
        const officer = departmentOfficer(ctx, admin.department, args.officerId);
        const period = resolvePeriod(ctx, admin.department, args.periodId);
        return read(admin, recordOf(admin.department, officer, period));
      }),

    excuse: (officerId, periodId, options) =>
      run(ctx, options, () => setExcused(officerId, periodId, true)),

    unexcuse: (officerId, periodId, options) =>
      run(ctx, options, () => setExcused(officerId, periodId, false)),
  };
}
