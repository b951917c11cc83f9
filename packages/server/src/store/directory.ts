import type {
  Availability,
  Clinician,
  Department,
  DepartmentPolicy,
  ManageLink,
  Officer,
  OfficerService,
  PolicyChange,
  Practice,
  ReminderPreferences,
  VideoRoom,
} from '@wellvisit/sdk';
import type {
  CreateOutcome,
  NewRecord,
  OfficerRecord as FullOfficerRecord,
  StoredKey,
} from '@wellvisit/sdk/server';
import { isPostgresError, SQLSTATE, type Database, type Queryable } from '../db/database.js';
import {
  json,
  toClinician,
  toDepartment,
  toOfficer,
  toPractice,
  toVisit,
  VISIT_COLUMNS,
  type ClinicianRow,
  type DepartmentRow,
  type OfficerRow,
  type PracticeRow,
  type VisitRow,
} from './rows.js';

// Departments, officers, practices and clinicians: the program's directory.

export async function findDepartment(db: Queryable, id: string): Promise<Department | undefined> {
  const [row] = await db.query<DepartmentRow>('SELECT * FROM departments WHERE id = $1', [id]);
  return row && toDepartment(row);
}

export async function insertDepartment(db: Queryable, department: Department): Promise<void> {
  await db.query(
    `INSERT INTO departments (id, name, time_zone, policy, policy_changes, program_start)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      department.id,
      department.name,
      department.timeZone,
      json(department.policy),
      json(department.policyChanges),
      department.programStart ?? null,
    ],
  );
}

/**
 * Schedules a policy change in one statement: the changes before its effective date stay, later
 * ones give way to it (the SDK's `withPolicyChange`). Dates compare as `YYYY-MM-DD` text.
 */
export async function schedulePolicy(
  db: Queryable,
  departmentId: string,
  change: PolicyChange,
): Promise<void> {
  await db.query(
    `UPDATE departments SET policy_changes = COALESCE(
       (SELECT jsonb_agg(c ORDER BY c->>'effectiveFrom') FROM jsonb_array_elements(policy_changes) c
         WHERE c->>'effectiveFrom' < $2), '[]'::jsonb) || jsonb_build_array($3::jsonb)
      WHERE id = $1`,
    [departmentId, change.effectiveFrom, json(change)],
  );
}

export interface OfficerRecord {
  officer: Officer;
  preferences: ReminderPreferences | undefined;
}

export async function findOfficer(db: Queryable, id: string): Promise<OfficerRecord | undefined> {
  const [row] = await db.query<OfficerRow>('SELECT * FROM officers WHERE id = $1', [id]);
  return row && { officer: toOfficer(row), preferences: row.reminder_preferences ?? undefined };
}

type OfficerBookingRow = OfficerRow & {
  d_name: string;
  d_time_zone: string;
  d_policy: DepartmentPolicy;
  d_policy_changes: PolicyChange[];
  d_program_start: string | null;
  k_hash: string | null;
} & { [column in `v_${keyof VisitRow & string}`]: unknown };

const KEY_VISIT_COLUMNS = VISIT_COLUMNS.split(', ')
  .map((column) => `v.${column} AS v_${column}`)
  .join(', ');

/** The visit columns of a row read with `KEY_VISIT_COLUMNS`, without their prefix. */
const keyVisit = (row: OfficerBookingRow): VisitRow =>
  Object.fromEntries(
    VISIT_COLUMNS.split(', ').map((column) => [column, row[`v_${column}`]]),
  ) as VisitRow;

/**
 * An officer with their department and reminder choices and, when `key` is given, that
 * idempotency key with the visit it made (gone if deleted since): one query.
 */
export async function findOfficerWithDepartment(
  db: Queryable,
  id: string,
  key?: string,
): Promise<(FullOfficerRecord & { key?: StoredKey }) | undefined> {
  const [row] = await db.query<OfficerBookingRow>(
    `SELECT o.*, d.name AS d_name, d.time_zone AS d_time_zone, d.policy AS d_policy,
            d.policy_changes AS d_policy_changes, d.program_start AS d_program_start,
            k.request_hash AS k_hash, ${KEY_VISIT_COLUMNS}
       FROM officers o JOIN departments d ON d.id = o.department_id
       LEFT JOIN idempotency_keys k ON k.officer_id = o.id AND k.key = $2
       LEFT JOIN visits v ON v.id = k.visit_id
      WHERE o.id = $1`,
    [id, key ?? null],
  );
  if (!row) return undefined;
  return {
    officer: toOfficer(row),
    department: toDepartment({
      id: row.department_id,
      name: row.d_name,
      time_zone: row.d_time_zone,
      policy: row.d_policy,
      policy_changes: row.d_policy_changes,
      program_start: row.d_program_start,
    }),
    preferences: row.reminder_preferences ?? undefined,
    ...(row.k_hash === null
      ? {}
      : {
          key: {
            fingerprint: row.k_hash,
            visit: row.v_id === null ? undefined : toVisit(keyVisit(row)),
          },
        }),
  };
}

/** Display names of officers, by id; removed officers are absent. */
export async function officerNames(
  db: Queryable,
  ids: readonly string[],
): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; display_name: string }>(
    'SELECT id, display_name FROM officers WHERE id = ANY($1::text[])',
    [ids],
  );
  return new Map(rows.map((row) => [row.id, row.display_name]));
}

export async function departmentOfficers(db: Queryable, departmentId: string): Promise<Officer[]> {
  const rows = await db.query<OfficerRow>('SELECT * FROM officers WHERE department_id = $1', [
    departmentId,
  ]);
  return rows.map(toOfficer);
}

export async function insertOfficer(db: Queryable, officer: Officer): Promise<void> {
  await db.query(
    `INSERT INTO officers (id, department_id, display_name, time_zone, email, language,
                           service_start, service_end)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      officer.id,
      officer.departmentId,
      officer.displayName,
      officer.timeZone,
      officer.email ?? null,
      officer.language ?? null,
      officer.serviceStart ?? null,
      officer.serviceEnd ?? null,
    ],
  );
}

