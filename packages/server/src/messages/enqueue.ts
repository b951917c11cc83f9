import type { Queryable } from '../db/database.js';
import type { DeliverableChannels } from '../jobs/schedule.js';
import { newId } from '../store/ids.js';
import { insertVisitMessages } from '../store/visit-messages.js';
import { visitMessages, type VisitChange } from './change.js';

export type { VisitChange } from './change.js';

/**
 * The hook for a visit change: call it inside the transaction that writes the change, with the
 * server's deliverable channels. It writes the officer's and the clinician's messages (and a
 * webhook event) to the outbox in one statement; the message worker sends them after commit, so a
 * mail server that is down delays them but blocks no booking and loses nothing.
 */
export async function enqueueVisitMessages(
  tx: Queryable,
  change: VisitChange,
  channels: DeliverableChannels,
  now: Date,
): Promise<void> {
  const messages = visitMessages(change, channels, () => newId('msg'));
  await insertVisitMessages(tx, change.visit.officerId, messages, now);
}
