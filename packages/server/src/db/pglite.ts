import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import type { Database, Row, Transaction } from './database.js';

export interface PgliteOptions {
  /** A directory to keep the database in; in memory when left out. */
  dataDir?: string;
  /** A `dumpDataDir()` snapshot to start from (tests: skips the cold start). */
  snapshot?: Blob;
}

function wrap(target: Pick<PGlite, 'query' | 'exec'>): Transaction {
  return {
    async query<R extends Row>(sql: string, params: readonly unknown[] = []) {
      const result = await target.query<R>(sql, [...params]);
      return result.rows;
    },
    async exec(sql) {
      await target.exec(sql);
    },
  };
}

/**
 * A fresh cluster made in memory and dumped. Initialising straight into a directory writes every
 * file through the emulated file system and takes about three times as long.
 */
async function freshCluster(): Promise<Blob> {
  const memory = await PGlite.create({ extensions: { btree_gist } });
  try {
    return await memory.dumpDataDir('none');
  } finally {
    await memory.close();
  }
}

/** The embedded default: PostgreSQL in WebAssembly, in a directory or in memory. */
export async function openPglite(
  options: PgliteOptions = {},
): Promise<Database & { pglite: PGlite }> {
  let snapshot = options.snapshot;
  if (options.dataDir !== undefined) {
    await mkdir(dirname(options.dataDir), { recursive: true });
    if (snapshot === undefined && !existsSync(join(options.dataDir, 'PG_VERSION'))) {
      snapshot = await freshCluster();
    }
  }
  const pglite = await PGlite.create({
    ...(options.dataDir === undefined ? {} : { dataDir: options.dataDir }),
    ...(snapshot === undefined ? {} : { loadDataDir: snapshot }),
    extensions: { btree_gist },
  });
  return {
    kind: 'pglite',
    pglite,
    ...wrap(pglite),
    transaction: (work) => pglite.transaction((tx) => work(wrap(tx))),
    // One connection, one writer: nothing to deadlock with.
    statement: async <R extends Row>(sql: string, params: readonly unknown[] = []) =>
      (await pglite.query<R>(sql, [...params])).rows,
    close: () => pglite.close(),
  };
}