export async function setService(
  db: Queryable,
  officerId: string,
  service: OfficerService,
): Promise<void> {
  await db.query('UPDATE officers SET service_start = $2, service_end = $3 WHERE id = $1', [
    officerId,
    service.serviceStart ?? null,
    service.serviceEnd ?? null,
  ]);
}

export async function setReminderPreferences(
  db: Queryable,
  officerId: string,
  preferences: ReminderPreferences,
): Promise<void> {
  await db.query('UPDATE officers SET reminder_preferences = $2 WHERE id = $1', [
    officerId,
    json(preferences),
  ]);
}

const PRACTICE_SELECT = `
  SELECT p.*, COALESCE(
    (SELECT array_agg(pd.department_id ORDER BY pd.department_id)
       FROM practice_departments pd WHERE pd.practice_id = p.id),
    '{}') AS department_ids
  FROM practices p`;

export async function findPractice(db: Queryable, id: string): Promise<Practice | undefined> {
  const [row] = await db.query<PracticeRow>(`${PRACTICE_SELECT} WHERE p.id = $1`, [id]);
  return row && toPractice(row);
}

export async function insertPractice(db: Queryable, practice: Practice): Promise<void> {
  await db.query('INSERT INTO practices (id, name, time_zone, address) VALUES ($1, $2, $3, $4)', [
    practice.id,
    practice.name,
    practice.timeZone,
    practice.address ?? null,
  ]);
  for (const departmentId of practice.departmentIds) {
    await db.query(
      'INSERT INTO practice_departments (practice_id, department_id) VALUES ($1, $2)',
      [practice.id, departmentId],
    );
  }
}

export interface ClinicianRecord {
  clinician: Clinician;
  availability: Availability | undefined;
  video: VideoRoom | undefined;
}

const toClinicianRecord = (row: ClinicianRow): ClinicianRecord => ({
  clinician: toClinician(row),
  availability: row.availability ?? undefined,
  video: row.video ?? undefined,
});

export async function findClinician(
  db: Queryable,
  id: string,
): Promise<ClinicianRecord | undefined> {
  const [row] = await db.query<ClinicianRow>('SELECT * FROM clinicians WHERE id = $1', [id]);
  return row && toClinicianRecord(row);
}

/** Clinicians of the practices that serve a department (unsorted). */
export async function cliniciansServing(
  db: Queryable,
  departmentId: string,
): Promise<ClinicianRecord[]> {
  const rows = await db.query<ClinicianRow>(
    `SELECT c.* FROM clinicians c
       JOIN practice_departments pd ON pd.practice_id = c.practice_id
      WHERE pd.department_id = $1`,
    [departmentId],
  );
  return rows.map(toClinicianRecord);
}

export async function insertClinician(db: Queryable, clinician: Clinician): Promise<void> {
  await db.query(
    `INSERT INTO clinicians
       (id, practice_id, display_name, credentials, languages, modalities,
        law_enforcement_trained, time_zone, email)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      clinician.id,
      clinician.practiceId,
      clinician.displayName,
      clinician.credentials,
      clinician.languages,
      clinician.modalities,
      clinician.lawEnforcementTrained,
      clinician.timeZone,
      clinician.email ?? null,
    ],
  );
}

export async function setAvailability(db: Queryable, availability: Availability): Promise<void> {
  await db.query('UPDATE clinicians SET availability = $2 WHERE id = $1', [
    availability.clinicianId,
    json(availability),
  ]);
}

/** Sets a clinician's video room; false when there is no such clinician. */
export async function setVideoRoom(
  db: Queryable,
  clinicianId: string,
  room: VideoRoom,
): Promise<boolean> {
  const rows = await db.query('UPDATE clinicians SET video = $2 WHERE id = $1 RETURNING id', [
    clinicianId,
    json(room),
  ]);
  return rows.length === 1;
}

/** Sets a department's manage-link page; false when there is no such department. */
export async function setManageLink(
  db: Queryable,
  departmentId: string,
  link: ManageLink,
): Promise<boolean> {
  const rows = await db.query(
    'UPDATE departments SET manage_link = $2 WHERE id = $1 RETURNING id',
    [departmentId, json(link)],
  );
  return rows.length === 1;
}

/** Stores a new record; a taken id or a missing reference is said, not thrown. */
export async function insertRecord(db: Database, record: NewRecord): Promise<CreateOutcome> {
  try {
    if (record.kind === 'department') await insertDepartment(db, record.value);
    if (record.kind === 'officer') await insertOfficer(db, record.value);
    if (record.kind === 'clinician') await insertClinician(db, record.value);
    if (record.kind === 'practice') {
      // Named one by one: a foreign-key violation would not say which department is missing.
      for (const id of record.value.departmentIds) {
        if (!(await findDepartment(db, id))) return { missing: 'department', id };
      }
      const practice = record.value;
      await db.transaction((tx) => insertPractice(tx, practice));
    }
    return 'created';
  } catch (error) {
    if (isPostgresError(error, SQLSTATE.uniqueViolation)) return 'exists';
    if (!isPostgresError(error, SQLSTATE.foreignKeyViolation)) throw error;
    if (record.kind === 'officer') return { missing: 'department', id: record.value.departmentId };
    if (record.kind === 'clinician') return { missing: 'practice', id: record.value.practiceId };
    throw error;
  }
}
