import type { DepartmentApi } from '../contract/index.js';
import type { AttendanceRecord, Officer, Session } from '../model/index.js';
import {
  LISTED_PERIODS,
  attendanceRecord,
  byRosterOrder,
  nameSearch,
  periodById,
  recentPeriods,
  rosterOffset,
  rosterPage,
} from '../rules/index.js';
import { attendanceOf, resolvePeriod } from './attendance.js';
import { noSuch, type EngineContext } from './context.js';
import { asRole, type AsDepartmentAdmin } from './principal.js';

/**
 * The department admin's API for one session: attendance, the policy and periods — never a
 * visit. Every attendance it returns is recorded in the audit log first.
 */
export function departmentApi(ctx: EngineContext, session: Session): DepartmentApi {
  const { store } = ctx;
  const me = () => asRole(store, session, 'department-admin');

  const audited = async (
    admin: AsDepartmentAdmin,
    records: AttendanceRecord[],
  ): Promise<AttendanceRecord[]> => {
    await store.recordReads(
      { action: 'attendance.read', actorRole: 'department-admin', actorId: admin.session.adminId },
      records.map((record) => ({ officerId: record.officerId })),
      ctx.now(),
    );
    return records;
  };

  /** An officer of this department; officers of other departments do not exist for its admins. */
  const ownOfficer = async (admin: AsDepartmentAdmin, officerId: string): Promise<Officer> => {
    const record = await store.officer(officerId);
    if (record?.officer.departmentId !== admin.department.id) throw noSuch('officer');
    return record.officer;
  };

  const single = async (admin: AsDepartmentAdmin, officer: Officer, periodId?: string) => {
    const now = ctx.now();
    const period = resolvePeriod(now, admin.department, periodId);
    const statusOf = await attendanceOf(store, now, admin.department, period, {
      officerId: officer.id,
    });
    const record = attendanceRecord(officer, period, statusOf(officer.id));
    await audited(admin, [record]);
    return record;
  };

  const changeExcusal = async (officerId: string, periodId: string, excused: boolean) => {
    const admin = await me();
    const officer = await ownOfficer(admin, officerId);
    const period = periodById(periodId, admin.department.policy);
    await store.setExcused(officer.id, period.id, excused, ctx.now());
    return single(admin, officer, period.id);
  };

  return {
    department: async () => (await me()).department,

    async updatePolicy(policy) {
      const { department } = await me();
      await store.setPolicy(department.id, policy);
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
        store.departmentOfficers(department.id),
        attendanceOf(store, now, department, period, { departmentId: department.id }),
      ]);
      const matching = officers
        .filter((officer) => matchesSearch(officer.displayName))
        .sort(byRosterOrder)
        .map((officer) => attendanceRecord(officer, period, statusOf(officer.id)));
      const page = rosterPage(matching, query);
      return { period, ...page, records: await audited(admin, page.records) };
    },

    async attendance(officerId, periodId) {
      const admin = await me();
      return single(admin, await ownOfficer(admin, officerId), periodId);
    },

    excuse: (officerId, periodId) => changeExcusal(officerId, periodId, true),
    unexcuse: (officerId, periodId) => changeExcusal(officerId, periodId, false),
  };
}
