import type { ReminderChannel } from '@wellvisit/sdk';
import type { Database } from '../db/database.js';
import type { Notifier } from '../notifier/notifier.js';
import { loadClaimedJobs, type ClaimedJob } from '../store/reminder-jobs.js';
import { createJobWorker, type JobWorker, type QueueOptions } from './queue-worker.js';

export interface WorkerOptions extends QueueOptions {
  db: Database;
  now: () => Date;
  notifiers: Partial<Record<ReminderChannel, Notifier>>;
}

export type ReminderWorker = JobWorker;

/** Delivers due reminders; a reminder still unsent when its visit starts is given up. */
export function createReminderWorker(options: WorkerOptions): ReminderWorker {
  const { db, notifiers } = options;
  return createJobWorker<ClaimedJob & { expiresAt: Date }>({
    ...options,
    table: 'reminder_jobs',
    expiredReason: 'the visit had started',
    load: async (ids) =>
      (await loadClaimedJobs(db, ids)).map((job) => ({ ...job, expiresAt: job.visitStart })),
    async deliver(job) {
      const notifier = notifiers[job.channel];
      if (!notifier) throw new Error(`no ${job.channel} channel configured`);
      await notifier.deliver(job);
    },
  });
}
