import type {
  Availability,
  Clinician,
  Department,
  DepartmentPolicy,
  Officer,
  Practice,
  ReminderPreferences,
} from '@wellvisit/sdk';
import type { Queryable } from '../db/database.js';
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
}

const toClinicianRecord = (row: ClinicianRow): ClinicianRecord => ({
  clinician: toClinician(row),
  availability: row.availability ?? undefined,
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
