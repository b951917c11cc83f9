import * as z from 'zod/mini';
import type { DepartmentApi } from '../../contract/index.js';
import { ValidationError, parseOrThrow } from '../../errors/index.js';
import {
  ATTENDANCE_STATUSES,
  DepartmentPolicy,
  Id,
  PeriodId,
  RosterQuery,
  type AttendanceCounts,
  type AttendanceRecord,
  type Department,
  type Officer,
  type Period,
} from '../../model/index.js';
import { periodById, recentPeriods } from '../../rules/index.js';
import {
  attendanceRecord,
  attendanceStatus,
  departmentOfficer,
  fulfilledStartsByOfficer,
  resolvePeriod,
} from './attendance.js';
import { audit, run, type MemoryContext } from './context.js';
import { requireDepartmentAdmin, type AsDepartmentAdmin, type Principal } from './principal.js';
import { excusalKey } from './state.js';

/** How many periods `periods()` lists, the current one included. */
const PERIODS_LISTED = 6;
const DEFAULT_ROSTER_LIMIT = 100;

const AttendanceArgs = z.object({ officerId: Id, periodId: z.optional(PeriodId) });
const ExcusalArgs = z.object({ officerId: Id, periodId: PeriodId });

/** Case- and accent-insensitive: "zoe" finds "Zoë". */
const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

function offsetOf(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (!/^\d{1,9}$/.test(cursor)) {
    throw new ValidationError('Invalid roster query at cursor: use the nextCursor of a page', [
      { path: ['cursor'], message: 'Use the nextCursor of a previous page', code: 'custom' },
    ]);
  }
  return Number(cursor);
}

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
        return recentPeriods(ctx.now(), department.policy, department.timeZone, PERIODS_LISTED);
      }),

    roster: (query, options) =>
      run(ctx, options, () => {
        const admin = me();
        const { department } = admin;
        const parsed = parseOrThrow(RosterQuery, query ?? {}, 'roster query');
        const offset = offsetOf(parsed.cursor);
        const limit = parsed.limit ?? DEFAULT_ROSTER_LIMIT;
        const period = resolvePeriod(ctx, department, parsed.periodId);
        const search = parsed.search === undefined ? '' : fold(parsed.search.trim());
        const fulfilled = fulfilledStartsByOfficer(ctx);
        const matching = [...ctx.state.officers.values()]
          .filter((o) => o.departmentId === department.id && fold(o.displayName).includes(search))
          .sort(
            (a, b) => a.displayName.localeCompare(b.displayName, 'en') || (a.id < b.id ? -1 : 1),
          )
          .map((o) =>
            attendanceRecord(o, period, attendanceStatus(ctx, o, department, period, fulfilled)),
          );
        // Counts ignore the status filter, so every tab of a roster can show its number.
        const counts = Object.fromEntries(
          ATTENDANCE_STATUSES.map((status) => [
            status,
            matching.filter((r) => r.status === status).length,
          ]),
        ) as AttendanceCounts;
        const filtered =
          parsed.status === undefined
            ? matching
            : matching.filter((r) => r.status === parsed.status);
        const records = filtered.slice(offset, offset + limit).map((record) => read(admin, record));
        return {
          period,
          records,
          counts,
          total: filtered.length,
          ...(offset + limit < filtered.length ? { nextCursor: String(offset + limit) } : {}),
        };
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
