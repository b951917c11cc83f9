import type { Database, Transaction } from '../db/database.js';
import {
  insertClinician,
  insertDepartment,
  insertPractice,
  setAvailability,
} from '../store/directory.js';
import { setExcusal } from '../store/excusals.js';
import type { DemoWorld } from './world.js';

async function insertOfficers(tx: Transaction, officers: DemoWorld['officers']): Promise<void> {
  await tx.query(
    `INSERT INTO officers (id, department_id, display_name, time_zone, email)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[])`,
    [
      officers.map((o) => o.id),
      officers.map((o) => o.departmentId),
      officers.map((o) => o.displayName),
      officers.map((o) => o.timeZone),
      officers.map((o) => o.email ?? null),
    ],
  );
}

async function insertVisits(tx: Transaction, visits: DemoWorld['visits']): Promise<void> {
  await tx.query(
    `INSERT INTO visits (id, officer_id, clinician_id, modality, place, start_at, end_at, status,
                         version, created_at, updated_at)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[],
                          $6::timestamptz[], $7::timestamptz[], $8::text[], $9::int[],
                          $10::timestamptz[], $11::timestamptz[])`,
    [
      visits.map((v) => v.id),
      visits.map((v) => v.officerId),
      visits.map((v) => v.clinicianId),
      visits.map((v) => v.modality),
      visits.map((v) => v.place ?? null),
      visits.map((v) => v.start),
      visits.map((v) => v.end),
      visits.map((v) => v.status),
      visits.map((v) => v.version),
      visits.map((v) => v.createdAt),
      visits.map((v) => v.updatedAt),
    ],
  );
}

/**
 * Seeds the demo world unless the database already holds data: the second start reopens what
 * the first made, and never seeds twice. Returns whether it seeded.
 */
export async function seedDemo(db: Database, world: () => DemoWorld, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Serialises instances starting together on one PostgreSQL; PGlite has one writer anyway.
    if (db.kind === 'postgres') await tx.query('LOCK TABLE departments IN EXCLUSIVE MODE');
    const [existing] = await tx.query('SELECT 1 FROM departments LIMIT 1');
    if (existing) return false;
    const data = world();
    for (const department of data.departments) await insertDepartment(tx, department);
    await insertOfficers(tx, data.officers);
    for (const practice of data.practices) await insertPractice(tx, practice);
    for (const clinician of data.clinicians) await insertClinician(tx, clinician);
    for (const availability of data.availability) await setAvailability(tx, availability);
    await insertVisits(tx, data.visits);
    for (const excusal of data.excusals) {
      await setExcusal(tx, excusal.officerId, excusal.periodId, excusal, now);
    }
    // Statistics for the planner, now that the tables hold a realistic amount of data.
    await tx.exec('ANALYZE');
    return true;
  });
}
