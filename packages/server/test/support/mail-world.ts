import type { Database } from '../../src/db/database.js';
import { snapshotPglite } from './databases.js';
import { startTestServer, type TestServer } from './server.js';
import { startSmtpReceiver, type SmtpReceiver } from './smtp-receiver.js';
import { createTestWorld, type TestWorld } from './world.js';

/** A server on PGlite that sends visit messages to a real SMTP receiver, with its world. */
export interface MailWorld {
  db: Database;
  smtp: SmtpReceiver;
  server: TestServer;
  world: TestWorld;
  close(): Promise<void>;
}

export async function startMailWorld(from: string): Promise<MailWorld> {
  const db = await snapshotPglite();
  const smtp = await startSmtpReceiver();
  const server = await startTestServer(db, {
    email: { smtpUrl: smtp.url, from },
    rateLimits: { booking: false },
  });
  const world = await createTestWorld(server);
  return {
    db,
    smtp,
    server,
    world,
    async close() {
      await server.close();
      await smtp.close();
      await db.close();
    },
  };
}
