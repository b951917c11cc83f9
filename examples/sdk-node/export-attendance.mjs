#!/usr/bin/env node
// Exports a department's attendance for one period as CSV, the way a department's HR system
// would: on a server, with the API key, through @wellvisit/sdk. Attendance only — the department
// API has no way to ask for a visit's time, clinician or place.
//
//   WELLVISIT_URL=http://127.0.0.1:8787 WELLVISIT_ADMIN_KEY=… \
//     node export-attendance.mjs --department riverton-pd [--period 2026-07] > attendance.csv
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createHttpBackend } from '@wellvisit/sdk';

const COLUMNS = ['officerId', 'officerName', 'periodId', 'status'];
const PAGE_SIZE = 500;

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
export function csvCell(value) {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The department's roster for `periodId` (the current period when left out) as CSV text, one
 * officer a row. Mints a short-lived department-admin token with the API key first.
 */
export async function exportAttendanceCsv({ baseUrl, adminKey, departmentId, periodId }) {
  const admin = createHttpBackend({ baseUrl, token: adminKey }).admin;
  const { token } = await admin.issueToken({
    session: { role: 'department-admin', adminId: 'attendance-export', departmentId },
    ttlSeconds: 300,
  });
  const { department } = createHttpBackend({ baseUrl, token });

  const lines = [COLUMNS.join(',')];
  let cursor;
  do {
    const page = await department.roster({
      ...(periodId ? { periodId } : {}),
      ...(cursor ? { cursor } : {}),
      limit: PAGE_SIZE,
    });
    for (const record of page.records) {
      lines.push(COLUMNS.map((column) => csvCell(record[column])).join(','));
    }
    cursor = page.nextCursor;
  } while (cursor);
  return `${lines.join('\r\n')}\r\n`;
}

async function main() {
  const { values } = parseArgs({
    options: { department: { type: 'string' }, period: { type: 'string' } },
  });
  const baseUrl = process.env.WELLVISIT_URL ?? 'http://127.0.0.1:8787';
  const adminKey = process.env.WELLVISIT_ADMIN_KEY;
  if (!adminKey || !values.department) {
    console.error(
      'Usage: WELLVISIT_ADMIN_KEY=… [WELLVISIT_URL=…] export-attendance --department ID [--period ID]',
    );
    process.exit(2);
  }
  const csv = await exportAttendanceCsv({
    baseUrl,
    adminKey,
    departmentId: values.department,
    periodId: values.period,
  });
  process.stdout.write(csv);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
