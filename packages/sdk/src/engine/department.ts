import type { DepartmentApi } from '../contract/index.js';
import {
  DEFAULT_EXCUSAL,
  type AttendanceRecord,
  type ExcusalTerms,
  type Officer,
  type Session,
} from '../model/index.js';
import {
  LISTED_PERIODS,
  attendanceRecord,
  dueBy,
  byRosterOrder,
  lastAttendanceBatch,
  nameSearch,
  periodWithId,
  periodsUntilNow,
  policyChangeNow,
  policyOn,
  rosterOffset,
  rosterPage,
  withPolicyChange,
} from '../rules/index.js';
import { attendanceOf, resolvePeriod } from './attendance.js';
import { noSuch, type EngineContext } from './context.js';
import { asRole, type AsDepartmentAdmin } from './principal.js';

/**
 * The department admin's API for one session: attendance, the policy and periods — never a
 * visit. Every attendance it returns, and every officer a figure it returns is derived from, is
 * recorded in the audit log first. It sees marks as of the last daily batch
 * (`lastAttendanceBatch`), never sooner.
 */
export function departmentApi(ctx: EngineContext, session: Session): DepartmentApi {
  const { store } = ctx;
  const me = () => asRole(store, session, 'department-admin');

  /** Records one read of these officers' attendance, in one write. */
  const audit = (admin: AsDepartmentAdmin, records: readonly AttendanceRecord[]) =>
    store.recordReads(
      { action: 'attendance.read', actorRole: 'department-admin', actorId: admin.session.adminId },
      records.map((record) => ({ officerId: record.officerId })),
      ctx.now(),
    );

  /** The attendance of a scope as the department sees it: marks up to the last batch. */
  const departmentView = (
    admin: AsDepartmentAdmin,
    now: Date,
    period: ReturnType<typeof resolvePeriod>,
    scope: Parameters<typeof attendanceOf>[4],
  ) =>
    attendanceOf(
      store,
      now,
      admin.department,
      period,
      scope,
      lastAttendanceBatch(now, admin.department.timeZone),
    );

  /** An officer of this department; officers of other departments do not exist for its admins. */
  const ownOfficer = async (admin: AsDepartmentAdmin, officerId: string): Promise<Officer> => {
    const record = await store.officer(officerId);
    if (record?.officer.departmentId !== admin.department.id) throw noSuch('officer');
    return record.officer;
  };

  const single = async (admin: AsDepartmentAdmin, officer: Officer, periodId?: string) => {
    const now = ctx.now();
    const period = resolvePeriod(now, admin.department, periodId);
    const statusOf = await departmentView(admin, now, period, { officerId: officer.id });
    const record = attendanceRecord(officer, period, statusOf(officer));
    await audit(admin, [record]);
    return record;
  };

  const changeExcusal = async (
    officerId: string,
    periodId: string,
    terms: ExcusalTerms | undefined,
  ) => {
    const admin = await me();
    const officer = await ownOfficer(admin, officerId);
    const period = periodWithId(periodId, admin.department);
    await store.setExcusal(officer.id, period.id, terms, ctx.now());
    return single(admin, officer, period.id);
  };

  return {
    department: async () => (await me()).department,

    async updatePolicy(policy) {
      const { department } = await me();
      const change = policyChangeNow(ctx.now(), department, policy);
      await store.schedulePolicy(department.id, change);
      return { ...department, policyChanges: withPolicyChange(department.policyChanges, change) };
    },

    async periods() {
      const { department } = await me();
      return periodsUntilNow(ctx.now(), department, LISTED_PERIODS);
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
        departmentView(admin, now, period, { departmentId: department.id }),
      ]);
      const matching = officers
        .filter((officer) => matchesSearch(officer.displayName))
        .sort(byRosterOrder)
        .map((officer) => attendanceRecord(officer, period, statusOf(officer)));
      // The counts and the total are derived from every matching officer, not just the page.
      await audit(admin, matching);
      const deadline = dueBy(period, policyOn(department, period.firstDay));
      return { period, dueBy: deadline, ...rosterPage(matching, query) };
    },

    async attendance(officerId, periodId) {
      const admin = await me();
      return single(admin, await ownOfficer(admin, officerId), periodId);
    },

    excuse: (officerId, periodId, terms = DEFAULT_EXCUSAL) =>
      changeExcusal(officerId, periodId, terms),
    unexcuse: (officerId, periodId) => changeExcusal(officerId, periodId, undefined),
  };
}
