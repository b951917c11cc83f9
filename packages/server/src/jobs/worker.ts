import type { ReminderChannel } from '@wellvisit/sdk';
import type { Database } from '../db/database.js';
import type { Notifier } from '../notifier/notifier.js';
import { claimDueJobs, markFailed, markSent, type ClaimedJob } from '../store/reminder-jobs.js';

export interface WorkerOptions {
  db: Database;
  now: () => Date;
  notifiers: Partial<Record<ReminderChannel, Notifier>>;
  /** How often to look for due jobs (real time). */
  pollMs?: number;
  /** Attempts before a job is given up as `dead`. */
  maxAttempts?: number;
  /** The first retry's delay; each next one doubles it. */
  backoffMs?: number;
  /** How long a claim holds before another instance may take the job again. */
  leaseMs?: number;
  batchSize?: number;
}

export interface ReminderWorker {
  /** Claims and delivers what is due now; resolves with how many jobs it handled. */
  tick(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Delivers due reminders. Run one in every instance: the claims keep each delivery single. */
export function createReminderWorker(options: WorkerOptions): ReminderWorker {
  const { db, now, notifiers } = options;
  const pollMs = options.pollMs ?? 1000;
  const maxAttempts = options.maxAttempts ?? 6;
  const backoffMs = options.backoffMs ?? 30_000;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const batchSize = options.batchSize ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  const deliver = async (job: ClaimedJob): Promise<void> => {
    // Held up past the visit's start (an outage, a backlog), a reminder only confuses: give it up.
    if (job.visitStart.getTime() <= now().getTime()) {
      await markFailed(db, job.id, 'the visit had started', undefined);
      return;
    }
    const notifier = notifiers[job.channel];
    try {
      if (!notifier) throw new Error(`no ${job.channel} channel configured`);
      await notifier.deliver(job);
      await markSent(db, job.id, now());
    } catch (error) {
      const failure = error instanceof Error ? error.message : 'delivery failed';
      const retryAt =
        job.attempts >= maxAttempts
          ? undefined
          : new Date(now().getTime() + backoffMs * 2 ** (job.attempts - 1));
      await markFailed(db, job.id, failure, retryAt);
    }
  };

  const tick = async (): Promise<number> => {
    const jobs = await claimDueJobs(db, now(), leaseMs, batchSize);
    await Promise.all(jobs.map(deliver));
    return jobs.length;
  };

  // One tick at a time per instance; a tick that fails (database away) is tried again next poll.
  const poll = (): void => {
    running ??= tick()
      .catch((error: unknown) => {
        console.error(
          'wellvisit: reminder worker:',
          error instanceof Error ? error.message : error,
        );
        return 0;
      })
      .finally(() => {
        running = undefined;
        if (timer !== undefined) timer = setTimeout(poll, pollMs).unref();
      });
  };

  return {
    tick,
    start() {
      if (timer !== undefined) return;
      timer = setTimeout(poll, pollMs).unref();
    },
    async stop() {
      clearTimeout(timer);
      timer = undefined;
      await running;
    },
  };
}
