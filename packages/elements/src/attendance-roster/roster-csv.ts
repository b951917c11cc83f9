import type { AttendanceRecord } from '@wellvisit/sdk';

/** The export holds these columns and nothing else: attendance only. */
const HEADER = ['officer_id', 'officer_name', 'period', 'status'] as const;

/**
 * One CSV field. A value a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, or a leading
 * tab or carriage return) is prefixed with `'` so it stays text (OWASP's CSV injection advice);
 * fields with a comma, quote or line break are quoted (RFC 4180).
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function rosterCsv(records: readonly AttendanceRecord[]): string {
  const lines = [
    HEADER.join(','),
    ...records.map((record) =>
      [record.officerId, record.officerName, record.periodId, record.status]
        .map(csvField)
        .join(','),
    ),
  ];
  return `${lines.join('\r\n')}\r\n`;
}

/** A name that says what the file is and no more, e.g. `attendance-2026-07.csv`. */
export function csvFileName(periodId: string): string {
  return `attendance-${periodId}.csv`;
}

/**
 * Saves text as a file through a temporary object URL; nothing leaves the browser. The byte order
 * mark makes Excel read the file as UTF-8, so "Zoë" does not open as "ZoÃ«".
 */
export function downloadCsv(fileName: string, csv: string): void {
  const file = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // The click starts the download synchronously; the URL can go once this task ends.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 0);
}
