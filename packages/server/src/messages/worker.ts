import type { Database } from '../db/database.js';
import { createJobWorker, type JobWorker, type QueueOptions } from '../jobs/queue-worker.js';
import { sendMail, type MailTransport } from '../notifier/email.js';
import { loadClaimedMessages, type ClaimedMessage } from '../store/visit-messages.js';
import { visitEmail } from './email.js';
import { manageUrlFor, type ManageTokens } from './manage-link.js';

export interface MessageWorkerOptions extends QueueOptions {
  db: Database;
  now: () => Date;
  email?: { from: string; transport: MailTransport } | undefined;
  /** Signs manage links' tokens; without it, emails carry none. */
  manageTokens?: ManageTokens | undefined;
  /** Sends one webhook event; throws when the receiver did not take it. */
  webhook?: ((message: ClaimedMessage) => Promise<void>) | undefined;
}

/** Hours of retrying are fine for a message that waits on a visit days away; minutes apart. */
const MESSAGE_QUEUE: QueueOptions = { maxAttempts: Infinity, maxBackoffMs: 15 * 60_000 };

/**
 * Sends the outbox's visit messages after their transaction committed. Run one in every
 * instance: claims keep each message single. While SMTP is down a message is retried with
 * backoff until its visit starts, then given up with that reason.
 */
export function createMessageWorker(options: MessageWorkerOptions): JobWorker {
  const { db, email, webhook, now, manageTokens } = options;
  return createJobWorker({
    ...MESSAGE_QUEUE,
    ...options,
    table: 'visit_messages',
    expiredReason: 'the visit had started',
    load: (ids) => loadClaimedMessages(db, ids),
    async deliver(message) {
      if (message.recipient === 'webhook') {
        if (!webhook) throw new Error('no webhook configured');
        await webhook(message);
        return;
      }
      if (!email) throw new Error('no email channel configured');
      const at = now();
      const manageUrl = manageTokens && (await manageUrlFor(message, manageTokens, at));
      const mail = visitEmail(message, email.from, at, manageUrl);
      // No address any more: nothing to send, nothing to retry.
      if (mail) await sendMail(email.transport, mail);
    },
  });
}
