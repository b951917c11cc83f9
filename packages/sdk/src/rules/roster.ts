// A department's roster: its order, its paging and the counts each status tab shows.
import { ValidationError } from '../errors/errors.js';
import type {
  AttendanceCounts,
  AttendanceRecord,
  RosterPage,
  RosterQuery,
} from '../model/attendance.js';
import { ATTENDANCE_STATUSES } from '../model/enums.js';
import { requireArray, requireInteger, requireObject, requireString } from './inputs.js';

/** Records in a roster page when the query sets no `limit`. */
export const DEFAULT_ROSTER_LIMIT = 100;

/** Officers in roster order: by display name, then by id so equal names keep a stable order. */
export function byRosterOrder(
  a: { displayName: string; id: string },
  b: { displayName: string; id: string },
): number {
  requireObject(a, 'a');
  requireObject(b, 'b');
  const first = requireString(a.displayName, 'a.displayName');
  const second = requireString(b.displayName, 'b.displayName');
  return first.localeCompare(second, 'en') || (a.id < b.id ? -1 : 1);
}

/** The offset a roster cursor stands for; a `ValidationError` at `cursor` for anything else. */
export function rosterOffset(cursor: string | undefined): number {
  if (cursor === undefined) return 0;
  if (typeof cursor !== 'string' || !/^\d{1,9}$/.test(cursor)) {
    throw new ValidationError('Invalid roster query at cursor: use the nextCursor of a page', [
      { path: ['cursor'], message: 'Use the nextCursor of a previous page', code: 'custom' },
    ]);
  }
  return Number(cursor);
}

/**
 * One page of a roster from every matching record, already in roster order. Counts ignore the
 * status filter, so every tab of a roster can show its number; `total` counts the filtered ones.
 */
export function rosterPage(
  matching: readonly AttendanceRecord[],
  query: Pick<RosterQuery, 'status' | 'cursor' | 'limit'>,
): Omit<RosterPage, 'period' | 'dueBy'> {
  requireArray(matching, 'matching').forEach((record, index) => {
    if (typeof record !== 'object' || record === null) requireObject(record, `matching[${index}]`);
  });
  requireObject(query, 'query');
  const offset = rosterOffset(query.cursor);
  const limit =
    query.limit === undefined
      ? DEFAULT_ROSTER_LIMIT
      : requireInteger(query.limit, 'limit', 1, 10_000);
  const counts = Object.fromEntries(
    ATTENDANCE_STATUSES.map((status) => [
      status,
      matching.filter((r) => r.status === status).length,
    ]),
  ) as AttendanceCounts;
  const filtered =
    query.status === undefined ? matching : matching.filter((r) => r.status === query.status);
  return {
    records: filtered.slice(offset, offset + limit),
    counts,
    total: filtered.length,
    ...(offset + limit < filtered.length ? { nextCursor: String(offset + limit) } : {}),
  };
}
