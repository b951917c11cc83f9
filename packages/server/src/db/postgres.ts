import pg from 'pg';
import {
  isPostgresError,
  SQLSTATE,
  type Database,
  type Row,
  type Transaction,
} from './database.js';

/** Runs of a transaction that the database may abort before one is given up. */
const TRANSACTION_ATTEMPTS = 4;

/**
 * Whether PostgreSQL aborted the transaction to let a concurrent one through: a deadlock (two
 * bookings of one slot each waiting on the other's exclusion check) or a serialization failure.
 * Rolled back in full, it can simply run again.
 */
const mayRunAgain = (error: unknown): boolean =>
  isPostgresError(error, SQLSTATE.deadlockDetected) ||
  isPostgresError(error, SQLSTATE.serializationFailure);

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Runs `attempt` until it succeeds, fails otherwise, or has been aborted too often. */
async function runAgainOnAbort<T>(attempt: () => Promise<T>): Promise<T> {
  for (let run = 1; ; run += 1) {
    try {
      return await attempt();
    } catch (error) {
      if (run >= TRANSACTION_ATTEMPTS || !mayRunAgain(error)) throw error;
    }
    // A short random pause, so the two sides of a deadlock do not meet again at once.
    await pause(Math.random() * 10 * run);
  }
}

function wrap(target: pg.Pool | pg.PoolClient): Transaction {
  return {
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<R>(sql, [...params]);
      return result.rows;
    },
    // Without parameters node-postgres uses the simple protocol, which runs several statements.
    async exec(sql) {
      await target.query(sql);
    },
  };
}

/** The scale path: a pool on a real PostgreSQL that several server instances share. */
export function openPostgres(connectionString: string, poolSize = 10): Database {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  // An idle client losing its connection must not take the process down; the next query reconnects.
  pool.on('error', (error) => {
    console.error('wellvisit: idle PostgreSQL connection failed:', error.message);
  });
  return {
    kind: 'postgres',
    ...wrap(pool),
    transaction: (work) =>
      runAgainOnAbort(async () => {
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          const result = await work(wrap(client));
          await client.query('COMMIT');
          return result;
        } catch (error) {
          await client.query('ROLLBACK').catch(() => undefined);
          throw error;
        } finally {
          client.release();
        }
      }),
    statement: <R extends Row>(sql: string, params: readonly unknown[] = []) =>
      runAgainOnAbort(async () => (await pool.query<R>(sql, [...params])).rows),
    close: () => pool.end(),
  };
}
