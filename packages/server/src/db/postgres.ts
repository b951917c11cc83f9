import pg from 'pg';
import type { Database, Row, Transaction } from './database.js';

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
    async transaction(work) {
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
    },
    close: () => pool.end(),
  };
}
