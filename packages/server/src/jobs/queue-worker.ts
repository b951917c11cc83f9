import type { Database } from '../db/database.js';
import { claimDue, markFailed, markSent, type JobTable } from '../store/job-queue.js';

// The delivery loop every job table shares: claim due rows, deliver each, then mark it sent,
// retry it later with exponential backoff, or give it up with a reason.

/** A claimed job as the loop needs it; `expiresAt` is when sending it would only confuse. */
export interface QueueJob {
  id: string;
  attempts: number;
  expiresAt: Date;
}

/** Thrown by `deliver` when trying again cannot help (a mailbox that does not exist). */
export class PermanentFailure extends Error {
  override readonly name = 'PermanentFailure';
}

export interface QueueOptions {
  /** How often to look for due jobs (real time). */
  pollMs?: number;
  /** Attempts before a job is given up as `dead` (`Infinity`: until it expires). */
  maxAttempts?: number;
  /** The first retry's delay; each next one doubles it, up to `maxBackoffMs`. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How long a claim holds before another instance may take the job again. */
  leaseMs?: number;
  batchSize?: number;
}

export interface Queue<J extends QueueJob> extends QueueOptions {
  db: Database;
  now: () => Date;
  table: JobTable;
  /** Reads the claimed rows with what their delivery needs. */
  load(ids: readonly string[]): Promise<J[]>;
  /** Sends one job; throws when it could not, so that it is retried. */
  deliver(job: J): Promise<void>;
  /** The reason recorded when a job expired before it could be sent. */
  expiredReason: string;
}

export interface JobWorker {
  /** Claims and delivers what is due now; resolves with how many jobs it handled. */
  tick(): Promise<number>;
  start(): void;
  stop(): Promise<void>;
}

/** Runs one queue. Run one per queue in every instance: the claims keep each delivery single. */
export function createJobWorker<J extends QueueJob>(queue: Queue<J>): JobWorker {
  const { db, now, table } = queue;
  const pollMs = queue.pollMs ?? 1000;
  const maxAttempts = queue.maxAttempts ?? 6;
  const backoffMs = queue.backoffMs ?? 30_000;
  const maxBackoffMs = queue.maxBackoffMs ?? Infinity;
  const leaseMs = queue.leaseMs ?? 5 * 60_000;
  const batchSize = queue.batchSize ?? 20;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;

  /** `claimedAt`: when the tick claimed the job; retries count from it, not from the end of a slow delivery. */
  const deliver = async (job: J, claimedAt: Date): Promise<void> => {
    // Held up past its moment (an outage, a backlog), a message only confuses: give it up.
    if (job.expiresAt.getTime() <= now().getTime()) {
      await markFailed(db, table, job.id, queue.expiredReason, undefined);
      return;
    }
    try {
      await queue.deliver(job);
      await markSent(db, table, job.id, now());
    } catch (error) {
      const failure = error instanceof Error ? error.message : 'delivery failed';
      const delay = Math.min(backoffMs * 2 ** (job.attempts - 1), maxBackoffMs);
      const retryAt =
        error instanceof PermanentFailure || job.attempts >= maxAttempts
          ? undefined
          : new Date(claimedAt.getTime() + delay);
      await markFailed(db, table, job.id, failure, retryAt);
    }
  };

  const tick = async (): Promise<number> => {
    const claimedAt = now();
    const ids = await claimDue(db, table, claimedAt, leaseMs, batchSize);
    if (ids.length === 0) return 0;
    const jobs = await queue.load(ids);
    await Promise.all(jobs.map((job) => deliver(job, claimedAt)));
    return jobs.length;
  };

  // One tick at a time per queue; a tick that fails (database away) is tried again next poll.
  const poll = (): void => {
    running ??= tick()
      .catch((error: unknown) => {
        console.error(
          `wellvisit: ${table} worker:`,
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
