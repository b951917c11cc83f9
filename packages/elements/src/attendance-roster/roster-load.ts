import type { AttendanceRecord, Period, PeriodId, WellvisitBackend } from '@wellvisit/sdk';

/** The largest page a backend serves; a 10,000-officer department loads in one request. */
const PAGE_LIMIT = 10_000;

export interface LoadedRoster {
  readonly period: Period;
  /** The period's deadline (last day plus grace days). */
  readonly dueBy: string;
  readonly records: AttendanceRecord[];
}

/** Every officer's status for one period (the current one by default), page after page. */
export async function loadRoster(
  backend: WellvisitBackend,
  periodId: PeriodId | undefined,
  signal: AbortSignal,
): Promise<LoadedRoster> {
  let page = await backend.department.roster(
    { ...(periodId === undefined ? {} : { periodId }), limit: PAGE_LIMIT },
    { signal },
  );
  const records = [...page.records];
  while (page.nextCursor !== undefined) {
    page = await backend.department.roster(
      { periodId: page.period.id, limit: PAGE_LIMIT, cursor: page.nextCursor },
      { signal },
    );
    records.push(...page.records);
  }
  return { period: page.period, dueBy: page.dueBy, records };
}
