import { defineServerConformance } from './support/conformance.js';
import { snapshotPglite } from './support/databases.js';
import { startTestServer } from './support/server.js';

defineServerConformance('server on PGlite through createHttpBackend', async () => {
  const db = await snapshotPglite();
  const server = await startTestServer(db);
  return {
    server,
    close: async () => {
      await server.close();
      await db.close();
    },
  };
});
