import {
  LISTED_PERIODS,
  NotFoundError,
  attendanceRecord,
  byRosterOrder,
  nameSearch,
  periodById,
  recentPeriods,
  rosterOffset,
  rosterPage,
  type AttendanceRecord,
  type Department,
  type DepartmentApi,
  type Officer,
  type Session,
} from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
import { recordReads } from '../store/audit.js';
import { departmentOfficers, findOfficer, updatePolicy } from '../store/directory.js';
import { setExcused } from '../store/excusals.js';
import { attendanceStatuses, resolvePeriod } from './attendance.js';
import type { SqlContext } from './context.js';
import { requireDepartmentAdmin, type AsDepartmentAdmin } from './principal.js';

/** An officer of this department; officers of other departments do not exist for its admins. */
async function departmentOfficer(
  db: Queryable,
  department: Department,
  officerId: string,
): Promise<Officer> {
  const record = await findOfficer(db, officerId);
  if (record?.officer.departmentId !== department.id) {
    throw new NotFoundError('No such officer', { code: 'not-found' });
  }
  return record.officer;
}

/**
 * The department admin's API on the database: attendance, the policy and periods — never a
 * visit. Every attendance it returns is recorded in the audit log first.
 */
export function sqlDepartmentApi(ctx: SqlContext, session: Session): DepartmentApi {
  const { db } = ctx;
  const me = () => requireDepartmentAdmin(ctx, session);

  const audited = async (
    admin: AsDepartmentAdmin,
    records: AttendanceRecord[],
  ): Promise<AttendanceRecord[]> => {
    await recordReads(
      db,
      ctx.now(),
      { action: 'attendance.read', actorRole: 'department-admin', actorId: admin.session.adminId },
      records.map((record) => ({ officerId: record.officerId })),
    );
    return records;
  };

  const single = async (admin: AsDepartmentAdmin, officer: Officer, periodId?: string) => {
    const now = ctx.now();
    const period = resolvePeriod(now, admin.department, periodId);
    const statusOf = await attendanceStatuses(db, now, admin.department, period, {
      officerId: officer.id,
    });
    const [record] = await audited(admin, [
      attendanceRecord(officer, period, statusOf(officer.id)),
    ]);
    if (!record) throw new Error('unreachable: one record in, one out');
    return record;
  };

  const changeExcusal = async (officerId: string, periodId: string, excused: boolean) => {
    const admin = await me();
    const officer = await departmentOfficer(db, admin.department, officerId);
    const period = periodById(periodId, admin.department.policy);
    await setExcused(db, officer.id, period.id, excused, ctx.now());
    return single(admin, officer, period.id);
  };

  return {
    department: async () => (await me()).department,

    async updatePolicy(policy) {
      const { department } = await me();
      await updatePolicy(db, department.id, policy);
      return { ...department, policy };
    },

    async periods() {
      const { department } = await me();
      return recentPeriods(ctx.now(), department.policy, department.timeZone, LISTED_PERIODS);
    },

    async roster(query = {}) {
      const admin = await me();
      const { department } = admin;
      rosterOffset(query.cursor); // a bad cursor is refused before anything else is read
      const now = ctx.now();
      const period = resolvePeriod(now, department, query.periodId);
      const matchesSearch = nameSearch(query.search);
      const [officers, statusOf] = await Promise.all([
        departmentOfficers(db, department.id),
        attendanceStatuses(db, now, department, period, { departmentId: department.id }),
      ]);
      const matching = officers
        .filter((o) => matchesSearch(o.displayName))
        .sort(byRosterOrder)
        .map((o) => attendanceRecord(o, period, statusOf(o.id)));
      const page = rosterPage(matching, query);
      return { period, ...page, records: await audited(admin, page.records) };
    },

    async attendance(officerId, periodId) {
      const admin = await me();
      const officer = await departmentOfficer(db, admin.department, officerId);
      return single(admin, officer, periodId);
    },

    excuse: (officerId, periodId) => changeExcusal(officerId, periodId, true),
    unexcuse: (officerId, periodId) => changeExcusal(officerId, periodId, false),
  };
}
