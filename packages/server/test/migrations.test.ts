import { describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { snapshotPglite } from './support/databases.js';

describe('migrations', () => {
  it('are read in name order from the migrations folder', async () => {
    const migrations = await readMigrations();
    expect(migrations.length).toBeGreaterThan(0);
    const names = migrations.map((m) => m.name);
    expect(names).toEqual([...names].sort());
    expect(names.every((name) => /^\d{3}_[a-z0-9_]+\.sql$/.test(name))).toBe(true);
  });

  it('apply once: a second run finds nothing to do', async () => {
    const db = await snapshotPglite();
    try {
      expect(await migrate(db)).toEqual([]);
      const applied = await db.query<{ name: string }>(
        'SELECT name FROM schema_migrations ORDER BY name',
      );
      expect(applied.map((r) => r.name)).toEqual((await readMigrations()).map((m) => m.name));
    } finally {
      await db.close();
    }
  });

  it('apply in order, all or nothing: a failing one leaves the schema as it was', async () => {
    const db = await openPglite();
    try {
      const good = { name: '001_a.sql', sql: 'CREATE TABLE a (id int);' };
      const bad = {
        name: '002_b.sql',
        sql: 'CREATE TABLE b (id int); SELECT * FROM missing_table;',
      };
      await expect(migrate(db, [good, bad])).rejects.toThrow(/missing_table/);
      const tables = await db.query(`SELECT 1 FROM pg_tables WHERE tablename IN ('a', 'b')`);
      expect(tables).toEqual([]);
      expect(await migrate(db, [good])).toEqual(['001_a.sql']);
      expect(
        await migrate(db, [good, { name: '002_b.sql', sql: 'CREATE TABLE b (id int);' }]),
      ).toEqual(['002_b.sql']);
    } finally {
      await db.close();
    }
  });

  it('the schema enforces no double booking itself, whatever a caller checks', async () => {
    const db = await snapshotPglite();
    try {
      await db.exec(`
        INSERT INTO departments (id, name, time_zone, policy) VALUES ('d', 'D', 'UTC', '{}');
        INSERT INTO officers (id, department_id, display_name, time_zone) VALUES ('o', 'd', 'O', 'UTC');
        INSERT INTO practices (id, name, time_zone) VALUES ('p', 'P', 'UTC');
        INSERT INTO clinicians (id, practice_id, display_name, credentials, languages, modalities,
                                law_enforcement_trained, time_zone)
          VALUES ('c', 'p', 'C', '{}', '{en}', '{virtual}', true, 'UTC');`);
      const insert = (id: string, start: string, end: string, status = 'booked') =>
        db.query(
          `INSERT INTO visits (id, officer_id, clinician_id, modality, start_at, end_at, status, created_at, updated_at)
           VALUES ($1, 'o', 'c', 'virtual', $2, $3, $4, now(), now())`,
          [id, start, end, status],
        );
      await insert('v1', '2030-01-01T10:00:00Z', '2030-01-01T11:00:00Z');
      await expect(
        insert('v2', '2030-01-01T10:30:00Z', '2030-01-01T11:30:00Z'),
      ).rejects.toMatchObject({
        code: '23P01',
      });
      // Touching ranges and cancelled visits hold no time.
      await insert('v3', '2030-01-01T11:00:00Z', '2030-01-01T12:00:00Z');
      await insert('v4', '2030-01-01T10:00:00Z', '2030-01-01T11:00:00Z', 'cancelled');
    } finally {
      await db.close();
    }
  });
});
