import { createEngine, type Engine } from '@wellvisit/sdk/server';
import type { TokenService } from '../auth/tokens.js';
import type { Database } from '../db/database.js';
import type { DeliverableChannels } from '../jobs/schedule.js';
import { sqlStore } from './sql-store.js';

/** The Wellvisit contract on SQL: the SDK's engine over the database. */
export type SqlBackend = Engine;

export interface SqlBackendOptions {
  db: Database;
  now(): Date;
  /** Where reminder jobs can go besides the widget. */
  channels: DeliverableChannels;
}

export function createSqlBackend(options: SqlBackendOptions, tokens: TokenService): SqlBackend {
  return createEngine({
    store: sqlStore(options.db, options.channels),
    now: () => options.now(),
    issueToken: (request) => tokens.issue(request),
  });
}
