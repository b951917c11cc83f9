/** The one data-layer interface: PGlite and node-postgres both implement it. */

export type Row = Record<string, unknown>;

/** Something SQL can be sent to: the database itself or a transaction. */
export interface Queryable {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
}

export interface Transaction extends Queryable {
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Database extends Transaction {
  readonly kind: 'pglite' | 'postgres';
  /**
   * Runs `work` in one transaction: committed when it resolves, rolled back when it throws. When
   * the database aborts it to break a deadlock, it runs again, so `work` must only use `tx`.
   */
  transaction<T>(work: (tx: Transaction) => Promise<T>): Promise<T>;
  /**
   * Sends one statement as its own transaction (one round trip, no BEGIN or COMMIT), run again
   * like `transaction` when the database aborts it to break a deadlock.
   */
  statement<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  close(): Promise<void>;
}

/** A PostgreSQL error as both drivers report it: the SQLSTATE in `code`, the constraint name. */
export interface PostgresError {
  code: string;
  constraint?: string;
}

export function isPostgresError(error: unknown, code?: string): error is PostgresError {
  if (typeof error !== 'object' || error === null) return false;
  const found = (error as { code?: unknown }).code;
  return (
    typeof found === 'string' &&
    /^[0-9A-Z]{5}$/.test(found) &&
    (code === undefined || found === code)
  );
}

/** SQLSTATEs the repositories translate into domain errors. */
export const SQLSTATE = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  exclusionViolation: '23P01',
  serializationFailure: '40001',
  deadlockDetected: '40P01',
} as const;
