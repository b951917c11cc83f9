import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPglite } from '../src/db/pglite.js';
import { openDatabase } from '../src/db/open.js';
import { snapshotBlob } from './support/databases.js';
import { expectAllKept, writeMany } from './support/durability.js';
import { startTestServer } from './support/server.js';

describe('a restart on PGlite keeps every acknowledged write', () => {
  it('close the data directory, reopen it: everything is there', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'wellvisit-restart-'));
    try {
      const dataDir = join(dir, 'pglite');
      const first = await openPglite({ dataDir, snapshot: await snapshotBlob() });
      const before = await startTestServer(first);
      const ack = await writeMany(before);
      await before.close();
      await first.close();

      // Reopened the way the CLI does: migrations find nothing to do, the data is all there.
      const reopened = await openDatabase({ dataDir: dir });
      const after = await startTestServer(reopened, {}, Number(new URL(before.url).port));
      try {
        await expectAllKept(ack);
        const [row] = await reopened.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM schema_migrations',
        );
        expect(row?.n).toBeGreaterThan(0);
      } finally {
        await after.close();
        await reopened.close();
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
