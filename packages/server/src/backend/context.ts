import { ConflictError, toInstant } from '@wellvisit/sdk';
import { isPostgresError, SQLSTATE, type Database } from '../db/database.js';
import type { DeliverableChannels } from '../jobs/schedule.js';

/** What every role's API on the database shares. */
export interface SqlContext {
  db: Database;
  now(): Date;
  /** Where reminder jobs can go besides the widget. */
  channels: DeliverableChannels;
}

export const nowInstant = (ctx: SqlContext): string => toInstant(ctx.now());

/** The database's no-double-booking guarantee, as the SDK's conflict. */
export function slotTaken(error: unknown): unknown {
  if (isPostgresError(error, SQLSTATE.exclusionViolation)) {
    return new ConflictError('That slot has just been taken', { code: 'slot-taken', cause: error });
  }
  return error;
}
