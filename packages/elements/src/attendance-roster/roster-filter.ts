import {
  ATTENDANCE_STATUSES,
  type AttendanceCounts,
  type AttendanceRecord,
  type AttendanceStatus,
} from '@wellvisit/sdk';

/** A roster record with its name prepared for searching once, not on every keystroke. */
export interface RosterRow {
  readonly record: AttendanceRecord;
  readonly searchKey: string;
}

/** Lower case without accents, so "jose" finds "José" (as the backends' search does). */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').trim();
}

export function toRows(records: readonly AttendanceRecord[]): RosterRow[] {
  return records.map((record) => ({ record, searchKey: searchKey(record.officerName) }));
}

/** Rows whose name contains the search text (already passed through `searchKey`). */
export function matchingRows(rows: readonly RosterRow[], search: string): readonly RosterRow[] {
  return search === '' ? rows : rows.filter((row) => row.searchKey.includes(search));
}

export function withStatus(
  rows: readonly RosterRow[],
  status: AttendanceStatus | undefined,
): readonly RosterRow[] {
  return status === undefined ? rows : rows.filter((row) => row.record.status === status);
}

export function countByStatus(rows: readonly RosterRow[]): AttendanceCounts {
  const counts = Object.fromEntries(ATTENDANCE_STATUSES.map((status) => [status, 0])) as Record<
    AttendanceStatus,
    number
  >;
  for (const row of rows) counts[row.record.status] += 1;
  return counts;
}
