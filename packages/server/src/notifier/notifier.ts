import type { ClaimedJob } from '../store/reminder-jobs.js';

/** Sends one reminder on one channel; throws when it could not, so the job is retried. */
export interface Notifier {
  deliver(job: ClaimedJob): Promise<void>;
}
