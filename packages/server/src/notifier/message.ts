import { toInstant } from '@wellvisit/sdk';
import type { ClaimedJob } from '../store/reminder-jobs.js';

/** What a reminder says. Discreet by default: opaque ids, the time, "You have an appointment". */
export interface ReminderMessage {
  /** Unique per delivery attempt's job: receivers may use it to drop repeats. */
  deliveryId: string;
  reminderId: string;
  officerId: string;
  visitId: string;
  at: string;
  text: string;
}

export function reminderMessage(job: ClaimedJob): ReminderMessage {
  // Only an officer who turned discreet wording off sees the clinician's name.
  const text = job.discreet
    ? 'You have an appointment'
    : `You have a wellness visit with ${job.clinicianName}`;
  return {
    deliveryId: job.id,
    reminderId: job.reminderId,
    officerId: job.officerId,
    visitId: job.visitId,
    at: toInstant(job.visitStart),
    text,
  };
}
