import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPostgresError, SQLSTATE, type Database } from '../src/db/database.js';
import { openPostgres } from '../src/db/postgres.js';
import { createTestPostgres, postgresConfigured, type TestPostgres } from './support/databases.js';

/** Resolves once `count` parties have arrived. */
function barrier(count: number): () => Promise<void> {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return async () => {
    arrived += 1;
    if (arrived === count) open();
    await opened;
  };
}

if (postgresConfigured('transactions.postgres.test.ts')) {
  describe('transactions on PostgreSQL', () => {
    let pg: TestPostgres;
    let db: Database;

    beforeAll(async () => {
      pg = await createTestPostgres();
      db = openPostgres(pg.url, 4);
      await db.exec('CREATE TABLE counters (id int PRIMARY KEY, n int NOT NULL)');
    });

    afterAll(async () => {
      await db.close();
      await pg.drop();
    });

    it('one that PostgreSQL aborts to break a deadlock runs again, and both take effect', async () => {
      await db.query('INSERT INTO counters VALUES (1, 0), (2, 0)');
      const bothLocked = barrier(2);
      let runs = 0;
      // Each locks one row, waits until the other has locked the other row, then wants it.
      const crossing = (first: number, second: number) =>
        db.transaction(async (tx) => {
          runs += 1;
          await tx.query('UPDATE counters SET n = n + 1 WHERE id = $1', [first]);
          await bothLocked();
          await tx.query('UPDATE counters SET n = n + 1 WHERE id = $1', [second]);
        });
      await Promise.all([crossing(1, 2), crossing(2, 1)]);
      // The deadlock's victim ran twice; its first run left nothing behind.
      expect(runs).toBe(3);
      expect(await db.query('SELECT id, n FROM counters ORDER BY id')).toEqual([
        { id: 1, n: 2 },
        { id: 2, n: 2 },
      ]);
    });

    it('a single statement aborted as a deadlock victim runs again', async () => {
      // Fails as a deadlock's victim the first time only: a sequence is not rolled back.
      await db.exec(`CREATE SEQUENCE tries;
        CREATE FUNCTION victim_once() RETURNS bigint LANGUAGE plpgsql AS $$
        BEGIN
          IF nextval('tries') = 1 THEN RAISE EXCEPTION 'deadlock' USING ERRCODE = '40P01'; END IF;
          RETURN currval('tries');
        END $$`);
      expect(await db.statement('SELECT victim_once()::int AS run')).toEqual([{ run: 2 }]);
      await expect(db.statement('SELECT 1/0')).rejects.toMatchObject({ code: '22012' });
    });

    it('other errors are not run again', async () => {
      let runs = 0;
      const failing = db.transaction(async (tx) => {
        runs += 1;
        await tx.query('INSERT INTO counters VALUES (1, 0)');
      });
      await expect(failing).rejects.toSatisfy((error) =>
        isPostgresError(error, SQLSTATE.uniqueViolation),
      );
      expect(runs).toBe(1);
    });
  });
}
