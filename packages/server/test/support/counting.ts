import type { Database, Queryable, Transaction } from '../../src/db/database.js';

/** A database that counts the round trips sent through it: each statement, BEGIN and COMMIT. */
export function countingDatabase(db: Database): Database & { roundTrips: number } {
  const counted = {
    roundTrips: 0,
    kind: db.kind,
    query: ((sql, params) => {
      counted.roundTrips += 1;
      return db.query(sql, params);
    }) as Queryable['query'],
    statement: ((sql, params) => {
      counted.roundTrips += 1;
      return db.statement(sql, params);
    }) as Database['statement'],
    exec: (sql: string) => {
      counted.roundTrips += 1;
      return db.exec(sql);
    },
    transaction: <T>(work: (tx: Transaction) => Promise<T>) => {
      counted.roundTrips += 2; // BEGIN and COMMIT
      return db.transaction((tx) =>
        work({
          query: (sql, params) => {
            counted.roundTrips += 1;
            return tx.query(sql, params);
          },
          exec: (sql) => {
            counted.roundTrips += 1;
            return tx.exec(sql);
          },
        }),
      );
    },
    close: () => db.close(),
  };
  return counted;
}
