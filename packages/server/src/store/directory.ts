import type {
  Availability,
  Clinician,
  Department,
  DepartmentPolicy,
  ManageLink,
  Officer,
  Practice,
  ReminderPreferences,
  VideoRoom,
} from '@wellvisit/sdk';
import type { CreateOutcome, NewRecord } from '@wellvisit/sdk/server';
import { isPostgresError, SQLSTATE, type Database, type Queryable } from '../db/database.js';
import {
  json,
  toClinician,
  toDepartment,
  toOfficer,
  toPractice,
  type ClinicianRow,
  type DepartmentRow,
  type OfficerRow,
  type PracticeRow,
} from './rows.js';

// Departments, officers, practices and clinicians: the program's directory.

export async function findDepartment(db: Queryable, id: string): Promise<Department | undefined> {
  const [row] = await db.query<DepartmentRow>('SELECT * FROM departments WHERE id = $1', [id]);
  return row && toDepartment(row);
}

export async function insertDepartment(db: Queryable, department: Department): Promise<void> {
  await db.query('INSERT INTO departments (id, name, time_zone, policy) VALUES ($1, $2, $3, $4)', [
    department.id,
    department.name,
    department.timeZone,
    json(department.policy),
  ]);
}

export async function updatePolicy(
  db: Queryable,
  departmentId: string,
  policy: DepartmentPolicy,
): Promise<void> {
  await db.query('UPDATE departments SET policy = $2 WHERE id = $1', [departmentId, json(policy)]);
}

export interface OfficerRecord {
  officer: Officer;
  preferences: ReminderPreferences | undefined;
}

export async function findOfficer(db: Queryable, id: string): Promise<OfficerRecord | undefined> {
  const [row] = await db.query<OfficerRow>('SELECT * FROM officers WHERE id = $1', [id]);
  return row && { officer: toOfficer(row), preferences: row.reminder_preferences ?? undefined };
}

/** An officer with their department and reminder choices, in one query. */
export async function findOfficerWithDepartment(
  db: Queryable,
  id: string,
): Promise<
  | { officer: Officer; department: Department; preferences: ReminderPreferences | undefined }
  | undefined
> {
  const [row] = await db.query<
    OfficerRow & { d_name: string; d_time_zone: string; d_policy: DepartmentPolicy }
  >(
    `SELECT o.*, d.name AS d_name, d.time_zone AS d_time_zone, d.policy AS d_policy
       FROM officers o JOIN departments d ON d.id = o.department_id WHERE o.id = $1`,
    [id],
  );
  if (!row) return undefined;
  return {
    officer: toOfficer(row),
    department: toDepartment({
      id: row.department_id,
      name: row.d_name,
      time_zone: row.d_time_zone,
      policy: row.d_policy,
    }),
    preferences: row.reminder_preferences ?? undefined,
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
    `INSERT INTO officers (id, department_id, display_name, time_zone, email, language)
     VALUES ($1, $2, $3, $4, $5, $6)`,
    [
      officer.id,
      officer.departmentId,
      officer.displayName,
      officer.timeZone,
      officer.email ?? null,
      officer.language ?? null,
    ],
  );
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

/** A clinician a department's officers may book, or undefined when there is none such. */
export async function clinicianServing(
  db: Queryable,
  clinicianId: string,
  departmentId: string,
): Promise<ClinicianRecord | undefined> {
  const [row] = await db.query<ClinicianRow>(
    `SELECT c.* FROM clinicians c
       JOIN practice_departments pd ON pd.practice_id = c.practice_id
      WHERE c.id = $1 AND pd.department_id = $2`,
    [clinicianId, departmentId],
  );
  return row && toClinicianRecord(row);
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
